import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStatus } from '../../src/status/parse.js';
import { APPROVAL, originHead, tfConfig, workspace } from '../support/workspace.js';

describe('execguard plan + execute (real git, real terraform)', () => {
  it('plans, then executes an approved change end to end and journals every step', async () => {
    const ws = workspace();
    ws.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'worker' }]));
    const plan = await ws.cli('plan', 'plan.yaml');
    expect(plan.stdout).toContain('approval summary');
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('terraform_data.worker');
    expect(plan.stdout).toMatch(/Plan digest:\*\* sha256:[0-9a-f]{64}/);

    const run = await ws.cli('execute', 'plan.yaml', '--approval', APPROVAL);
    expect(run.stdout).toContain('## Execution Complete ✅');
    expect(run.code).toBe(0);
    const status = checkStatus(run.stdout);
    expect(status.errors).toEqual([]);
    const runId = run.stdout.match(/\*\*Run:\*\* (\S+)/)![1];
    const runDir = join(ws.home, 'runs', runId);
    const journal = readFileSync(join(runDir, 'journal.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const starts = journal.filter((e) => e.type === 'step-start').length;
    const ends = journal.filter((e) => e.type === 'step-end').length;
    expect(starts).toBe(ends);
    expect(journal.at(-1)).toMatchObject({ type: 'run-end', status: 'COMPLETE' });
    expect(journal.some((e) => e.type === 'step-start' && /^terraform apply .*approved\/tfplan$/.test(e.command))).toBe(true);
    // Steps the guard classes as reading or simulating start without waiting for the disk; every
    // step that changes something waits for its start to be on disk.
    const changesNothing = (pattern: RegExp) =>
      journal.filter((e) => e.type === 'step-start' && pattern.test(e.command)).map((e) => e.changesNothing === true);
    for (const reads of [/^git status /, /^git ls-remote /, /^terraform plan /, /^terraform show /])
      expect(new Set(changesNothing(reads)), String(reads)).toEqual(new Set([true]));
    for (const changes of [/^terraform init /, /^git add /, /^git commit /, /^git push /, /^terraform apply /])
      expect(changesNothing(changes), String(changes)).toEqual([false]);
    expect(existsSync(join(runDir, 'report.md'))).toBe(true);
    // Every step's output is kept in its log files, written there by the command itself.
    for (const end of journal.filter((e) => e.type === 'step-end')) {
      expect(existsSync(join(runDir, `${end.log}.out`)), end.log).toBe(true);
      expect(existsSync(join(runDir, `${end.log}.err`)), end.log).toBe(true);
    }
    const verify = journal.find((e) => e.type === 'step-end' && e.step === 'verify #1');
    expect(readFileSync(join(runDir, `${verify.log}.out`), 'utf8')).toBe('demo');
    // The commit is on the remote; the saved plan is in the state folder, not the repository.
    expect(originHead(ws)).toBe(ws.git('rev-parse', 'HEAD'));
    expect(ws.git('log', '-1', '--format=%s')).toBe('feat(infra): change the demo app');
    expect(ws.git('status', '--porcelain')).toBe('');
    expect(existsSync(join(ws.repo, 'infra/app/tfplan'))).toBe(false);
    const state = JSON.parse(ws.read('infra/app/terraform.tfstate'));
    expect(state.resources.map((r: { name: string }) => r.name).sort()).toEqual(['app', 'worker']);
  });
});
