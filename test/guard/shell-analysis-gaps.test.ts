// Shell-analysis gaps found while building the guard (src/shell is owned by the analyser), kept as
// regression tests: the analysis must follow these scripts or report them unreadable.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/shell/analyze.js';

const ran = async (command: string) => {
  const a = await analyze(command);
  return { argvs: a.commands.map((c) => c.argv.join(' ')), unreadable: a.unreadable };
};

describe('shell analysis gaps', () => {
  it('a script given to bash as a process substitution is executed: follow it or report it unreadable', async () => {
    const { argvs, unreadable } = await ran('bash <(echo terraform destroy)');
    expect(argvs.includes('terraform destroy') || unreadable.length > 0).toBe(true);
  });

  it('bash /dev/stdin reads the here-string as its script', async () => {
    const { argvs, unreadable } = await ran('bash /dev/stdin <<< "terraform destroy"');
    expect(argvs.includes('terraform destroy') || unreadable.length > 0).toBe(true);
  });
});
