// Bounds: hostile input returns boundHit/unreadable promptly and never throws.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluate } from '../../src/guard/evaluate.js';
import { analyze } from '../../src/shell/analyze.js';
import { LIMITS } from '../../src/shell/bounds.js';

function nestedBashC(levels: number): string {
  let command = 'terraform destroy';
  for (let i = 0; i < levels; i++) command = `bash -c '${command.replace(/'/g, "'\\''")}'`;
  return command;
}

describe('bounds', () => {
  it('follows nested bash -c quoting', async () => {
    const analysis = await analyze(nestedBashC(5));
    expect(analysis.boundHit).toBe(false);
    expect(analysis.commands.map((c) => c.argv)).toEqual([['terraform', 'destroy']]);
  });

  it('follows nesting up to the depth limit', async () => {
    const analysis = await analyze(`bash -c "${'eval '.repeat(LIMITS.maxDepth - 1)}terraform destroy"`);
    expect(analysis.boundHit).toBe(false);
    expect(analysis.commands.map((c) => c.argv)).toEqual([['terraform', 'destroy']]);
    expect(analysis.commands[0].via).toEqual(['bash -c', ...Array(LIMITS.maxDepth - 1).fill('eval')]);
  });

  it('stops deeper bash -c nesting with boundHit', async () => {
    const analysis = await analyze(nestedBashC(LIMITS.maxDepth + 1));
    expect(analysis.boundHit).toBe(true);
    // quoting grows fourfold per level, so the size bounds may stop it before the depth does
    expect(analysis.unreadable.map((u) => u.detail).join(' ')).toMatch(/nesting too deep|longer than|bytes of shell text/);
  });

  it('stops nesting one level past the limit with the depth reason', async () => {
    const analysis = await analyze(`bash -c "${'eval '.repeat(LIMITS.maxDepth)}terraform destroy"`);
    expect(analysis.boundHit).toBe(true);
    expect(analysis.unreadable.map((u) => u.detail).join(' ')).toMatch(/nesting too deep/);
  });

  it('stops a deep eval chain with boundHit', async () => {
    const command = `${'eval '.repeat(40)}terraform destroy`;
    const analysis = await analyze(command);
    expect(analysis.boundHit).toBe(true);
  });

  it('refuses a 1 MB command', async () => {
    const analysis = await analyze(`echo ${'a'.repeat(1024 * 1024)}`);
    expect(analysis.boundHit).toBe(true);
    expect(analysis.unreadable.map((u) => u.detail).join(' ')).toMatch(/longer than/);
  });

  it('stops a 100k-element list with boundHit', async () => {
    const analysis = await analyze(Array.from({ length: 100_000 }, () => 'a').join(';'));
    expect(analysis.boundHit).toBe(true);
  });

  it('stops at the command limit', async () => {
    const analysis = await analyze(Array.from({ length: LIMITS.maxCommands + 5 }, (_, i) => `c${i}`).join(';'));
    expect(analysis.boundHit).toBe(true);
    expect(analysis.commands.length).toBeLessThanOrEqual(LIMITS.maxCommands);
  });

  it('stops a huge loop expansion', async () => {
    const values = Array.from({ length: LIMITS.maxLoopValues + 1 }, (_, i) => `v${i}`).join(' ');
    const analysis = await analyze(`for x in ${values}; do kubectl delete ns $x; done`);
    expect(analysis.boundHit).toBe(true);
  });

  it('stops deeply nested subshells', async () => {
    const analysis = await analyze(`${'('.repeat(5000)}terraform destroy${')'.repeat(5000)}`);
    expect(analysis.commands.length + analysis.unreadable.length).toBeGreaterThan(0);
  });

  it('reports NUL bytes and still reads the rest', async () => {
    const analysis = await analyze('terra\0form destroy');
    expect(analysis.unreadable.map((u) => u.detail).join(' ')).toMatch(/NUL/);
    expect(analysis.commands.map((c) => c.argv)).toEqual([['terraform', 'destroy']]);
  });

  it('reports lone surrogates', async () => {
    const analysis = await analyze('echo \uD800 x');
    expect(analysis.unreadable.map((u) => u.detail).join(' ')).toMatch(/UTF-8/);
  });

  it('never throws on a non-string', async () => {
    const analysis = await analyze(undefined as unknown as string);
    expect(analysis.boundHit).toBe(true);
    expect(analysis.unreadable[0].detail).toMatch(/^internal error/);
    expect(analysis.unreadable[0].kind).toBe('internal');
  });

  it('does not loop on self-referencing aliases or recursive functions', async () => {
    const analysis = await analyze("alias a='b'; alias b='a'; a; f() { f; f; }; f");
    expect(analysis.boundHit).toBe(false);
  });

  it('bounds a fork bomb', async () => {
    const analysis = await analyze(':(){ :|:& };:');
    expect(analysis.boundHit).toBe(false);
    expect(analysis.commands.length).toBeLessThan(10);
  });
});

// docs/guard-rules.md, third edition, "Budgets": bounded by work, never by wall-clock time. A clock
// that jumps a minute at every reading stands in for a machine at load 90: nothing may change.
describe('budgets by work, not time', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const slowClock = () => {
    let now = Date.now();
    vi.spyOn(Date, 'now').mockImplementation(() => {
      now += 60_000;
      return now;
    });
    let perf = performance.now();
    vi.spyOn(performance, 'now').mockImplementation(() => {
      perf += 60_000;
      return perf;
    });
  };

  it.each(['python3 script.py', 'terraform plan -out=tfplan', 'make build && npm test', 'git log --oneline | head -5'])(
    'allows %s the same with a clock that races',
    async (command) => {
      const idle = await evaluate(command);
      slowClock();
      const loaded = await evaluate(command);
      expect(loaded.decision, loaded.reason).toBe('allow');
      expect(loaded).toEqual(idle);
    },
  );

  it('reads a 20 KB && chain completely however slow the clock', async () => {
    const command = Array.from({ length: 1500 }, (_, i) => `test -f some/longer/path/to/file${i}.txt`)
      .join(' && ')
      .slice(0, 20_000)
      .replace(/ && [^&]*$/, '');
    slowClock();
    const analysis = await analyze(`${command} && terraform destroy`);
    expect(analysis.boundHit).toBe(false);
    expect(analysis.commands.at(-1)?.argv).toEqual(['terraform', 'destroy']);
  });

  it('bounds the shell text read through re-parsing, with its reason', async () => {
    const body = `echo ${'a'.repeat(60_000)}`;
    const values = Array.from({ length: 40 }, (_, i) => `v${i}`).join(' ');
    const analysis = await analyze(`for x in ${values}; do bash -c '${body}'; done`);
    expect(analysis.boundHit).toBe(true);
    expect(analysis.unreadable.map((u) => u.detail).join(' ')).toMatch(/bytes of shell text/);
    const d = await evaluate(`for x in ${values}; do bash -c '${body}'; done`);
    expect(d.decision).toBe('deny');
    expect(d.reason).toMatch(/^unreadable: blocked: the command is too large or too deeply nested/);
  });

  it('has no time limit to configure', () => {
    expect(Object.keys(LIMITS).some((k) => /ms|time|clock/i.test(k))).toBe(false);
  });
});
