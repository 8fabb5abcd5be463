// Fault injection in Apply and Verify with real terraform: a local-exec that fails on the second
// resource, transient failures (a counter file makes a command fail once with "connection reset"),
// and the rollback that follows a failed apply.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorTypeOf, expectJournalClosed, expectStatus, journalOf, metaOf, runIdOf } from './support/assert-run.js';
import { APPROVAL, originHead, tfConfig, workspace } from '../support/workspace.js';

const flaky = (counter: string, message: string) =>
  `if [ -f ${counter} ]; then echo ok; else touch ${counter}; echo '${message}' >&2; exit 1; fi`;

const stateNames = (ws: ReturnType<typeof workspace>) =>
  (JSON.parse(ws.read('infra/app/terraform.tfstate')).resources as { name: string; instances: { status?: string }[] }[])
    .map((r) => `${r.name}${r.instances[0]?.status === 'tainted' ? ' (tainted)' : ''}`)
    .sort();

describe('apply and verify failures', () => {
  it('apply failing on the 2nd resource: BLOCKED, reports exactly what was created; a rollback that needs a destroy changes nothing without a destroy approval', async () => {
    const ws = workspace();
    ws.write(
      'infra/app/main.tf',
      tfConfig([{ name: 'app' }, { name: 'db', dependsOn: 'app', command: "echo 'Error: quota exceeded for db instances' >&2; exit 1" }]),
    );
    const run = await ws.cli('execute', 'plan.yaml', '--approval', APPROVAL);
    expect(run.code).toBe(2);
    expect(errorTypeOf(run.stdout)).toBe('Validation');
    expect(run.stdout).toContain('quota exceeded');
    const pending = expectStatus(run.stdout, 'BLOCKED');
    const runId = runIdOf(run.stdout);
    expect(pending.join(' ')).toContain(`execguard rollback ${runId}`);
    expect(run.stdout).toMatch(/applied before the failure: created terraform_data\.app, created terraform_data\.db \(tainted/);
    expect(stateNames(ws)).toEqual(['app', 'db (tainted)']);
    const meta = metaOf(ws, runId);
    expect(meta.applied).toEqual(['created terraform_data.app', 'created terraform_data.db (tainted: it failed while being created)']);
    expect(originHead(ws)).toBe(meta.commit); // the commit was pushed before apply
    const journal = journalOf(ws, runId);
    expectJournalClosed(journal, 'BLOCKED');
    expect(journal.filter((e) => e.type === 'step-start' && e.step === 'terraform apply')).toHaveLength(1); // Validation: no retry

    // Rollback with only a generic approval: the undo needs a destroy, so nothing changes at all.
    const pushedBefore = originHead(ws);
    const headBefore = ws.git('rev-parse', 'HEAD');
    const back = await ws.cli('rollback', runId, '--approval', 'User approved. Roll back the change.');
    expect(back.code).toBe(2);
    expect(errorTypeOf(back.stdout)).toBe('Approval');
    const backPending = expectStatus(back.stdout, 'BLOCKED');
    expect(backPending.join(' ')).toMatch(/Ask the user to approve: destroying terraform_data\.db\b/);
    expect(back.stdout).toMatch(/would update terraform_data\.app, destroy terraform_data\.db/);
    expect(back.stdout).toMatch(/nothing pushed, nothing applied \(the local revert was dropped\)/);
    expect(originHead(ws)).toBe(pushedBefore); // nothing pushed
    expect(ws.git('rev-parse', 'HEAD')).toBe(headBefore); // the local revert is gone
    expect(ws.git('status', '--porcelain')).toBe('');
    expect(stateNames(ws)).toEqual(['app', 'db (tainted)']); // nothing applied
    const backJournal = journalOf(ws, runIdOf(back.stdout));
    expect(backJournal.some((e) => e.type === 'step-start' && /terraform apply/.test(e.command))).toBe(false);
    expect(backJournal.some((e) => e.type === 'step-start' && /git push/.test(e.command))).toBe(false);

    // With a destroy approval the revert is pushed and the previous configuration re-applied.
    const again = await ws.cli('rollback', runId, '--approval', 'User approved. Roll back and destroy the created resources.');
    expect(again.stdout).toContain('## Execution Complete ✅');
    expect(again.code).toBe(0);
    expectStatus(again.stdout, 'COMPLETE');
    expect(ws.git('log', '-2', '--format=%s').split('\n')).toEqual([
      'revert: feat(infra): change the demo app',
      'feat(infra): change the demo app',
    ]);
    expect(originHead(ws)).toBe(ws.git('rev-parse', 'HEAD'));
    expect(ws.read('infra/app/main.tf')).toBe(readFileSync(join(import.meta.dirname, '../../examples/terraform-demo/main.tf'), 'utf8'));
    // A second rollback does not revert again.
    const third = await ws.cli('rollback', runId, '--approval', 'User approved. Roll back and destroy the created resources.');
    expect(third.stdout).toMatch(/already reverted/);
    expect(stateNames(ws)).toEqual(['app']);
  });

  it('a transient failure in a verify step succeeds on the retry: COMPLETE, both attempts journaled', async () => {
    const ws = workspace();
    const counter = join(ws.dir, 'verify.counter');
    ws.write(
      'plan.yaml',
      [
        'operation: terraform',
        'workdir: infra/app',
        'git:',
        '  files: [infra/app/main.tf]',
        '  message: "feat(infra): add a worker"',
        'terraform: {}',
        'verify:',
        `  - run: ${JSON.stringify(flaky(counter, 'read tcp 10.0.0.1:443: connection reset by peer'))}`,
        '',
      ].join('\n'),
    );
    ws.git('commit', '-q', '-am', 'chore: plan with a flaky check');
    ws.git('push', '-q', 'origin', 'main');
    ws.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'worker' }]));
    const run = await ws.cli('execute', 'plan.yaml', '--approval', APPROVAL);
    expect(run.stdout).toContain('## Execution Complete ✅');
    expect(run.code).toBe(0);
    expectStatus(run.stdout, 'COMPLETE');
    const journal = journalOf(ws, runIdOf(run.stdout));
    expectJournalClosed(journal, 'COMPLETE');
    const verifies = journal.filter((e) => e.type === 'step-end' && e.step === 'verify #1').map((e) => e.exitCode);
    expect(verifies).toEqual([1, 0]);
    expect(journal.some((e) => e.type === 'note' && /retrying verify #1/.test(e.message))).toBe(true);
  });

  it('a transient failure that persists: retried once, then BLOCKED as Transient', async () => {
    const ws = workspace();
    ws.write(
      'plan.yaml',
      [
        'operation: terraform',
        'workdir: infra/app',
        'git:',
        '  files: [infra/app/main.tf]',
        '  message: "feat(infra): add a worker"',
        'terraform: {}',
        'verify:',
        `  - run: "echo 'dial tcp 10.0.0.1:443: i/o timeout' >&2; exit 1"`,
        '',
      ].join('\n'),
    );
    ws.git('commit', '-q', '-am', 'chore: plan with a broken check');
    ws.git('push', '-q', 'origin', 'main');
    ws.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'worker' }]));
    const run = await ws.cli('execute', 'plan.yaml', '--approval', APPROVAL);
    expect(run.code).toBe(2);
    expect(errorTypeOf(run.stdout)).toBe('Transient');
    expect(run.stdout).toMatch(/retried once/);
    expect(run.stdout).toMatch(/failed again on retry/);
    expectStatus(run.stdout, 'BLOCKED');
    const journal = journalOf(ws, runIdOf(run.stdout));
    expectJournalClosed(journal, 'BLOCKED');
    expect(journal.filter((e) => e.type === 'step-end' && e.step === 'verify #1')).toHaveLength(2);
    expect(stateNames(ws)).toEqual(['app', 'worker']); // applied before verify failed: reported, not hidden
  });

  it('a transient failure during apply is retried against a fresh plan limited to the approved changes', async () => {
    const ws = workspace();
    const counter = join(ws.dir, 'apply.counter');
    ws.write(
      'infra/app/main.tf',
      tfConfig([{ name: 'app' }, { name: 'cache', dependsOn: 'app', command: flaky(counter, 'Error: connection reset by peer') }]),
    );
    const run = await ws.cli('execute', 'plan.yaml', '--approval', APPROVAL);
    expect(run.stdout).toContain('## Execution Complete ✅');
    expect(run.code).toBe(0);
    const journal = journalOf(ws, runIdOf(run.stdout));
    expect(journal.filter((e) => e.type === 'step-end' && e.step === 'terraform apply').map((e) => e.exitCode)).toEqual([1, 0]);
    expect(journal.some((e) => e.type === 'step-start' && e.step === 'terraform plan (retry)')).toBe(true);
    expect(stateNames(ws)).toEqual(['app', 'cache']);
    expect(existsSync(counter)).toBe(true);
  });
});

