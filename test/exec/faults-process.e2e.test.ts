// Faults around the process: a lock held by a live run, a stale lock, an unwritable state folder,
// and SIGTERM or SIGHUP while terraform apply runs (the real CLI bundle, spawned as its own process).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockPath } from '../../src/exec/journal/lock.js';
import { builtPlugin } from '../helpers/built-plugin.js';
import { execguard } from '../support/cli.js';
import { errorTypeOf, expectJournalClosed, expectStatus, journalOf, runIdOf } from './support/assert-run.js';
import { APPROVAL, originHead, tfConfig, workspace } from '../support/workspace.js';

const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

function writeLock(ws: ReturnType<typeof workspace>, pid: number, startedAt = new Date().toISOString()): string {
  const path = lockPath(join(ws.repo, 'infra/app'), ws.home);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(
    path,
    JSON.stringify({ pid, host: hostname(), runId: 'run-of-someone-else', workspace: join(ws.repo, 'infra/app'), startedAt }),
  );
  return path;
}

describe('workspace lock', () => {
  it('a lock held by a live run is a State conflict: BLOCKED, nothing changed, lock left alone', async () => {
    const ws = workspace();
    ws.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'x' }]));
    const owner = spawn('sleep', ['60'], { stdio: 'ignore' });
    children.push(owner);
    const path = writeLock(ws, owner.pid!);
    const before = originHead(ws);
    const run = await ws.cli('execute', 'plan.yaml', '--approval', APPROVAL);
    expect(run.code).toBe(2);
    expect(errorTypeOf(run.stdout)).toBe('StateConflict');
    expect(run.stdout).toContain('run-of-someone-else');
    const pending = expectStatus(run.stdout, 'BLOCKED');
    expect(pending.join(' ')).toMatch(/Wait for run run-of-someone-else/);
    expect(originHead(ws)).toBe(before);
    expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(owner.pid);
    expect(journalOf(ws, runIdOf(run.stdout)).filter((e) => e.type === 'step-start')).toEqual([]);
    owner.kill('SIGKILL');
  });

  it('a lock whose owner is gone is recovered (journaled, then removed) and the run completes', async () => {
    const ws = workspace();
    ws.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'x' }]));
    const gone = spawnSync('true');
    const path = writeLock(ws, gone.pid!);
    const run = await ws.cli('execute', 'plan.yaml', '--approval', APPROVAL);
    expect(run.stdout).toContain('## Execution Complete ✅');
    expect(run.code).toBe(0);
    const journal = journalOf(ws, runIdOf(run.stdout));
    expect(journal.find((e) => e.type === 'note')?.message).toMatch(
      /recovered a stale lock of run run-of-someone-else: its owner \(pid \d+\) is no longer running/,
    );
    expect(existsSync(path)).toBe(false); // released at the end
    // Its owner is journaled; the file itself is not kept (nothing accumulates in locks/).
    expect(readdirSync(join(path, '..'))).toEqual([]);
  });

  it('a lock taken 7 hours ago by a run that is still alive stays held: age is never staleness', async () => {
    const ws = workspace();
    ws.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'x' }]));
    const owner = spawn('sleep', ['60'], { stdio: 'ignore' });
    children.push(owner);
    const path = writeLock(ws, owner.pid!, new Date(Date.now() - 7 * 3600_000).toISOString());
    const before = originHead(ws);
    const run = await ws.cli('execute', 'plan.yaml', '--approval', APPROVAL);
    expect(run.code).toBe(2);
    expect(errorTypeOf(run.stdout)).toBe('StateConflict');
    expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(owner.pid);
    expect(originHead(ws)).toBe(before);
    owner.kill('SIGKILL');
  });
});

describe('permission', () => {
  it('an unwritable state folder is a Permission error: BLOCKED before anything runs', async () => {
    const ws = workspace();
    ws.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'x' }]));
    // root ignores file modes; /sys refuses mkdir even to root (EPERM), a real unwritable place.
    let home = '/sys/execguard-state';
    if (process.getuid?.() !== 0) {
      home = join(ws.dir, 'readonly-state');
      mkdirSync(home);
      chmodSync(home, 0o500);
    }
    const before = originHead(ws);
    const env = { ...ws.env, EXECGUARD_HOME: home };
    const { code, stdout } = await execguard(ws.repo, env, 'execute', 'plan.yaml', '--approval', APPROVAL);
    expect(code).toBe(2);
    expect(errorTypeOf(stdout)).toBe('Permission');
    const pending = expectStatus(stdout, 'BLOCKED');
    expect(pending.join(' ')).toContain(home);
    expect(originHead(ws)).toBe(before);
    expect(ws.git('status', '--porcelain')).toBe('M infra/app/main.tf'); // untouched (output trimmed)
    const { code: planCode, stdout: planOut } = await execguard(ws.repo, env, 'plan', 'plan.yaml');
    expect(planCode).toBe(2);
    expect(planOut).toMatch(/\*\*Error type:\*\* Permission/);
  });
});

