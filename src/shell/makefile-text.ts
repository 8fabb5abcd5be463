// A makefile given as text (`make -f - <<EOF`, `make --eval=…`): the shell commands it can run.
// Every recipe line of every rule counts (which target runs is not followed here: any may), as do
// inline recipes (`t: ; cmd`) and `$(shell …)`. Static variables are substituted; others become
// shell variables, which the analysis reads as unknown values.

const DEFINITION = /^\s*(?:export\s+|override\s+)?([A-Za-z_][\w.-]*)\s*(:{1,3}=|\?=|\+=|=|!=)\s*(.*)$/;

function shellCalls(text: string): string[] {
  const calls: string[] = [];
  const re = /\$[({]shell\s+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let depth = 1;
    let j = m.index + m[0].length;
    const start = j;
    while (j < text.length && depth > 0) {
      if (text[j] === '(' || text[j] === '{') depth++;
      else if (text[j] === ')' || text[j] === '}') depth--;
      j++;
    }
    calls.push(text.slice(start, depth === 0 ? j - 1 : j));
  }
  return calls;
}

export function makefileTexts(makefile: string): string[] {
  const lines = makefile.replace(/\\\n[ \t]*/g, ' ').split('\n');
  const variables = new Map<string, string>();
  const texts: string[] = [];
  const expand = (text: string, depth = 0): string =>
    text.replace(/\$\$|\$\(([A-Za-z_][\w.-]*)\)|\$\{([A-Za-z_][\w.-]*)\}|\$([@<^*?%+|])/g, (all, a?: string, b?: string, auto?: string) => {
      if (all === '$$') return '$';
      if (auto) return `"\${make_${auto === '@' ? 'target' : 'prerequisite'}}"`;
      const name = (a ?? b) as string;
      const value = variables.get(name);
      if (value !== undefined && depth < 8) return expand(value, depth + 1);
      return `\${${name.replace(/[.-]/g, '_')}}`;
    });
  let inRule = false;
  for (const line of lines) {
    if (line.startsWith('\t') && inRule) {
      const recipe = line.replace(/^\t[@+\-\s]*/, '');
      texts.push(...shellCalls(recipe).map((c) => expand(c)));
      if (recipe.trim() !== '') texts.push(expand(recipe));
      continue;
    }
    const code = line.replace(/(^|[^\\])#.*$/, '$1');
    if (code.trim() === '') continue;
    texts.push(...shellCalls(code).map((c) => expand(c)));
    const definition = DEFINITION.exec(code);
    if (definition) {
      inRule = false;
      if (definition[2] === '!=') texts.push(expand(definition[3]));
      else variables.set(definition[1], definition[2] === '+=' ? `${variables.get(definition[1]) ?? ''} ${definition[3]}` : definition[3]);
      continue;
    }
    const rule = /^([^:=]+?)\s*::?\s*([^;=]*?)(?:;(.*))?$/.exec(code);
    if (rule) {
      inRule = true;
      if (rule[3] !== undefined && rule[3].trim() !== '') texts.push(expand(rule[3].replace(/^[@+\-\s]*/, '')));
      continue;
    }
    inRule = false;
  }
  return texts;
}
