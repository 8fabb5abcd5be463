// `make [-C DIR] [-f FILE] [VAR=value…] [TARGET…]` as GNU make reads its command line.

export interface MakeArgs {
  /** -C folders in order (each relative to the previous). */
  dirs: string[];
  file?: string;
  /** Every -f given, in order. */
  files: string[];
  targets: string[];
  vars: Record<string, string>;
  dryRun: boolean;
}

const VALUED_SHORT = new Set(['C', 'f', 'I', 'o', 'W', 'E']);
const OPTIONAL_NUMBER = new Set(['j', 'l']);
const VALUED_LONG = new Set([
  '--directory',
  '--file',
  '--makefile',
  '--include-dir',
  '--old-file',
  '--assume-old',
  '--new-file',
  '--assume-new',
  '--what-if',
  '--eval',
  '--jobserver-style',
  '--shuffle',
]);

/** undefined: make runs no recipe (`--version`, `--help`); unreadable: a form the guard does not read. */
export function makeRequest(argv: string[], dynamic: boolean[]): MakeArgs | { unreadable: string } | undefined {
  const out: MakeArgs = { dirs: [], files: [], targets: [], vars: {}, dryRun: false };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (dynamic[i]) return { unreadable: `\`make\` is given an argument that cannot be read statically (${a.slice(0, 60)})` };
    if (a === '--') {
      out.targets.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(0, eq) : a;
      const value = eq > 0 ? a.slice(eq + 1) : argv[i + 1];
      if (name === '--version' || name === '--help') return undefined;
      if (VALUED_LONG.has(name)) {
        if (eq < 0) i++;
        if (name === '--directory') out.dirs.push(value ?? '.');
        else if (name === '--file' || name === '--makefile') {
          out.file = value;
          if (value !== undefined) out.files.push(value);
        } else if (name === '--eval') return { unreadable: 'make --eval runs makefile text given on the command line' };
        continue;
      }
      if (/^--(dry-run|just-print|recon|question|touch)$/.test(name)) out.dryRun = true;
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const f = a[j];
        if (f === 'v' && j === 1 && a.length === 2) return undefined;
        if (f === 'n' || f === 'q' || f === 't') out.dryRun = true;
        if (VALUED_SHORT.has(f)) {
          const value = j + 1 < a.length ? a.slice(j + 1) : argv[++i];
          if (f === 'C') out.dirs.push(value ?? '.');
          if (f === 'f') {
            out.file = value;
            if (value !== undefined) out.files.push(value);
          }
          if (f === 'E') return { unreadable: 'make -E runs makefile text given on the command line' };
          break;
        }
        if (OPTIONAL_NUMBER.has(f)) {
          if (j + 1 < a.length) break; // -j4
          if (/^\d+(\.\d+)?$/.test(argv[i + 1] ?? '')) i++;
          break;
        }
      }
      continue;
    }
    const assignment = /^([^=:\s]+)\s*(:::=|::=|:=|\?=|\+=|!=|=)(.*)$/s.exec(a);
    if (assignment) {
      out.vars[assignment[1]] = assignment[3];
      continue;
    }
    out.targets.push(a);
  }
  if (out.files.includes('-')) return { unreadable: 'make -f - reads its makefile from stdin' };
  return out;
}
