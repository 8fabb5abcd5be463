import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Journal, readJournal, readJournalCounted } from '../../src/exec/journal/journal.js';
import { acquireLock, lockIsStale, LockHeldError } from '../../src/exec/journal/lock.js';
import { processStart } from '../../src/exec/process/process-identity.js';
import { createProgress } from '../../src/exec/run/progress.js';
import { tempDir } from '../helpers/tmp.js';

describe('journal', () => {
  it('appends one JSON line per entry and survives a torn last line', () => {
    const path = join(tempDir(), 'journal.jsonl');
    const j = new Journal(path);
    j.append({ type: 'note', message: 'one' });
    j.append({ type: 'step-start', seq: 1, step: 's', command: 'true' });
    appendFileSync(path, '{"type":"step-end","seq":1,"ste');
    const entries = readJournal(path);
    expect(entries.map((e) => e.type)).toEqual(['note', 'step-start']);
    expect(entries[0].ts).toMatch(/^\d{4}-\d\d-\d\dT/);
    j.append({ type: 'note', message: 'after the tear' });
    expect(readFileSync(path, 'utf8').split('\n').filter(Boolean)).toHaveLength(4);
    // The torn tail was closed off: the next entry is whole on its own line, and the tear is counted.
    const { entries: after, torn } = readJournalCounted(path);
    expect(after.map((e) => e.type)).toEqual(['note', 'step-start', 'note']);
    expect(torn).toBe(1);
  });

  it('a line that is JSON but no entry counts as torn, not as an entry', () => {
    const path = join(tempDir(), 'journal.jsonl');
    appendFileSync(path, '42\n"x"\n');
    new Journal(path).append({ type: 'note', message: 'one' });
    expect(readJournalCounted(path)).toMatchObject({ entries: [{ type: 'note' }], torn: 2 });
  });
});

describe('workspace lock', () => {
  it('a second acquire meets a LockHeldError naming the owner; release frees it', () => {
    const home = tempDir();
    const first = acquireLock('/ws/a', 'run-1', { home });
    expect(() => acquireLock('/ws/a', 'run-2', { home })).toThrow(LockHeldError);
    expect(() => acquireLock('/ws/a', 'run-2', { home })).toThrow(/locked by run run-1/);
    const other = acquireLock('/ws/b', 'run-3', { home }); // another workspace is independent
    first.release();
    const second = acquireLock('/ws/a', 'run-2', { home });
    expect(second.recovered).toBeUndefined();
    first.release(); // not ours any more: must not remove run-2's lock
    expect(existsSync(second.path)).toBe(true);
    second.release();
    other.release();
    expect(existsSync(second.path)).toBe(false);
  });

  it('stale means the owner is gone (or its pid now belongs to another process), never that it is old', () => {
    const fresh = { pid: process.pid, host: hostname(), runId: 'r', workspace: 'w', startedAt: new Date().toISOString() };
    expect(lockIsStale(fresh)).toBeUndefined();
    expect(lockIsStale({ ...fresh, start: processStart(process.pid) })).toBeUndefined();
    expect(lockIsStale({ ...fresh, pid: 2 ** 22 + 12345 })).toMatch(/no longer running/);
    // Age is no reason: a lock from a year ago held by a live owner stays held.
    expect(lockIsStale({ ...fresh, startedAt: new Date(Date.now() - 365 * 24 * 3600_000).toISOString() })).toBeUndefined();
    // The pid is alive but started at another time: a reused pid, not the owner.
    expect(lockIsStale({ ...fresh, start: 'another-boot:1' })).toMatch(/pid now belongs to another process/);
    // Another host's live-looking lock is never judged here.
    expect(lockIsStale({ ...fresh, host: 'elsewhere', pid: 2 ** 22 + 12345 })).toBeUndefined();
  });
});

describe('progress', () => {
  it('writes plain lines when not on a TTY, and redraws one line with elapsed time on a TTY', () => {
    let plain = '';
    const p = createProgress((t) => void (plain += t), false);
    p.phase('Apply');
    p.line('terraform apply');
    p.done();
    expect(plain).toBe('execguard: [Apply]\nexecguard: [Apply] terraform apply\n');
    let tty = '';
    let clock = 0;
    const t = createProgress(
      (x) => void (tty += x),
      true,
      () => clock,
    );
    t.phase('Verify');
    clock = 1500;
    t.line('terraform plan');
    t.done();
    expect(tty).toContain('\r\x1b[K⏳ Verify 1.5s  terraform plan');
    expect(tty).toMatch(/✔ Verify 1\.5s\n$/);
  });
});
