// The call claims that tell the executor which agent started it (state/executor-calls.ts): a claim
// is the hooks' (signed), of its session, fresh, and used once; anything else is refused, saying why.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CallClaimError, recordExecutorCall, sweepExecutorCalls, useExecutorCall } from '../../src/state/executor-calls.js';
import { tempDir } from '../helpers/tmp.js';

const claim = (home: string, agentId?: string, now?: Date) =>
  recordExecutorCall(home, { sessionId: 's1', command: 'execguard execute plan.yaml', ...(agentId ? { agentId } : {}) }, now);
const refusal = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CallClaimError);
    return (error as Error).message;
  }
  throw new Error('not refused');
};

describe('executor call claims', () => {
  it("names the agent whose call it is, and only the nonce's hash is stored", () => {
    const home = tempDir('execguard-calls-');
    const nonce = claim(home, 'agent-7');
    expect(useExecutorCall(home, nonce, 's1')).toMatchObject({ sessionId: 's1', agentId: 'agent-7' });
    const stored = readdirSync(join(home, 'executor-calls')).map((f) => readFileSync(join(home, 'executor-calls', f), 'utf8'));
    expect(stored.join('\n')).not.toContain(nonce);
    // The main thread's claim names no agent.
    expect(useExecutorCall(home, claim(home), 's1').agentId).toBeUndefined();
  });

  it('is used once', () => {
    const home = tempDir('execguard-calls-');
    const nonce = claim(home, 'agent-7');
    useExecutorCall(home, nonce, 's1');
    expect(refusal(() => useExecutorCall(home, nonce, 's1'))).toMatch(/already used/);
  });

  it('refuses no nonce, a malformed one, one nobody minted, and one of another session', () => {
    const home = tempDir('execguard-calls-');
    expect(refusal(() => useExecutorCall(home, undefined, 's1'))).toMatch(/not started by a Bash call execguard's hook saw/);
    expect(refusal(() => useExecutorCall(home, 'abc', 's1'))).toMatch(/not a nonce/);
    expect(refusal(() => useExecutorCall(home, 'a'.repeat(64), 's1'))).toMatch(/no call claim the hooks signed/);
    expect(refusal(() => useExecutorCall(home, claim(home), 's2'))).toMatch(/another session/);
  });

  it('refuses a claim whose body was edited (say, to name another agent)', () => {
    const home = tempDir('execguard-calls-');
    const nonce = claim(home, 'agent-7');
    const dir = join(home, 'executor-calls');
    const file = join(dir, readdirSync(dir)[0]);
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...stored, body: stored.body.replace('agent-7', 'main-ish') }));
    expect(refusal(() => useExecutorCall(home, nonce, 's1'))).toMatch(/no call claim the hooks signed/);
  });

  it('refuses a claim older than its life (counted from its creation)', () => {
    const home = tempDir('execguard-calls-');
    const created = new Date('2026-01-01T00:00:00Z');
    const nonce = claim(home, 'agent-7', created);
    expect(refusal(() => useExecutorCall(home, nonce, 's1', created.getTime() + 11 * 60_000))).toMatch(/expired/);
  });

  it('housekeeping removes claims past their life and then their marks; a fresh or used one stays as it is', () => {
    const home = tempDir('execguard-calls-');
    const dir = join(home, 'executor-calls');
    const created = new Date('2026-01-01T00:00:00Z');
    const old = claim(home, 'agent-old', created);
    const usedFresh = claim(home, 'agent-used', new Date(created.getTime() + 9 * 60_000));
    useExecutorCall(home, usedFresh, 's1', created.getTime() + 9 * 60_000);
    const fresh = claim(home, 'agent-fresh', new Date(created.getTime() + 9 * 60_000));
    const oldUsed = claim(home, 'agent-old-used', created);
    useExecutorCall(home, oldUsed, 's1', created.getTime());
    expect(readdirSync(dir)).toHaveLength(6);

    const removed = sweepExecutorCalls(home, created.getTime() + 11 * 60_000);
    // The two old claims and the old one's mark; the used fresh claim keeps its mark.
    expect(removed).toHaveLength(3);
    expect(readdirSync(dir).filter((f) => f.endsWith('.used'))).toHaveLength(1);
    expect(refusal(() => useExecutorCall(home, old, 's1', created.getTime() + 11 * 60_000))).toMatch(/no call claim/);
    expect(refusal(() => useExecutorCall(home, oldUsed, 's1', created.getTime() + 11 * 60_000))).toMatch(/no call claim/);
    expect(refusal(() => useExecutorCall(home, usedFresh, 's1', created.getTime() + 10 * 60_000))).toMatch(/already used/);
    expect(useExecutorCall(home, fresh, 's1', created.getTime() + 10 * 60_000).agentId).toBe('agent-fresh');
    // Nothing to do, or no folder at all: nothing removed, no error.
    expect(sweepExecutorCalls(home, created.getTime() + 10 * 60_000)).toEqual([]);
    expect(sweepExecutorCalls(tempDir('execguard-calls-'))).toEqual([]);
  });
});
