// An executor kind is one module (src/exec/kinds/): its section, example, commands and the names it
// points at come from there, and no other file special-cases a kind by reading its section.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAN_TEMPLATES } from '../../src/cli/init/plan-templates.js';
import { KINDS, OPERATION_TYPES } from '../../src/exec/kinds/index.js';
import { parsePlan } from '../../src/exec/plan/plan-schema.js';
import { rollbackPathOf } from '../../src/exec/plan/plan-run.js';

const SRC = join(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('executor kinds', () => {
  it('every kind has an example plan that parses, and the schema accepts exactly the kinds', () => {
    expect(Object.keys(PLAN_TEMPLATES).sort()).toEqual([...OPERATION_TYPES].sort());
    for (const operation of OPERATION_TYPES) {
      const plan = parsePlan(PLAN_TEMPLATES[operation].replace('EDIT ME: ', ''), {
        file: `${operation}.yaml`,
        repoRoot: '/repo',
        defaultId: operation,
      });
      expect(plan.operation).toBe(operation);
      expect(plan[operation]).toBeDefined();
    }
    expect(() =>
      parsePlan('operation: pulumi\ngit: { files: [a], message: "feat: a" }\n', { file: 'p.yaml', repoRoot: '/repo', defaultId: 'p' }),
    ).toThrow(/operation: expected one of "terraform", "terragrunt", "gitops", "kubectl", "app"/);
  });

  it("a kind's paths are checked against the repository with their key", () => {
    expect(() =>
      parsePlan('operation: terraform\nworkdir: infra\ngit: { files: [a], message: "feat: a" }\nterraform: { varFiles: [/etc/passwd] }\n', {
        file: 'p.yaml',
        repoRoot: '/repo',
        defaultId: 'p',
      }),
    ).toThrow("p.yaml:4: terraform.varFiles[0]: path '/etc/passwd' is outside the repository /repo");
    expect(() =>
      parsePlan('operation: kubectl\ngit: { files: [a], message: "feat: a" }\nkubectl: { manifests: [../x.yaml], namespace: dev }\n', {
        file: 'p.yaml',
        repoRoot: '/repo',
        defaultId: 'p',
      }),
    ).toThrow("kubectl.manifests[0]: path '../x.yaml' is outside the repository /repo");
  });

  it('the rollback path comes from the kind', () => {
    const plan = parsePlan(PLAN_TEMPLATES.kubectl.replace('EDIT ME: ', ''), { file: 'k.yaml', repoRoot: '/repo', defaultId: 'k' });
    const summary = { create: [], update: [], destroy: [], notes: [], digestInput: '', artifacts: [] };
    expect(rollbackPathOf(plan, summary)).toEqual([
      "git revert of the plan's commit, pushed to origin/main (never a force push)",
      KINDS.kubectl.rollbackPath(summary),
    ]);
  });

  it('no file outside src/exec/kinds and src/exec/operations reads a kind-specific section', () => {
    const offenders = sourceFiles(SRC)
      .map((f) => relative(SRC, f))
      .filter((f) => !f.startsWith('exec/kinds/') && !f.startsWith('exec/operations/'))
      .filter((f) => /\bplan\??\.(terraform|terragrunt|gitops|kubectl|app)\b/.test(readFileSync(join(SRC, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
