// Plans where users keep them: committed in plans/ or untracked, the plan file never blocks its
// own run; outside any repository it is refused with a message that says what to do.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/exec/plan/plan-file.js';
import { PlanError } from '../../src/exec/plan/plan-schema.js';
import { tempDir } from '../helpers/tmp.js';
import { APPROVAL, tfConfig, workspace } from '../support/workspace.js';

describe('plan files', () => {
  it('a plan outside any git repository is refused, saying where to put it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.yaml'), 'operation: terraform\ngit: { files: [a.tf], message: "feat: a" }\n');
    expect(() => loadPlan('p.yaml', dir)).toThrow(PlanError);
    expect(() => loadPlan('p.yaml', dir)).toThrow(
      /not inside a git repository: .*Put it in the repository it changes \(e\.g\. plans\/p\.yaml; committed or untracked, it never blocks its own run\)/,
    );
  });

  it('a modified, committed plan file and an untracked one in plans/ do not block their own run', async () => {
    const ws = workspace();
    ws.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'x' }]));
    // The committed plan.yaml, edited (a comment) and not committed: still its own run's file.
    ws.write('plan.yaml', `# reviewed\n${ws.read('plan.yaml').replace(/terraform:\n {2}vars: \{ name: demo \}\n/, '')}`);
    const run = await ws.cli('execute', 'plan.yaml', '--approval', APPROVAL);
    expect(run.stdout).not.toMatch(/uncommitted changes outside the plan's files/);
    expect(run.stdout).toContain('## Execution Complete ✅');
    expect(ws.git('status', '--porcelain')).toBe('M plan.yaml');
  });

  it("right after `execguard init`: an untracked plan in plans/ and init's untracked files block neither plan nor execute; other files still do", async () => {
    const ws = workspace();
    ws.write('infra/app/main.tf', tfConfig([{ name: 'app' }, { name: 'x' }]));
    ws.write('plans/app.yaml', ws.read('plan.yaml'));
    ws.write('plans/other.yaml', ws.read('plan.yaml'));
    ws.write('.execguard.yaml', 'mode: default\n');
    ws.write('.claude/settings.json', '{}\n');
    // terraform's state lock (held while the pre-flight's own plan runs beside `git status`) is no change either
    ws.write('infra/app/.terraform.tfstate.lock.info', '{}\n');
    const planned = await ws.cli('plan', 'plans/app.yaml');
    expect(planned.stdout).not.toMatch(/uncommitted changes outside the plan's files/);
    expect(planned.stdout).toMatch(/Plan digest:\*\* sha256:[0-9a-f]{64}/);
    // Anything else dirty in the workdir still blocks: it could change what is applied without being committed.
    ws.write('infra/app/notes.txt', 'scratch\n');
    const blocked = await ws.cli('execute', 'plans/app.yaml', '--approval', APPROVAL);
    expect(blocked.stdout).toMatch(/uncommitted changes outside the plan's files: infra\/app\/notes\.txt$/m);
    ws.git('clean', '-q', '-f', 'infra/app/notes.txt');
    const run = await ws.cli('execute', 'plans/app.yaml', '--approval', APPROVAL);
    expect(run.stdout).toContain('## Execution Complete ✅');
  });
});
