// The command-line faces of the executors: the example plan from a fresh clone, usage errors,
// --json, and `execguard runs`.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { execguard } from '../support/cli.js';
import { expectStatus, runIdOf } from './support/assert-run.js';
import { APPROVAL, ROOT, tfConfig, workspace } from '../support/workspace.js';

const cli = execguard;

describe('execguard execute / plan / runs on the command line', () => {
  it('executes examples/terraform-demo.yaml from a fresh clone of this repository', async () => {
    const dir = tempDir('execguard-clone-');
    const clone = join(dir, 'clone');
    execFileSync('git', ['clone', '-q', ROOT, clone]);
    // The example plan targets `main`; a contributor's checkout may be on another branch.
    execFileSync('git', ['checkout', '-q', '-B', 'main'], { cwd: clone });
    const env = { ...process.env, EXECGUARD_HOME: join(dir, 'state') };
    const run = await cli(clone, env, 'execute', 'examples/terraform-demo.yaml', '--approval', APPROVAL);
    expect(run.stdout).toContain('## Execution Complete ✅');
    expect(run.code).toBe(0);
    expectStatus(run.stdout, 'COMPLETE');
    expect(run.stdout).toMatch(/no changes in the plan's files/);
    expect(run.stdout).toMatch(/verify #1 `terraform output -raw app_name` passed/);
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: clone, encoding: 'utf8' })).toBe('');
  });

  it('a bad plan file is a usage error (exit 1) naming file, line and key, without a stack trace', async () => {
    const ws = workspace();
    ws.write('bad.yaml', 'operation: terraform\nworkdir: infra/app\nterraform:\n  varz: {}\n');
    for (const command of ['plan', 'execute']) {
      const run = await ws.cli(command, 'bad.yaml', ...(command === 'execute' ? ['--approval', APPROVAL] : []));
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(`execguard ${command}: bad.yaml:4: terraform.varz: unknown key\n`);
      expect(run.stdout).toBe('');
    }
    expect((await ws.cli('execute')).code).toBe(1);
    expect((await ws.cli('execute', 'missing.yaml', '--approval', APPROVAL)).stderr).toBe(
      'execguard execute: missing.yaml: no such file\n',
    );
  });

  it('--json gives orchestrators the result, and runs lists runs and shows their steps', async () => {
    const ws = workspace();
    ws.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'json' }]));
    const plan = await ws.cli('plan', 'plan.yaml', '--json');
    const planned = JSON.parse(plan.stdout);
    expect(planned).toMatchObject({
      status: 'COMPLETE',
      planId: 'plan',
      risk: 'low',
      summary: { create: ['terraform_data.app', 'terraform_data.json'], destroy: [] },
    });
    expect(planned.digest).toMatch(/^sha256:/);
    const run = await ws.cli('execute', 'plan.yaml', '--approval', APPROVAL, '--json');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ status: 'COMPLETE', report: { outcome: 'complete', planId: 'plan' } });
    expectStatus(result.markdown, 'COMPLETE');
    expect(runIdOf(result.markdown)).toBe(result.runId);

    const list = await ws.cli('runs');
    expect(list.stdout).toContain(planned.runId);
    expect(list.stdout).toMatch(new RegExp(`${result.runId}\\s+execute\\s+COMPLETE\\s+plan`));
    const one = await ws.cli('runs', result.runId);
    expect(one.stdout).toMatch(/exit 0 +terraform apply: terraform apply/);
    expect(one.stdout).toContain('[Persist] ok');
    const json = JSON.parse((await ws.cli('runs', result.runId, '--json')).stdout);
    expect(json.steps.find((s: { step: string }) => s.step === 'terraform apply')).toMatchObject({ exitCode: 0 });
    expect(json.planRunId).toBe(planned.runId);
    expect((await ws.cli('runs', 'no-such-run')).code).toBe(1);
    expect((await ws.cli('rollback', 'no-such-run', '--approval', APPROVAL)).stderr).toMatch(/no run no-such-run/);
  });

  it('a second execute of an already applied plan plans afresh and changes nothing', async () => {
    const ws = workspace();
    ws.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'twice' }]));
    expect((await ws.cli('plan', 'plan.yaml')).code).toBe(0);
    expect((await ws.cli('execute', 'plan.yaml', '--approval', APPROVAL)).code).toBe(0);
    const again = await ws.cli('execute', 'plan.yaml', '--approval', APPROVAL);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/no prior execguard plan/);
    expect(again.stdout).toMatch(/0 to create, 0 to update, 0 to destroy/);
  });
});
