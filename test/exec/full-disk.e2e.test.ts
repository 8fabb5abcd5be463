// Nothing lost when state cannot be written: the state folder is a small tmpfs (mounted by this
// test; the machine runs tests as root) that is filled up, once before the run starts and once
// while it runs (the run pauses after Persist through the EXECGUARD_TEST_PAUSE seam while the
// test fills the disk). Either way the report and its AGENT_STATUS block reach stdout (BLOCKED,
// naming the write failure) and `execguard status validate` accepts it; no temporary file is
// left; the lock is released; the run is not left showing RUNNING.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { builtPlugin } from '../helpers/built-plugin.js';
import { runCli } from '../support/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { expectStatus, metaOf, runIdOf } from './support/assert-run.js';
import { APPROVAL, originHead, ROOT, tfConfig, workspace, type Workspace } from '../support/workspace.js';

function mountTmpfs(at: string, size = '1m'): boolean {
  mkdirSync(at, { recursive: true });
  return spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', at]).status === 0;
}

/** Can this machine mount a tmpfs (root, and allowed by the container)? */
function probeMount(): boolean {
  const at = join(tempDir('execguard-tmpfs-probe-'), 'm');
  const ok = mountTmpfs(at, '64k');
  if (ok) spawnSync('umount', [at]);
  return ok;
}

/** Writes until the file system refuses (ENOSPC): nothing is left, not even a byte. */
function fill(dir: string): void {
  const fd = openSync(join(dir, 'filler'), 'w');
  for (const size of [65536, 4096, 1]) {
    const chunk = Buffer.alloc(size);
    try {
      for (;;) writeSync(fd, chunk);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
    }
  }
  closeSync(fd);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => !statSync(join(dir, f)).isDirectory());
}

async function validate(report: string): Promise<number> {
  return (await runCli(['status', 'validate', '-'], { input: report, cwd: ROOT, env: process.env })).code;
}

const canMount = process.getuid?.() === 0 && probeMount();
// The CLI bundle the e2e project built once for the run (test/global-setup-plugin.ts).
let cli: string;
beforeAll(() => {
  cli = builtPlugin().cli;
});

function diskWorkspace(): Workspace {
  const ws = workspace();
  ws.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'x' }]));
  rmSync(ws.home, { recursive: true, force: true });
  if (!mountTmpfs(ws.home)) throw new Error('mount failed');
  onTestFinished(() => void spawnSync('umount', ['-l', ws.home])); // lazy: a process may still hold a file there
  return ws;
}

describe.skipIf(!canMount)('state folder on a full tmpfs', () => {
  it('full before the run starts: BLOCKED report on stdout that status validate accepts; nothing changed, nothing left', async () => {
    const ws = diskWorkspace();
    fill(ws.home);
    const before = originHead(ws);
    const run = await ws.cli('execute', 'plan.yaml', '--approval', APPROVAL);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('## Execution Failed ❌');
    expect(run.stdout).toMatch(/cannot write the execguard state .*ENOSPC/);
    const pending = expectStatus(run.stdout, 'BLOCKED');
    expect(pending.join(' ')).toMatch(/free space/);
    expect(await validate(run.stdout)).toBe(0);
    expect(originHead(ws)).toBe(before);
    expect(filesUnder(ws.home).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock'))).toEqual([]);
  });

  it('fills up during the run: BLOCKED naming the write failure, lock released, temp files cleaned, not left RUNNING', async () => {
    const ws = diskWorkspace();
    const marks = tempDir('execguard-marks-');
    const child = spawn(process.execPath, [cli, 'execute', 'plan.yaml', '--approval', APPROVAL], {
      cwd: ws.repo,
      env: { ...ws.env, EXECGUARD_TEST_PAUSE: 'pushed', EXECGUARD_TEST_PAUSE_DIR: marks },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let stdout = '';
    child.stdout!.on('data', (d) => (stdout += d));
    const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
    while (!existsSync(join(marks, 'pushed.reached'))) {
      if (child.exitCode !== null) throw new Error(`the run ended early:\n${stdout}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    fill(ws.home);
    writeFileSync(join(marks, 'pushed.go'), '');
    expect(await exited).toBe(2);
    expect(stdout).toContain('## Execution Failed ❌');
    expect(stdout).toMatch(/cannot write the execguard state .*ENOSPC/);
    const pending = expectStatus(stdout, 'BLOCKED');
    const runId = runIdOf(stdout);
    expect(pending.join(' ')).toContain(`execguard resume ${runId}`);
    expect(await validate(stdout)).toBe(0);
    expect(filesUnder(ws.home).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock') || f.includes('.child.'))).toEqual([]);
    expect(metaOf(ws, runId).status).toBe('BLOCKED');
    expect(originHead(ws)).toBe(ws.git('rev-parse', 'HEAD')); // persisted before the disk filled
    expect(existsSync(join(ws.repo, 'infra/app/terraform.tfstate'))).toBe(false); // nothing applied

    // Space again: the run continues where it stopped.
    rmSync(join(ws.home, 'filler'));
    const resumed = await ws.cli('resume', runId, '--approval', APPROVAL);
    expect(resumed.stdout).toContain('## Execution Complete ✅');
  }, 60_000);
});