describe('pre-flight refusals', () => {
  it('plan drift between plan and execute: BLOCKED as State conflict, nothing committed', async () => {
    const ws = workspace();
    ws.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'worker' }]));
    const planned = await ws.cli('plan', 'plan.yaml');
    expect(planned.code).toBe(0);
    // Someone applies the same change out of band: what execute would do is no longer what was approved.
    const { execFileSync } = await import('node:child_process');
    const tfEnv = { ...ws.env, TF_DATA_DIR: join(ws.dir, 'other-tf') };
    execFileSync('terraform', ['init', '-input=false'], { cwd: join(ws.repo, 'infra/app'), env: tfEnv, stdio: 'ignore' });
    execFileSync('terraform', ['apply', '-input=false', '-auto-approve', '-var=name=demo'], {
      cwd: join(ws.repo, 'infra/app'),
      env: tfEnv,
      stdio: 'ignore',
    });
    const originBefore = originHead(ws);
    const run = await ws.cli('execute', 'plan.yaml', '--approval', APPROVAL);
    expect(run.code).toBe(2);
    expect(errorTypeOf(run.stdout)).toBe('StateConflict');
    expect(run.stdout).toMatch(/plan drift/);
    expect(run.stdout).toMatch(/approved create \[terraform_data\.app, terraform_data\.worker\].*now create \[\]/);
    const pending = expectStatus(run.stdout, 'BLOCKED');
    expect(pending.join(' ')).toMatch(/plan .* again/);
    expect(originHead(ws)).toBe(originBefore);
    expect(ws.git('log', '-1', '--format=%s')).toBe('chore: initial workspace');
    expectJournalClosed(journalOf(ws, runIdOf(run.stdout)), 'BLOCKED');
  });

  it('a destroying plan without a destroy approval is BLOCKED; with one it completes', async () => {
    const ws = workspace();
    ws.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'old' }]));
    expect((await ws.cli('execute', 'plan.yaml', '--approval', APPROVAL)).code).toBe(0);
    ws.write('infra/app/main.tf', tfConfig([{ name: 'app' }]));
    const plan = await ws.cli('plan', 'plan.yaml');
    expect(plan.stdout).toMatch(/\*\*Destroy:\*\*\n {2}- terraform_data\.old/);
    expect(plan.stdout).toMatch(/\*\*Risk:\*\* high/);
    const head = ws.git('rev-parse', 'HEAD');
    const run = await ws.cli('execute', 'plan.yaml', '--approval', APPROVAL);
    expect(run.code).toBe(2);
    expect(errorTypeOf(run.stdout)).toBe('Approval');
    expect(run.stdout).toMatch(/destroys terraform_data\.old/);
    const pending = expectStatus(run.stdout, 'BLOCKED');
    expect(pending.join(' ')).toMatch(/Ask the user to approve: destroying terraform_data\.old/);
    expect(run.stdout).not.toMatch(/Grant the missing access/);
    expect(ws.git('rev-parse', 'HEAD')).toBe(head);
    expect(stateNames(ws)).toEqual(['app', 'old']);

    const ok = await ws.cli('execute', 'plan.yaml', '--approval', 'User approved. Execute the plan and destroy terraform_data.old.');
    expect(ok.stdout).toContain('## Execution Complete ✅');
    expect(ok.code).toBe(0);
    expect(stateNames(ws)).toEqual(['app']);
  });

  it('no approval, or a refusal, blocks before anything runs', async () => {
    const ws = workspace();
    ws.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'x' }]));
    for (const args of [[], ['--approval', 'Do not execute this yet.']]) {
      const run = await ws.cli('execute', 'plan.yaml', ...args);
      expect(run.code).toBe(2);
      const pending = expectStatus(run.stdout, 'BLOCKED');
      expect(pending.join(' ')).toMatch(/^Ask the user to approve: the plan plan/);
      expect(errorTypeOf(run.stdout)).toBe('Approval');
      expect(journalOf(ws, runIdOf(run.stdout)).find((e) => e.type === 'approval')).toBeUndefined();
      const journal = journalOf(ws, runIdOf(run.stdout));
      expect(journal.filter((e) => e.type === 'step-start')).toEqual([]);
    }
  });
});
