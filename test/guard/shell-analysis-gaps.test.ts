// Shell-analysis gaps found while building the guard (src/shell is owned by the analyser). The
// guard already fails closed on these (see obfuscation.test.ts); these tests state what the
// analysis itself should report, and fail until it does.
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
