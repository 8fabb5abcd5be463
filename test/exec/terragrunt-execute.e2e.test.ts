// `execguard plan` / `execute` end to end for a terragrunt plan: real git with a bare origin and
// the terragrunt stand-in forwarding to the real terraform on terraform_data.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkStatus } from '../../src/status/parse.js';
import { tempDir } from '../helpers/tmp.js';
import { APPROVAL, execguard } from '../support/cli.js';
import { createRepo, type TestRepo } from '../support/workspace.js';
import { STANDINS } from '../support/operation-context.js';

const dir = tempDir('execguard-terragrunt-e2e-');
let repo: TestRepo;
let env: NodeJS.ProcessEnv;

const MAIN = (names: string[]) =>
  ['variable "name" {\n  type = string\n}', ...names.map((n) => `resource "terraform_data" "${n}" {\n  input = var.name\n}`)].join('\n\n') +
  '\n';
const PLAN = [
  'id: queue',
  'operation: terragrunt',
  'workdir: live/queue',
  'git:',
  '  files: [live/queue/main.tf]',
  '  message: "feat(live): add the worker queue"',
  'terragrunt: { vars: { name: orders } }',
  '',
].join('\n');

beforeAll(() => {
  repo = createRepo(dir);
  repo.commitAndPush(
    {
      'live/queue/terragrunt.hcl': '# unit\n',
      'live/queue/main.tf': MAIN(['api']),
      '.gitignore': '*.tfstate\n*.tfstate.backup\n.terraform/\n.terraform.lock.hcl\n',
      'plan.yaml': PLAN,
    },
    'chore: initial unit',
  );
  env = {
    ...process.env,
    PATH: `${STANDINS}:${process.env.PATH}`,
    EXECGUARD_HOME: join(dir, 'state'),
    GIT_AUTHOR_NAME: 'execguard test',
    GIT_AUTHOR_EMAIL: 'test@execguard.invalid',
    GIT_COMMITTER_NAME: 'execguard test',
    GIT_COMMITTER_EMAIL: 'test@execguard.invalid',
  };
});

describe('execguard execute with a terragrunt plan (terragrunt stand-in, real terraform, real git)', { timeout: 240_000 }, () => {
  it('stand-in: plans, applies the approved saved plan and the state holds the new resources', async () => {
    writeFileSync(join(repo.root, 'live/queue/main.tf'), MAIN(['api', 'worker']));
    const plan = await execguard(repo.root, env, 'plan', 'plan.yaml');
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain('terraform_data.worker');

    const run = await execguard(repo.root, env, 'execute', 'plan.yaml', '--approval', APPROVAL);
    expect(run.stdout).toContain('## Execution Complete');
    expect(run.code).toBe(0);
    expect(checkStatus(run.stdout).errors).toEqual([]);
    expect(run.stdout).toMatch(/created terraform_data\.api/);
    expect(run.stdout).toContain('2 resource(s) in state: terraform_data.api, terraform_data.worker');
    const state = JSON.parse(readFileSync(join(repo.root, 'live/queue/terraform.tfstate'), 'utf8')) as { resources: { name: string }[] };
    expect(state.resources.map((r) => r.name).sort()).toEqual(['api', 'worker']);
    expect(repo.git('log', '-1', '--format=%s', 'origin/main')).toBe('feat(live): add the worker queue');
  });
});
