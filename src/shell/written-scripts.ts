// `echo 'terraform destroy' > x.sh && bash x.sh`: a script written earlier in the same command and
// then run. Its text, when known, is analysed like the command itself.
import type { SimpleCommand } from './types.js';

const basename = (p: string) => p.replace(/\/+$/, '').split('/').pop() ?? p;

/** What `cmd` writes to `path` with `>`/`>>`/`tee`: null when it does not write it, undefined when unknown. */
function writtenText(cmd: SimpleCommand, path: string): string | undefined | null {
  const name = cmd.argv[0];
  const same = (target: string) => target === path || basename(target) === basename(path);
  const redirected = cmd.redirects.some((r) => /^(>|>>|>\||&>|1>)$/.test(r.op) && same(r.target));
  const teed = name === 'tee' && cmd.argv.slice(1).some(same);
  if (!redirected && !teed) return null;
  if (cmd.dynamic.some(Boolean)) return undefined;
  if (teed || name === 'cat') return cmd.stdin?.text;
  if (name === 'echo')
    return cmd.argv
      .slice(1)
      .filter((a, i) => !(i === 0 && /^-[neE]+$/.test(a)))
      .join(' ');
  if (name === 'printf' && cmd.argv.length === 2) return cmd.argv[1].replace(/\\n/g, '\n');
  return undefined;
}

/**
 * The text of the script `path` as written by the latest earlier command that writes it: null when
 * none does, undefined when one does with content that cannot be read.
 */
export function writtenScript(earlier: readonly SimpleCommand[], path: string): string | undefined | null {
  for (let j = earlier.length - 1; j >= 0; j--) {
    const text = writtenText(earlier[j], path);
    if (text !== null) return text;
  }
  return null;
}
