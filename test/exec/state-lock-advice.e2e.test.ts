// A terraform state lock held by another terraform process (a real apply, waiting in its
// provisioner) blocks execute; the report's advice fits that failure: wait or force-unlock, never
// "rebase on the remote".
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recommendedFor } from '../../src/exec/run/error-table.js';
import { APPROVAL, tfConfig, workspace } from '../support/workspace.js';

const hasTerraform = (() => {
  try {
    execFileSync('terraform', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('advice that fits the failure', () => {
  it('a state lock is advised as a lock, a moved remote as a rebase', () => {
    const lock = { result: { exitCode: 1, stdout: '', stderr: 'Error: Error acquiring the state lock' } };
    expect(recommendedFor(lock, 'StateConflict')).toMatch(/force-unlock/);
    expect(recommendedFor(lock, 'StateConflict')).not.toMatch(/^Rebase/);
    const moved = { result: { exitCode: 1, stdout: '', stderr: ' ! [rejected] main -> main (non-fast-forward)' } };
    expect(recommendedFor(moved, 'StateConflict')).toMatch(/^Rebase/);
  });

  it.skipIf(!hasTerraform)('a real terraform holding the state lock: execute is BLOCKED with lock advice', async () => {
    const ws = workspace();
    const workdir = join(ws.repo, 'infra/app');
    const release = join(ws.dir, 'release');
    // Another terraform (a colleague's, outside execguard) applying the same state, paused mid-apply.
    writeFileSync(
      join(ws.dir, 'holder.tf'),
      tfConfig([{ name: 'app' }, { name: 'slow', command: `while [ ! -f ${release} ]; do sleep 0.1; done` }]),
    );
    const holderDir = join(ws.dir, 'holder');
    execFileSync('mkdir', ['-p', holderDir]);
    execFileSync('cp', [join(ws.dir, 'holder.tf'), join(holderDir, 'main.tf')]);
    const env = { ...ws.env, TF_DATA_DIR: join(ws.dir, 'holder-data') };
    execFileSync('terraform', ['init', '-input=false', '-no-color'], { cwd: holderDir, env, stdio: 'ignore' });
    const holder = spawn(
      'terraform',
      ['apply', '-auto-approve', '-input=false', '-no-color', `-state=${join(workdir, 'terraform.tfstate')}`],
      { cwd: holderDir, env, stdio: 'ignore' },
    );
    try {
      // The lock is taken once its info file is written beside the state.
      for (let i = 0; i < 600 && !existsSync(join(workdir, '.terraform.tfstate.lock.info')); i++)
        await new Promise((r) => setTimeout(r, 100));
      expect(existsSync(join(workdir, '.terraform.tfstate.lock.info'))).toBe(true);
      ws.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'worker' }]));
      const run = await ws.cli('execute', 'plan.yaml', '--approval', APPROVAL);
      expect(run.code).toBe(2);
      expect(run.stdout).toMatch(/state lock/i);
      expect(run.stdout).toMatch(/\*\*Recommended fix:\*\* Another terraform run holds the state lock/);
      expect(run.stdout).not.toMatch(/Recommended fix:\*\* Rebase/);
    } finally {
      writeFileSync(release, '');
      await new Promise((r) => holder.on('exit', r));
    }
  });
});
