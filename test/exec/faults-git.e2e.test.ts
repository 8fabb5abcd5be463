// Fault injection on the git side: the remote moves (at pre-flight, or between commit and push),
// and the remote refuses the push for lack of permission. Real git, real bare origin.
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorTypeOf, expectJournalClosed, expectStatus, journalOf, runIdOf } from './support/assert-run.js';
import { APPROVAL, moveOrigin, originHead, tfConfig, workspace } from '../support/workspace.js';

describe('remote moved / push refused', () => {
  it('origin ahead at pre-flight is a State conflict: BLOCKED, nothing committed or applied', async () => {
    const ws = workspace();
    ws.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'extra' }]));
    const before = ws.git('rev-parse', 'HEAD');
    const theirs = moveOrigin(ws);
    const run = await ws.cli('execute', 'plan.yaml', '--approval', APPROVAL);
    expect(run.code).toBe(2);
    expect(errorTypeOf(run.stdout), run.stdout).toBe('StateConflict');
    const pending = expectStatus(run.stdout, 'BLOCKED');
    expect(pending.join(' ')).toMatch(/rebase/i);
    expect(pending.join(' ')).toMatch(/plan .* again/);
    expect(ws.git('rev-parse', 'HEAD')).toBe(before);
    expect(originHead(ws)).toBe(theirs);
    expect(existsSync(join(ws.repo, 'infra/app/terraform.tfstate'))).toBe(false);
    expectJournalClosed(journalOf(ws, runIdOf(run.stdout)), 'BLOCKED');
  });

  it('push rejected as non-fast-forward: BLOCKED, local commit kept, nothing applied, never forced', async () => {
    const ws = workspace();
    ws.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'extra' }]));
    // Someone pushes while our commit is being made: the run holds right after its commit (the test
    // seam), origin moves, then the run goes on to its push. (A repository hook would not do: the
    // guard reads the hooks a commit fires, and refuses one that pushes.)
    const marks = join(ws.dir, 'marks');
    mkdirSync(marks);
    Object.assign(ws.env, { EXECGUARD_TEST_PAUSE: 'committed', EXECGUARD_TEST_PAUSE_DIR: marks });
    const running = ws.cli('execute', 'plan.yaml', '--approval', APPROVAL);
    while (!existsSync(join(marks, 'committed.reached'))) await new Promise((r) => setTimeout(r, 20));
    moveOrigin(ws);
    writeFileSync(join(marks, 'committed.go'), '');
    const run = await running;
    expect(run.code).toBe(2);
    expect(errorTypeOf(run.stdout)).toBe('StateConflict');
    expect(run.stdout).toMatch(/non-fast-forward/);
    const pending = expectStatus(run.stdout, 'BLOCKED');
    expect(pending.join(' ')).toMatch(/rebase/i);
    // The local commit is kept; origin has the racer's commit, not ours; nothing applied.
    expect(ws.git('log', '-1', '--format=%s')).toBe('feat(infra): change the demo app');
    expect(run.stdout).toMatch(/local commit [0-9a-f]{12} is kept/);
    expect(ws.git('log', '-1', '--format=%s', 'origin/main')).not.toContain('change the demo app');
    expect(originHead(ws)).not.toBe(ws.git('rev-parse', 'HEAD'));
    expect(existsSync(join(ws.repo, 'infra/app/terraform.tfstate'))).toBe(false);
    const journal = journalOf(ws, runIdOf(run.stdout));
    expectJournalClosed(journal, 'BLOCKED');
    const pushes = journal.filter((e) => e.type === 'step-start' && e.step === 'git push');
    expect(pushes).toHaveLength(1); // not retried: a conflict is not transient
    expect(pushes[0].command).not.toMatch(/--force|\+/);
  });

  it('a push the remote refuses for permission is a Permission error: BLOCKED, commit kept locally', async () => {
    const ws = workspace();
    ws.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'extra' }]));
    const hook = join(ws.origin, 'hooks/pre-receive');
    writeFileSync(hook, '#!/bin/sh\necho "ERROR: Permission to acme/infra.git denied to deploy-bot." >&2\nexit 1\n');
    chmodSync(hook, 0o755);
    const before = originHead(ws);
    const run = await ws.cli('execute', 'plan.yaml', '--approval', APPROVAL);
    expect(run.code).toBe(2);
    expect(errorTypeOf(run.stdout)).toBe('Permission');
    expectStatus(run.stdout, 'BLOCKED');
    expect(originHead(ws)).toBe(before);
    expect(ws.git('log', '-1', '--format=%s')).toBe('feat(infra): change the demo app');
    expect(existsSync(join(ws.repo, 'infra/app/terraform.tfstate'))).toBe(false);
    expectJournalClosed(journalOf(ws, runIdOf(run.stdout)), 'BLOCKED');
  });

  it("changes outside the plan's files block the run in pre-flight (Validation)", async () => {
    const ws = workspace();
    ws.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'extra' }]));
    // In the workdir, where the apply would read it without it being committed.
    ws.write('infra/app/unrelated.txt', 'not part of the plan\n');
    const run = await ws.cli('execute', 'plan.yaml', '--approval', APPROVAL);
    expect(run.code).toBe(2);
    expect(errorTypeOf(run.stdout)).toBe('Validation');
    expect(run.stdout).toContain('infra/app/unrelated.txt');
    expectStatus(run.stdout, 'BLOCKED');
    expect(ws.git('log', '-1', '--format=%s')).toBe('chore: initial workspace');
  });

  it('a commit message the project policy refuses blocks in pre-flight, before anything changes', async () => {
    const ws = workspace();
    ws.write('.execguard.yaml', 'commit:\n  headerMaxLength: 20\n');
    ws.git('add', '.execguard.yaml');
    ws.git('commit', '-q', '-m', 'chore: policy');
    ws.git('push', '-q', 'origin', 'main');
    ws.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'extra' }]));
    const before = originHead(ws);
    const run = await ws.cli('execute', 'plan.yaml', '--approval', APPROVAL);
    expect(run.code).toBe(2);
    expect(errorTypeOf(run.stdout)).toBe('Validation');
    expect(run.stdout).toMatch(/the commit message "feat\(infra\): change the demo app" is refused: commit-convention/);
    expectStatus(run.stdout, 'BLOCKED');
    expect(ws.git('log', '-1', '--format=%s')).toBe('chore: policy');
    expect(originHead(ws)).toBe(before);
    expect(existsSync(join(ws.repo, 'infra/app/terraform.tfstate'))).toBe(false);
  });
});
