import { describe, expect, it } from 'vitest';
import { parsePlan, PlanError } from '../../src/exec/plan/plan-schema.js';

const parse = (text: string) => parsePlan(text, { file: 'plan.yaml', repoRoot: '/repo', defaultId: 'plan' });
const errorOf = (text: string) => {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof PlanError) return error.message;
    throw error;
  }
  throw new Error('expected a PlanError');
};

const VALID = `operation: terraform
workdir: infra/vpc
git:
  files: [infra/vpc/main.tf]
  message: "feat(infra): add production VPC"
terraform:
  vars: { name: prod, size: 3, public: false }
verify:
  - run: terraform output -json vpc_id
    expect: { exitCode: 0, stdoutMatches: "vpc-" }
`;

/** terraform.init when the plan leaves it out: no backend settings, no -upgrade, no -reconfigure. */
const NO_INIT = { backendConfig: [], upgrade: false, reconfigure: false };
describe('plan schema', () => {
  it('parses a valid plan, with defaults and the id from the file name', () => {
    expect(parse(VALID)).toEqual({
      id: 'plan',
      operation: 'terraform',
      workdir: 'infra/vpc',
      git: { files: ['infra/vpc/main.tf'], message: 'feat(infra): add production VPC', remote: 'origin', branch: 'main' },
      terraform: { vars: { name: 'prod', size: 3, public: false }, varFiles: [], workspace: 'default', init: NO_INIT },
      verify: [{ run: 'terraform output -json vpc_id', expect: { exitCode: 0, stdoutMatches: 'vpc-' } }],
    });
  });

  it('names the line and key of an unknown key', () => {
    const text = VALID.replace('  vars: { name: prod, size: 3, public: false }', '  varz: { name: prod }');
    expect(errorOf(text)).toBe('plan.yaml:7: terraform.varz: unknown key');
    expect(errorOf(`${VALID}colour: blue\n`)).toBe('plan.yaml:11: colour: unknown key');
    expect(errorOf(VALID.replace('  message:', '  mesage:'))).toBe('plan.yaml:5: git.mesage: unknown key');
    // Every misspelling at once, each with its line: one round of fixes.
    expect(errorOf(`${VALID.replace('  message:', '  mesage:')}colour: blue\n`)).toBe(
      'plan.yaml:5: git.mesage: unknown key\nplan.yaml:11: colour: unknown key',
    );
  });

  it('a section whose fields all have defaults may be omitted or left empty; one that cannot be defaulted is named', () => {
    const omitted = parse(VALID.replace(/terraform:\n {2}vars:.*\n/, ''));
    expect(omitted.terraform).toEqual({ vars: {}, varFiles: [], workspace: 'default', init: NO_INIT });
    expect(parse(VALID.replace(/terraform:\n {2}vars:.*\n/, 'terraform:\n')).terraform).toEqual({
      vars: {},
      varFiles: [],
      workspace: 'default',
      init: NO_INIT,
    });
    expect(parse(VALID.replace(/terraform:\n {2}vars:.*\n/, 'terraform: {}\n')).terraform).toEqual({
      vars: {},
      varFiles: [],
      workspace: 'default',
      init: NO_INIT,
    });
    const gitops = 'operation: gitops\ngit: { files: [a.yaml], message: "feat: a" }\n';
    expect(errorOf(gitops)).toBe(
      "plan.yaml:1: operation: missing section 'gitops:' for operation 'gitops' (its kustomization cannot be defaulted)",
    );
  });

  it('a missing git section is an error naming the key and the line', () => {
    const text = VALID.replace(/git:\n {2}files:.*\n {2}message:.*\n/, '');
    expect(errorOf(text)).toBe(
      'plan.yaml:1: operation: missing section \'git:\' (git: { files: [...], message: "..." }): it has no defaults',
    );
  });

  it('rejects a section for another operation', () => {
    expect(errorOf(`${VALID}kubectl: { manifests: [a.yaml], namespace: dev }\n`)).toMatch(
      /^plan\.yaml:11: kubectl: section for operation 'kubectl', but this plan's operation is 'terraform'$/,
    );
  });

  it('rejects paths outside the repository, naming key and line', () => {
    expect(errorOf(VALID.replace('workdir: infra/vpc', 'workdir: ../elsewhere'))).toBe(
      "plan.yaml:2: workdir: path '../elsewhere' is outside the repository /repo",
    );
    expect(errorOf(VALID.replace('files: [infra/vpc/main.tf]', 'files: [infra/vpc/main.tf, /etc/passwd]'))).toBe(
      "plan.yaml:4: git.files[1]: path '/etc/passwd' is outside the repository /repo",
    );
    expect(errorOf(VALID.replace('  vars:', '  varFiles: [../../../secrets.tfvars]\n  vars:'))).toMatch(
      /^plan\.yaml:7: terraform\.varFiles\[0\]: path 'infra\/vpc\/\.\.\/\.\.\/\.\.\/secrets\.tfvars' is outside/,
    );
  });

  it('reports wrong types, bad values and missing keys with their line', () => {
    expect(errorOf(VALID.replace('operation: terraform', 'operation: ansible'))).toMatch(
      /^plan\.yaml:1: operation: expected one of "terraform", "terragrunt"/,
    );
    expect(errorOf(VALID.replace('exitCode: 0', 'exitCode: zero'))).toBe('plan.yaml:10: verify[0].expect.exitCode: expected number');
    expect(errorOf(VALID.replace('  message: "feat(infra): add production VPC"\n', ''))).toBe(
      'plan.yaml:3: git.message: missing (expected string)',
    );
    expect(errorOf('operation: kubectl\nkubectl:\n  namespace: dev\n')).toBe('plan.yaml:2: kubectl.manifests: missing (expected array)');
  });

  it('reports YAML syntax errors and non-mapping documents with a line', () => {
    expect(errorOf('operation: terraform\nworkdir: [unclosed\n')).toMatch(/^plan\.yaml:\d+: /);
    expect(errorOf('- just\n- a list\n')).toMatch(/^plan\.yaml:1: a plan is a YAML mapping/);
    expect(errorOf('operation: terraform\noperation: kubectl\n')).toMatch(/^plan\.yaml:2: /);
  });

  it('validates each operation section for its own type', () => {
    const k = parse(
      'operation: kubectl\ngit: { files: [k8s/web.yaml], message: "feat: web" }\nkubectl: { manifests: [k8s/web.yaml], namespace: dev, rollouts: [deployment/web] }\n',
    );
    expect(k.kubectl).toEqual({ manifests: ['k8s/web.yaml'], namespace: 'dev', rollouts: ['deployment/web'], timeout: '120s' });
    expect(errorOf('operation: gitops\ngitops: { kustomization: apps, timeout: soon }\n')).toMatch(
      /^plan\.yaml:2: gitops\.timeout: expected a duration/,
    );
    expect(errorOf('operation: app\napp: { pr: -1 }\n')).toBe('plan.yaml:2: app.pr: expected a number > 0');
  });
});
