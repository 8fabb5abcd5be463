// What the unreadable rule tells the agent (src/guard/rules/unreadable.ts), through decide(): which
// parts it could not read, whether a person must confirm or strict mode blocks, and what to do.
// Commands are data fed to the guard only: nothing here runs them.
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/shell/bounds.js';
import { decide, GENERIC } from '../table.js';

const STRICT = { mode: 'strict' as const };

describe('unreadable says what it could not read and what to do', () => {
  it('default mode: a person confirms; strict mode: blocked; both ask for a command without hidden parts', async () => {
    const asked = await decide({ cmd: 'eval "$CMD"', approval: GENERIC, expect: 'ask' });
    expect(asked.decision).toBe('ask');
    expect(asked.reason).toMatch(
      /^unreadable: the guard could not read all of this command \(.+\), and it contains something a rule is about\. A human must confirm it\./,
    );
    expect(asked.reason).toContain('Write it without dynamic or hidden parts');
    const strict = await decide({ cmd: 'eval "$CMD"', approval: GENERIC, expect: 'deny', policy: STRICT });
    expect(strict.decision).toBe('deny');
    expect(strict.reason).toContain('Blocked (strict mode).');
    expect(strict.reason).not.toContain('A human must confirm it.');
  });

  it('a command too large to analyse is blocked, and told to split it', async () => {
    const d = await decide({ cmd: `echo ${'a'.repeat(LIMITS.maxInputChars)}`, approval: GENERIC, expect: 'deny' });
    expect(d.decision).toBe('deny');
    expect(d.reason).toMatch(
      /^unreadable: blocked: the command is too large or too deeply nested to analyse \(.+\)\. Split it into smaller commands/,
    );
  });

  it('names at most three of the parts it could not read', async () => {
    const d = await decide({ cmd: 'watch "$A"; watch "$B"; watch "$C"; watch "$D"; git status', approval: GENERIC, expect: 'ask' });
    expect(d.reason).toContain(
      '(watch runs a string that cannot be read statically: $A; watch runs a string that cannot be read statically: $B; watch runs a string that cannot be read statically: $C), and it contains',
    );
    expect(d.reason).not.toContain('$D');
  });

  it('code injected in front of a guarded tool: the command, the tool and every variable', async () => {
    const cmd = 'LD_PRELOAD=./x.so NODE_OPTIONS=--require=./y.cjs terraform apply';
    const d = await decide({ cmd, approval: GENERIC, expect: 'deny' });
    expect(d.reason).toMatch(/^unreadable: blocked `LD_PRELOAD=\.\/x\.so NODE_OPTIONS=--require=\.\/y\.cjs terraform apply`: /);
    expect(d.reason).toContain('`terraform` would run with NODE_OPTIONS=--require=./y.cjs, LD_PRELOAD=./x.so, which loads code');
    const long = `LD_PRELOAD=./x.so terraform apply ${Array.from({ length: 30 }, (_, i) => `-var=v${i}=x`).join(' ')}`;
    const quoted = await decide({ cmd: long, approval: GENERIC, expect: 'deny' });
    expect(quoted.reason).toContain(`blocked \`${long.slice(0, 200)}\`: \`terraform\``);
  });
});