describe('SIGTERM or SIGHUP during apply', () => {
  let cli: string;
  beforeAll(() => {
    cli = builtPlugin().cli; // built once per run by the e2e project's global setup
  });

  // SIGHUP is what a closed terminal sends: it ends the run exactly as SIGTERM does.
  it.each(['SIGTERM', 'SIGHUP'] as const)(
    '%s stops the current step, journals it, reports BLOCKED, releases the lock, loses no state',
    async (sig) => {
      const ws = workspace();
      const marker = join(ws.dir, 'apply-started');
      ws.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'slow', command: `touch ${marker}; sleep 30` }]));
      const child = spawn(process.execPath, [cli, 'execute', 'plan.yaml', '--approval', APPROVAL], {
        cwd: ws.repo,
        env: ws.env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.push(child);
      let stdout = '';
      child.stdout!.on('data', (d) => (stdout += d));
      child.stderr!.resume();
      const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
      while (!existsSync(marker)) await new Promise((r) => setTimeout(r, 50));
      child.kill(sig);
      const code = await exited;
      expect(code).toBe(2);
      expect(stdout).toContain('## Execution Failed ❌');
      expect(stdout).toContain(`interrupted by ${sig}`);
      const pending = expectStatus(stdout, 'BLOCKED');
      expect(pending[0]).toContain(`interrupted by ${sig}; inspect it with execguard runs`);
      const runId = runIdOf(stdout);
      const journal = journalOf(ws, runId);
      expectJournalClosed(journal, 'BLOCKED');
      const applyEnd = journal.find((e) => e.type === 'step-end' && e.step === 'terraform apply');
      expect(applyEnd).toMatchObject({ interrupted: true });
      expect(journal.some((e) => e.type === 'step-start' && e.step === 'verify #1')).toBe(false);
      // Terraform shut down gracefully: the state file is whole and records what was created.
      const state = JSON.parse(ws.read('infra/app/terraform.tfstate'));
      expect(state.resources.map((r: { name: string }) => r.name)).toContain('slow');
      // The commit was pushed before apply and is still there; the lock is released.
      expect(originHead(ws)).toBe(ws.git('rev-parse', 'HEAD'));
      expect(readdirSync(join(ws.home, 'locks')).filter((f) => f.endsWith('.lock'))).toEqual([]);
      expect(readFileSync(join(ws.home, 'runs', runId, 'report.md'), 'utf8')).toBe(stdout);
      // The step ran in its own process group, ended with the run: the provisioner's `sleep 30` too.
      const left = readdirSync('/proc')
        .filter((p) => /^\d+$/.test(p))
        .filter((p) => {
          try {
            return readFileSync(`/proc/${p}/environ`, 'utf8').split('\0').includes(`EXECGUARD_RUN_ID=${runId}`);
          } catch {
            return false;
          }
        });
      expect(left).toEqual([]);
      expect(journal.find((e) => e.type === 'child' && e.step === 'terraform apply')?.pgid).toBeGreaterThan(0);
    },
  );

  it('commits with a fallback identity when git has none configured (no global or system config)', () => {
    const ws = workspace();
    ws.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'who' }]));
    const empty = join(ws.dir, 'empty-home');
    mkdirSync(empty);
    const env = { ...ws.env, HOME: empty, XDG_CONFIG_HOME: empty, GIT_CONFIG_NOSYSTEM: '1' };
    const r = spawnSync(process.execPath, [cli, 'execute', 'plan.yaml', '--approval', APPROVAL], { cwd: ws.repo, env, encoding: 'utf8' });
    expect(r.stdout).toContain('## Execution Complete ✅');
    expect(r.status).toBe(0);
    expect(ws.git('log', '-1', '--format=%an <%ae>')).toBe('execguard <execguard@localhost>');
  });
});
