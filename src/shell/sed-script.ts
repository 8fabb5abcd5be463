// GNU sed scripts: which shell commands they run. The `e COMMAND` command runs COMMAND (or, bare,
// the pattern space), and the `e` flag of `s///` runs the replaced pattern space. A script that
// uses neither is data (docs/guard-rules.md, third edition: "sed scripts without the e command").

/**
 * The shell texts a sed script runs: `e CMD` gives CMD, `s/…/…/e` gives its replacement (the
 * pattern space it becomes), a bare `e` gives '' (the input, which the guard cannot read as a
 * command: reported by the caller as text it cannot read). Undefined when the script cannot be
 * parsed: the caller then presumes any command in it runs.
 */
export function sedExecs(script: string): string[] | undefined {
  const runs: string[] = [];
  let i = 0;
  const n = script.length;
  const skipBlank = () => {
    while (i < n && /[ \t]/.test(script[i])) i++;
  };
  /** A delimited part (`/re/`, `\cREc`, the parts of s and y); returns its text. */
  const delimited = (delimiter: string): string | undefined => {
    let text = '';
    while (i < n && script[i] !== delimiter) {
      if (script[i] === '\\' && i + 1 < n) {
        text += script[i] + script[i + 1];
        i += 2;
        continue;
      }
      if (script[i] === '\n' && delimiter !== '\n') return undefined;
      text += script[i++];
    }
    if (i >= n) return undefined;
    i++; // the delimiter
    return text;
  };
  const address = (): boolean => {
    if (script[i] === '/') {
      i++;
      if (delimited('/') === undefined) return false;
      while (i < n && /[IM]/.test(script[i])) i++;
      return true;
    }
    if (script[i] === '\\' && i + 1 < n) {
      const delimiter = script[i + 1];
      i += 2;
      if (delimited(delimiter) === undefined) return false;
      while (i < n && /[IM]/.test(script[i])) i++;
      return true;
    }
    const m = /^(\d+(~\d+)?|\$|[+~]\d+)/.exec(script.slice(i));
    if (m) i += m[0].length;
    return true;
  };
  /** The rest of the line (a, i, c text, file names, labels, e's command). */
  const restOfLine = (): string => {
    let text = '';
    while (i < n && script[i] !== '\n') {
      if (script[i] === '\\' && script[i + 1] === '\n') {
        text += '\n';
        i += 2;
        continue;
      }
      text += script[i++];
    }
    return text;
  };
  while (i < n) {
    while (i < n && /[\s;]/.test(script[i])) i++;
    if (i >= n) break;
    if (script[i] === '#') {
      restOfLine();
      continue;
    }
    if (script[i] === '}') {
      i++;
      continue;
    }
    if (!address()) return undefined;
    skipBlank();
    if (script[i] === ',') {
      i++;
      skipBlank();
      if (!address()) return undefined;
      skipBlank();
    }
    while (script[i] === '!') {
      i++;
      skipBlank();
    }
    const command = script[i++];
    if (command === undefined) return undefined;
    switch (command) {
      case '{':
        break;
      case 'e':
        runs.push(restOfLine().trim());
        break;
      case 'a':
      case 'i':
      case 'c':
      case 'r':
      case 'R':
      case 'w':
      case 'W':
      case 'b':
      case 't':
      case 'T':
      case ':':
      case 'v':
        if (':bt'.includes(command) || command === 'T') {
          // a label ends at ; or a newline
          while (i < n && script[i] !== '\n' && script[i] !== ';') i++;
        } else restOfLine();
        break;
      case 's': {
        const delimiter = script[i++];
        if (delimiter === undefined || delimiter === '\n' || delimiter === '\\') return undefined;
        if (delimited(delimiter) === undefined) return undefined;
        const replacement = delimited(delimiter);
        if (replacement === undefined) return undefined;
        let flags = '';
        while (i < n && /[gpeiImM0-9w]/.test(script[i])) {
          if (script[i] === 'w') {
            restOfLine();
            break;
          }
          flags += script[i++];
        }
        // the pattern space after the substitution runs: the replacement is the best reading of it
        if (flags.includes('e')) runs.push(replacement.replace(/\\(.)/g, '$1').replace(/&|\\\d/g, ''));
        break;
      }
      case 'y': {
        const delimiter = script[i++];
        if (delimiter === undefined || delimited(delimiter) === undefined || delimited(delimiter) === undefined) return undefined;
        break;
      }
      case 'q':
      case 'Q':
      case 'l':
      case 'L':
        while (i < n && /[\d ]/.test(script[i])) i++;
        break;
      case '=':
      case 'd':
      case 'D':
      case 'g':
      case 'G':
      case 'h':
      case 'H':
      case 'n':
      case 'N':
      case 'p':
      case 'P':
      case 'x':
      case 'z':
      case 'F':
        break;
      default:
        return undefined;
    }
  }
  return runs;
}
