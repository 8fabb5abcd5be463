// Retention: `runs --prune [--older-than AGE]` removes finished runs only; decisions.jsonl rotates
// by size; moved-aside locks, temporary files and empty grant folders are removed by the commands
// that find them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAge } from '../../src/exec/journal/retention.js';
import { rotateBySize } from '../../src/state/log-rotate.js';
import { tempDir } from '../helpers/tmp.js';
import { runCli } from '../support/cli.js';

const cli = (home: string, ...argv: string[]) => runCli(argv, { cwd: home, env: { ...process.env, EXECGUARD_HOME: home } });

function run(home: string, runId: string, status: string, finishedDaysAgo: number) {
  const dir = join(home, 'runs', runId);
  mkdirSync(dir, { recursive: true });
  const finishedAt = new Date(Date.now() - finishedDaysAgo * 86_400_000).toISOString();
  writeFileSync(
    join(dir, 'meta.json'),
    JSON.stringify({
      runId,
      kind: 'execute',
      planId: 'p',
      planPath: '/x/p.yaml',
      repoRoot: '/x',
      operation: 'terraform',
      startedAt: finishedAt,
      finishedAt,
      status,
      pid: process.pid,
    }),
  );
}

describe('retention', () => {
  it('runs --prune removes finished runs older than the limit (default 30d), never a running one', async () => {
    const home = tempDir();
    run(home, '20250101T000000Z-execute-old', 'COMPLETE', 40);
    run(home, '20250102T000000Z-execute-oldblocked', 'BLOCKED', 40);
    run(home, '20250103T000000Z-execute-recent', 'COMPLETE', 2);
    run(home, '20250104T000000Z-execute-running', 'RUNNING', 40); // this process: alive
    const pruned = await cli(home, 'runs', '--prune');
    expect(pruned.code).toBe(0);
    expect(pruned.stdout).toMatch(/removed 2 run\(s\) finished more than 30d ago/);
    expect(readdirSync(join(home, 'runs')).sort()).toEqual(['20250103T000000Z-execute-recent', '20250104T000000Z-execute-running']);
    const all = await cli(home, 'runs', '--prune', '--older-than', '1d', '--json');
    expect(JSON.parse(all.stdout).removed).toEqual(['20250103T000000Z-execute-recent']);
    const bad = await cli(home, 'runs', '--prune', '--older-than', 'soon');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--older-than: expected an age such as 30d/);
    expect(bad.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('parses ages', () => {
    expect(parseAge('30d')).toBe(30 * 86_400_000);
    expect(parseAge('12h')).toBe(12 * 3_600_000);
    expect(parseAge('1w')).toBeUndefined();
  });

  it('a log rotates by size, keeping a bounded number of old files', () => {
    const dir = tempDir();
    const log = join(dir, 'decisions.jsonl');
    for (let i = 1; i <= 5; i++) {
      writeFileSync(log, `${'x'.repeat(100)} ${i}\n`);
      expect(rotateBySize(log, 50, 3)).toBe(true);
    }
    expect(rotateBySize(log, 50, 3)).toBe(false); // nothing there now
    writeFileSync(log, 'small\n');
    expect(rotateBySize(log, 50, 3)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['decisions.jsonl', 'decisions.jsonl.1', 'decisions.jsonl.2', 'decisions.jsonl.3']);
    expect(readFileSync(`${log}.1`, 'utf8')).toMatch(/ 5\n$/);
    expect(readFileSync(`${log}.3`, 'utf8')).toMatch(/ 3\n$/);
  });

  it('the commands that find them remove moved-aside locks, dead temporary files, stale spawn marks and empty grant folders', async () => {
    const home = tempDir();
    mkdirSync(join(home, 'locks'), { recursive: true });
    mkdirSync(join(home, 'grants', 'empty-session'), { recursive: true });
    mkdirSync(join(home, 'grants', 'live-session'), { recursive: true });
    writeFileSync(join(home, 'grants', 'live-session', 'g.json'), '{}');
    const dead = spawnSync('true').pid;
    for (const name of [
      'abc.lock.stale-1700000000000',
      `abc.lock.stale-${dead}-ab12`,
      `abc.lock.${dead}.deadbeef.tmp`,
      `old.lock.${process.pid}.bb.tmp`,
    ]) {
      writeFileSync(join(home, 'locks', name), '{}');
      utimesSync(join(home, 'locks', name), new Date(Date.now() - 3600_000), new Date(Date.now() - 3600_000));
    }
    writeFileSync(join(home, 'locks', 'fresh.lock.1.aa.tmp'), '{}'); // a writer at work right now
    mkdirSync(join(home, 'hookd'));
    writeFileSync(join(home, 'hookd', 'h.sock.starting'), '');
    utimesSync(join(home, 'hookd', 'h.sock.starting'), new Date(Date.now() - 3600_000), new Date(Date.now() - 3600_000));
    await cli(home, 'runs');
    // Removed when their writer is gone; a live writer's file stays however old it looks.
    expect(readdirSync(join(home, 'locks')).sort()).toEqual(['fresh.lock.1.aa.tmp', `old.lock.${process.pid}.bb.tmp`]);
    expect(existsSync(join(home, 'grants', 'empty-session'))).toBe(false);
    expect(readdirSync(join(home, 'hookd'))).toEqual([]); // the helper's stale spawn mark
    expect(existsSync(join(home, 'grants', 'live-session', 'g.json'))).toBe(true);
  });
});
