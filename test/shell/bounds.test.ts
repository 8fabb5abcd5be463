// Bounds: hostile input returns boundHit/unreadable promptly and never throws.
import { describe, expect, it } from 'vitest';
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
    // quoting grows fourfold per level, so the clock may stop it before the depth does
    expect(analysis.unreadable.map((u) => u.detail).join(' ')).toMatch(/nesting too deep|longer than/);
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
