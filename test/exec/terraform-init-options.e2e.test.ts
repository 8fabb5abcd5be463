// The plan's `terraform.init` options reach `terraform init`: a backend setting moves the state
// where the plan says (real terraform, local backend, terraform_data), and a bad option is named.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoPlan } from '../support/terraform.js';
import { APPROVAL, workspace } from '../support/workspace.js';

const hasTerraform = (() => {
  try {
    execFileSync('terraform', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const plan = (init: string) => demoPlan({ terraform: [`init: ${init}`], verify: false });

describe.skipIf(!hasTerraform)('terraform.init options in the plan', () => {
  it('backendConfig is passed to terraform init: the state lands where it names', async () => {
    const ws = workspace();
    const statePath = join(ws.dir, 'elsewhere.tfstate');
    ws.write('plan.yaml', plan(`{ backendConfig: ["path=${statePath}"], reconfigure: true }`));
    ws.git('add', 'plan.yaml');
    ws.git('commit', '-q', '-m', 'chore: plan with backend settings');
    ws.git('push', '-q', 'origin', 'main');
    const run = await ws.cli('execute', 'plan.yaml', '--approval', APPROVAL);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(existsSync(statePath)).toBe(true);
    expect(existsSync(join(ws.repo, 'infra/app/terraform.tfstate'))).toBe(false);
  });

  it('an unknown init option is named with its line', async () => {
    const ws = workspace();
    ws.write('plan.yaml', plan('{ backendconfig: ["path=x"] }'));
    const run = await ws.cli('plan', 'plan.yaml');
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/plan\.yaml:8: terraform\.init\.backendconfig: unknown key/);
  });
});
