// `terraform test` (and `tofu test`) applies what its test files say: a `run` block applies unless
// it says `command = plan`, so a test file with such a block is an apply (T3), judged as
// `terraform apply` in the module folder. The destroy terraform runs at the end of a test is part of
// the test and is not judged as a separate destroy.
import { posix } from 'node:path';
import type { SimpleCommand } from '../../shell/types.js';
import type { Reader } from './index.js';
import type { Found } from './types.js';

/** The `run` blocks of an HCL test file: their name, line and whether they only plan. */
function runBlocks(text: string): Array<{ name: string; line: number; plans: boolean }> | undefined {
  const clean = stripComments(text);
  const out: Array<{ name: string; line: number; plans: boolean }> = [];
  const re = /(^|\n)\s*run\s+"([^"]*)"\s*\{/g;
  for (let m = re.exec(clean); m; m = re.exec(clean)) {
    const open = m.index + m[0].length - 1;
    const close = closing(clean, open);
    if (close < 0) return undefined;
    const body = clean.slice(open + 1, close);
    // only the block's own attribute counts, not one inside a nested block
    const flat = removeNested(body);
    const command = /(^|\n)\s*command\s*=\s*"?([A-Za-z]+)"?/.exec(flat)?.[2];
    out.push({ name: m[2], line: clean.slice(0, m.index + m[1].length).split('\n').length, plans: command === 'plan' });
  }
  return out;
}

function stripComments(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const end = stringEnd(text, i);
      out += text.slice(i, end + 1);
      i = end;
    } else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const skipped = text.slice(i, end < 0 ? text.length : end + 2);
      out += skipped.replace(/[^\n]/g, ' ');
      i = end < 0 ? text.length : end + 1;
    } else out += c;
  }
  return out;
}

function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return text.length - 1;
}

function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"') i = stringEnd(text, i);
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

function removeNested(body: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '"' && depth === 0) {
      const end = stringEnd(body, i);
      out += body.slice(i, end + 1);
      i = end;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (depth === 0) out += c;
  }
  return out;
}

function testArgs(argv: string[]): { chdir?: string; testDir: string; filters: string[] } | undefined {
  let i = 1;
  let chdir: string | undefined;
  for (; i < argv.length && argv[i].startsWith('-'); i++) {
    if (argv[i].startsWith('-chdir=')) chdir = argv[i].slice(7);
  }
  if (argv[i] !== 'test') return undefined;
  const out = { chdir, testDir: 'tests', filters: [] as string[] };
  for (const a of argv.slice(i + 1)) {
    if (a === '-h' || a === '-help' || a === '--help') return undefined;
    const m = /^--?(test-directory|filter)=(.*)$/.exec(a);
    if (m?.[1] === 'test-directory') out.testDir = m[2];
    else if (m?.[1] === 'filter') out.filters.push(m[2]);
  }
  return out;
}

export function terraformTestRuns(cmd: SimpleCommand, dir: string | undefined, reader: Reader): Found {
  const args = testArgs(cmd.argv);
  if (!args) return { sources: [], unreadable: [] };
  const shown = `\`${cmd.text.slice(0, 80)}\``;
  if (!dir) return { sources: [], unreadable: [`${shown}: the folder terraform runs in cannot be read statically`] };
  const tool = cmd.argv[0];
  const root = args.chdir ? posix.resolve(dir, args.chdir) : dir;
  const suffixes = tool === 'tofu' ? ['.tftest.hcl', '.tofutest.hcl', '.tftest.json', '.tofutest.json'] : ['.tftest.hcl', '.tftest.json'];
  const files: string[] = [];
  for (const folder of [root, posix.resolve(root, args.testDir)]) {
    const names = reader.list(folder);
    if (names === undefined) {
      if (folder === root) return { sources: [], unreadable: [`${shown}: the folder ${reader.show(folder)} cannot be listed`] };
      continue;
    }
    for (const n of names) if (suffixes.some((s) => n.endsWith(s))) files.push(posix.join(folder, n));
  }
  const chosen = args.filters.length > 0 ? files.filter((f) => args.filters.some((x) => posix.resolve(root, x) === f)) : files;
  const unreadable: string[] = [];
  const sources: Found['sources'] = [];
  for (const file of chosen) {
    const got = reader.read(file);
    if (!('text' in got)) {
      unreadable.push(`${shown} runs the test file ${reader.show(file)}, which is ${got.unreadable}`);
      continue;
    }
    if (file.endsWith('.json')) {
      unreadable.push(`${shown} runs the JSON test file ${reader.show(file)}, a form the guard does not read`);
      continue;
    }
    const blocks = runBlocks(got.text);
    if (!blocks) {
      unreadable.push(`${shown} runs the test file ${reader.show(file)}, which the guard cannot parse`);
      continue;
    }
    const applying = blocks.find((b) => !b.plans);
    if (!applying) continue;
    const chdir = args.chdir ? ` -chdir=${args.chdir}` : '';
    sources.push({
      label: `${tool} test`,
      origin: `${reader.show(file)}:${applying.line}`,
      file: reader.show(file),
      line: applying.line,
      text: `${tool}${chdir} apply`,
      dir,
    });
  }
  return { sources, unreadable };
}
