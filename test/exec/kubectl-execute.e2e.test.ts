// `execguard plan` / `execute` / `rollback` end to end for a kubectl plan: real git with a bare
// origin, the real kubectl binary, the loopback API server.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkStatus } from '../../src/status/parse.js';
import { tempDir } from '../helpers/tmp.js';
import { APPROVAL, execguard, runIdOf } from '../support/cli.js';
import { createRepo, type TestRepo } from '../support/workspace.js';
import { startKubeApiServer, type KubeApiServer } from '../support/kube-api-server.js';

const dir = tempDir('execguard-kubectl-e2e-');
let server: KubeApiServer;
let repo: TestRepo;
let env: NodeJS.ProcessEnv;

const manifest = (image: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  selector: { matchLabels: { app: web } }\n  template:\n    metadata: { labels: { app: web } }\n    spec:\n      containers:\n      - { name: web, image: "${image}" }\n`;

const PLAN = [
  'id: web-image',
  'operation: kubectl',
  'workdir: .',
  'git:',
  '  files: [k8s/web.yaml]',
  '  message: "feat(k8s): run nginx 1.26"',
  'kubectl:',
  '  manifests: [k8s/web.yaml]',
  '  namespace: shop',
  '  context: test',
  '  rollouts: [deployment/web]',
  '  timeout: 30s',
  'verify:',
  '  - run: kubectl get deployment web --namespace shop -o jsonpath={.spec.template.spec.containers[0].image}',
  '    expect: { exitCode: 0, stdoutMatches: "^nginx:1.26$" }',
  '',
].join('\n');

beforeAll(async () => {
  server = await startKubeApiServer();
  repo = createRepo(dir);
  repo.commitAndPush({ 'k8s/web.yaml': manifest('nginx:1.25'), 'plan.yaml': PLAN }, 'chore: initial manifests');
  // What runs in the cluster before the change: revision 1 at nginx:1.25.
  server.seed({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'shop' },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'web' } },
      template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.25' }] } },
    },
  });
  env = {
    ...process.env,
    EXECGUARD_HOME: join(dir, 'state'),
    KUBECONFIG: server.writeKubeconfig(dir),
    KUBECACHEDIR: join(dir, 'kube-cache'),
    GIT_AUTHOR_NAME: 'execguard test',
    GIT_AUTHOR_EMAIL: 'test@execguard.invalid',
    GIT_COMMITTER_NAME: 'execguard test',
    GIT_COMMITTER_EMAIL: 'test@execguard.invalid',
  };
});
afterAll(() => server.close());

const image = () => server.get('apps/v1', 'Deployment', 'shop', 'web')!.spec.template.spec.containers[0].image;

describe('execguard execute with a kubectl plan (real kubectl, loopback API server, real git)', { timeout: 180_000 }, () => {
  it('plans, executes (commit, push, apply, rollout, health, verify) and rolls back with rollout undo', async () => {
    writeFileSync(join(repo.root, 'k8s/web.yaml'), manifest('nginx:1.26'));

    const plan = await execguard(repo.root, env, 'plan', 'plan.yaml');
    expect(plan.stderr + plan.stdout).toContain('deployment.apps/web');
    expect(plan.code).toBe(0);
    expect(image()).toBe('nginx:1.25'); // the server dry run changed nothing

    const run = await execguard(repo.root, env, 'execute', 'plan.yaml', '--approval', APPROVAL);
    expect(run.stdout).toContain('## Execution Complete');
    expect(run.code).toBe(0);
    expect(checkStatus(run.stdout).errors).toEqual([]);
    expect(run.stdout).toContain('deployment/web: 2/2 updated, 2/2 available');
    expect(image()).toBe('nginx:1.26');
    expect(repo.git('log', '-1', '--format=%s', 'origin/main')).toBe('feat(k8s): run nginx 1.26');

    const back = await execguard(repo.root, env, 'rollback', runIdOf(run.stdout), '--approval', 'User approved. Roll it back.');
    expect(back.stdout).toContain('rolled back');
    expect(back.code).toBe(0);
    expect(image()).toBe('nginx:1.25');
    expect(repo.git('log', '-1', '--format=%s', 'origin/main')).toMatch(/^Revert|revert/);
  });
});
