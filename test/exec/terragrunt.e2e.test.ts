// The terragrunt executor with the terragrunt stand-in (terragrunt cannot be installed offline)
// forwarding to the real terraform 1.11 on terraform_data with a local backend.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { terragruntOperation } from '../../src/exec/operations/terragrunt.js';
import { StepError, type Plan } from '../../src/exec/types.js';
import { tempDir } from '../helpers/tmp.js';
import { commands, STANDINS, testContext } from '../support/operation-context.js';

const root = tempDir('execguard-terragrunt-');
const env = { PATH: `${STANDINS}:${process.env.PATH}` };

const MAIN = (resources: string[]) =>
  `${['variable "name" {\n  type = string\n}', ...resources.map((r) => `resource "terraform_data" "${r}" {\n  input = var.name\n}`)].join(
    '\n\n',
  )}\n`;

function unit(name: string, resources: string[]): { plan: Plan; write: (r: string[]) => void; dir: string } {
  const dir = join(root, name, 'live', 'app');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'terragrunt.hcl'), '# terragrunt unit: terraform code lives next to this file\n');
  const write = (r: string[]) => writeFileSync(join(dir, 'main.tf'), MAIN(r));
  write(resources);
  return {
    plan: {
      id: name,
      operation: 'terragrunt',
      workdir: 'live/app',
      terragrunt: {
        vars: { name: 'blue' },
        varFiles: [],
        workspace: 'default',
        init: { backendConfig: [], upgrade: false, reconfigure: false },
      },
      verify: [],
    },
    write,
    dir,
  };
}

let runs = 0;
const ctxFor = (name: string, plan: Plan) =>
  testContext({ plan, repoRoot: join(root, name), runDir: join(root, 'runs', String(++runs)), env });
const stateOf = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'terraform.tfstate'), 'utf8')) as {
    resources: { type: string; name: string; instances: { attributes: { input: { value: unknown } } }[] }[];
  };

// Many terraform runs per test: allow for a busy machine.
describe('terragrunt executor (terragrunt stand-in forwarding to real terraform)', { timeout: 180_000 }, () => {
  it('stand-in: plans to a saved file, applies exactly that file, and the state holds the resource', async () => {
    const { plan, dir } = unit('happy', ['web']);
    const ctx = ctxFor('happy', plan);
    await terragruntOperation.preflight(ctx);
    const summary = await terragruntOperation.dryRun(ctx);
    expect(summary.create).toEqual(['terraform_data.web']);
    expect(summary.artifacts).toEqual(['tfplan']);
    expect(commands(ctx)).toContain(
      `terragrunt plan -input=false -no-color -detailed-exitcode -out=${join(ctx.runDir, 'tfplan')} -var=name=blue`,
    );
    expect(await terragruntOperation.apply(ctx, summary)).toEqual(['created terraform_data.web']);
    expect(commands(ctx)).toContain(`terragrunt apply -input=false -no-color ${join(ctx.runDir, 'tfplan')}`);
    const state = stateOf(dir);
    expect(state.resources.map((r) => `${r.type}.${r.name}`)).toEqual(['terraform_data.web']);
    expect(state.resources[0].instances[0].attributes.input.value).toBe('blue');
    expect(await terragruntOperation.verify(ctx)).toEqual([
      'state matches the configuration (plan -detailed-exitcode = 0)',
      '1 resource(s) in state: terraform_data.web',
    ]);
  });

  it('stand-in: a saved plan that went stale is refused as a state conflict', async () => {
    const { plan } = unit('stale', ['web']);
    const first = ctxFor('stale', plan);
    await terragruntOperation.preflight(first);
    const old = await terragruntOperation.dryRun(first);
    const second = ctxFor('stale', plan);
    await terragruntOperation.apply(second, await terragruntOperation.dryRun(second));
    const error = await terragruntOperation.apply(first, old).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StepError);
    expect((error as StepError).errorClass).toBe('StateConflict');
    expect((error as StepError).message).toMatch(/Saved plan is stale/);
  });

  it('stand-in: pre-flight refuses a workdir without terragrunt.hcl', async () => {
    const dir = join(root, 'bare', 'infra');
    mkdirSync(dir, { recursive: true });
    const plan: Plan = {
      id: 'bare',
      operation: 'terragrunt',
      workdir: 'infra',
      terragrunt: { vars: {}, varFiles: [], workspace: 'default', init: { backendConfig: [], upgrade: false, reconfigure: false } },
      verify: [],
    };
    const error = await terragruntOperation.preflight(ctxFor('bare', plan)).catch((e: unknown) => e);
    expect((error as StepError).errorClass).toBe('Validation');
    expect((error as StepError).message).toBe('workdir infra has no terragrunt.hcl (operation: terragrunt)');
  });

  it('stand-in: rollback applies a non-destructive previous configuration, and reports a destructive one as pending without destroying', async () => {
    const { plan, write, dir } = unit('back', ['web']);
    const ctx = ctxFor('back', plan);
    await terragruntOperation.preflight(ctx);
    await terragruntOperation.apply(ctx, await terragruntOperation.dryRun(ctx));

    // The run added `worker`; the reverted configuration no longer has it.
    write(['web', 'worker']);
    const added = ctxFor('back', plan);
    await terragruntOperation.apply(added, await terragruntOperation.dryRun(added));
    write(['web']);
    const destructive = await terragruntOperation.rollback(ctxFor('back', plan));
    expect(destructive.pending).toHaveLength(1);
    expect(destructive.pending[0]).toMatch(
      /re-applying the previous configuration would destroy terraform_data\.worker\. execguard never destroys/,
    );
    expect(
      stateOf(dir)
        .resources.map((r) => r.name)
        .sort(),
    ).toEqual(['web', 'worker']);

    // A run that only changed a value: rolling back re-applies the previous value.
    write(['web', 'worker']);
    const changed = ctxFor('back', { ...plan, terragrunt: { ...plan.terragrunt!, vars: { name: 'green' } } });
    await terragruntOperation.apply(changed, await terragruntOperation.dryRun(changed));
    expect(stateOf(dir).resources[0].instances[0].attributes.input.value).toBe('green');
    const undo = await terragruntOperation.rollback(ctxFor('back', plan));
    expect(undo).toEqual({
      done: ['applied the previous configuration: update terraform_data.web, update terraform_data.worker'],
      pending: [],
    });
    expect(stateOf(dir).resources.map((r) => r.instances[0].attributes.input.value)).toEqual(['blue', 'blue']);
  });
});
