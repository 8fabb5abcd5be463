// The program a dynamic command word names when its name can still be read: a lookup of a static
// name (`$(command -v terraform)`, `$(which terraform)`, `$(type -P terraform)`,
// `$(realpath $(which kubectl))`) is that program; a dynamic directory with a static name
// (`$DIR/terraform`, `$(npm bin)/eslint`) is that program, wherever it lives.
import { posix } from 'node:path';

/** `$( … )` or `` ` … ` `` around the whole word: its inside, else undefined. */
function substitutionBody(text: string): string | undefined {
  const t = text.trim();
  if (t.startsWith('$(') && t.endsWith(')') && !t.startsWith('$((')) return t.slice(2, -1).trim();
  if (t.length > 1 && t.startsWith('`') && t.endsWith('`')) return t.slice(1, -1).trim();
  return undefined;
}

const NAME = /^[A-Za-z0-9_.+-]+$/;

/** The program a lookup command prints the path of: `command -v X`, `which X`, `type -P X`. */
function lookedUp(body: string): string | undefined {
  // `which -a terraform | head -1` prints one of several paths: still terraform
  const first = body.split('|')[0].trim();
  const rest = body
    .split('|')
    .slice(1)
    .map((s) => s.trim());
  if (rest.some((stage) => !/^head(\s+-n?\s*1|\s+-1)?$/.test(stage))) return undefined;
  const words = first.split(/\s+/);
  const [tool, ...args] = words;
  const operands = args.filter((a) => !a.startsWith('-'));
  const options = args.filter((a) => a.startsWith('-'));
  if (operands.length !== 1) {
    // realpath/readlink of a nested lookup: `realpath $(which kubectl)`
    if ((tool === 'realpath' || tool === 'readlink') && args.length > 0) {
      const inner = args.filter((a) => !/^-[a-zA-Z]+$/.test(a)).join(' ');
      return programFromWord(inner);
    }
    return undefined;
  }
  const name = operands[0];
  switch (tool) {
    case 'command':
      return options.some((o) => /^-[a-zA-Z]*v/.test(o)) ? simpleName(name) : undefined;
    case 'which':
    case 'whence':
      return simpleName(name);
    case 'type':
      return options.some((o) => /^-[a-zA-Z]*[pP]/.test(o)) ? simpleName(name) : undefined;
    case 'realpath':
    case 'readlink':
      return name.includes('/') ? simpleName(posix.basename(name)) : programFromWord(name);
    default:
      return undefined;
  }
}

function simpleName(name: string): string | undefined {
  const base = name.includes('/') ? posix.basename(name) : name;
  return NAME.test(base) ? base : undefined;
}

/**
 * The program a dynamic command word names, or undefined when it cannot be read. The word's text
 * is as written (`$(command -v terraform)`, `$TOOLS/terraform`).
 */
export function programFromWord(text: string): string | undefined {
  const body = substitutionBody(text.replace(/^"(.*)"$/s, '$1'));
  if (body !== undefined) return lookedUp(body);
  // a dynamic directory, a static name: `$DIR/terraform`, `"$(npm bin)"/eslint`
  const tail = /\/([A-Za-z0-9_.+-]+)$/.exec(text)?.[1];
  return tail;
}
