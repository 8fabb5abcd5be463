// Untracked files and the executor's clean-tree check, with real git and terraform on
// terraform_data: a file the run cannot read (a saved `plan --json`, notes) blocks nothing; a file
// the run would apply without committing it (a new .tf in the workdir, a module elsewhere) blocks it.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { workspace } from '../support/workspace.js';

const hasTerraform = (() => {
  try {
    execFileSync('terraform', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!hasTerraform)('untracked files at plan time', () => {
  it.each([
    ['plan.json', 'a saved plan --json at the repository root'],
    ['notes/todo.md', 'notes outside the workdir'],
    ['scripts/report.sh', 'a script outside the workdir'],
  ])('%s (%s) does not block execguard plan', async (path) => {
    const ws = workspace();
    ws.write(path, 'unrelated\n');
    const plan = await ws.cli('plan', 'plan.yaml');
    expect(plan.code, plan.stdout + plan.stderr).toBe(0);
  });

  it.each([
    ['infra/app/extra.tf', 'a new configuration file in the workdir'],
    ['infra/app/files/boot.sh', 'any file in the workdir (file(), templatefile(), local-exec read it)'],
    ['modules/net/main.tf', 'a terraform module outside the workdir'],
    ['env/prod.tfvars', 'a var file outside the workdir'],
  ])('%s (%s) blocks it, naming the file', async (path) => {
    const ws = workspace();
    ws.write(path, '# not committed\n');
    const plan = await ws.cli('plan', 'plan.yaml');
    expect(plan.code).not.toBe(0);
    expect(plan.stdout).toContain(`uncommitted changes outside the plan's files: ${path}`);
  });

  it("a modified tracked file outside the plan's files still blocks", async () => {
    const ws = workspace();
    ws.write('.gitignore', '*.tfstate\n');
    const plan = await ws.cli('plan', 'plan.yaml');
    expect(plan.code).not.toBe(0);
    expect(plan.stdout).toContain('.gitignore');
  });
});
