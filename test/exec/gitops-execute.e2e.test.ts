// `execguard execute` / `rollback` end to end for a gitops plan: real git with a bare origin, the
// flux stand-in (flux cannot be installed offline) reconciling against the loopback API server.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkStatus } from '../../src/status/parse.js';
import { tempDir } from '../helpers/tmp.js';
import { APPROVAL, execguard, runIdOf } from '../support/cli.js';
import { createRepo, type TestRepo } from '../support/workspace.js';
import { startKubeApiServer, type KubeApiServer } from '../support/kube-api-server.js';
import { STANDINS } from '../support/operation-context.js';

const KS = 'kustomize.toolkit.fluxcd.io/v1';
const dir = tempDir('execguard-gitops-e2e-');
let server: KubeApiServer;
let repo: TestRepo;
let env: NodeJS.ProcessEnv;

const web = (replicas: number) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: default\nspec:\n  replicas: ${replicas}\n`;
const PLAN = [
  'id: scale-web',
  'operation: gitops',
  'workdir: apps',
  'git:',
  '  files: [apps/web.yaml]',
  '  message: "feat(apps): scale web to 3"',
  'gitops: { kustomization: apps, namespace: flux-system, timeout: 30s }',
  '',
].join('\n');

beforeAll(async () => {
  server = await startKubeApiServer();
  repo = createRepo(dir);
  const initial = repo.commitAndPush({ 'apps/web.yaml': web(1), 'plan.yaml': PLAN }, 'chore: initial apps');
  const revision = `main@sha1:${initial}`;
  server.seed({
    apiVersion: KS,
    kind: 'Kustomization',
    metadata: { name: 'apps', namespace: 'flux-system' },
    spec: { interval: '10m', path: './apps', prune: true, sourceRef: { kind: 'GitRepository', name: 'flux-system' } },
    status: {
      observedGeneration: 1,
      lastAppliedRevision: revision,
      lastAttemptedRevision: revision,
      conditions: [{ type: 'Ready', status: 'True', reason: 'ReconciliationSucceeded' }],
    },
  });
  env = {
    ...process.env,
    PATH: `${STANDINS}:${process.env.PATH}`,
    EXECGUARD_HOME: join(dir, 'state'),
    KUBECONFIG: server.writeKubeconfig(dir),
    KUBECACHEDIR: join(dir, 'kube-cache'),
    FLUX_STANDIN_GIT_DIR: repo.origin,
    GIT_AUTHOR_NAME: 'execguard test',
    GIT_AUTHOR_EMAIL: 'test@execguard.invalid',
    GIT_COMMITTER_NAME: 'execguard test',
    GIT_COMMITTER_EMAIL: 'test@execguard.invalid',
  };
});
afterAll(() => server.close());

const applied = () => server.get(KS, 'Kustomization', 'flux-system', 'apps')!.status.lastAppliedRevision as string;

describe('execguard execute with a gitops plan (flux stand-in, loopback API server, real git)', { timeout: 180_000 }, () => {
  it('stand-in: execute pushes, reconciles, waits for the pushed revision; rollback waits for the revert', async () => {
    writeFileSync(join(repo.root, 'apps/web.yaml'), web(3));
    const run = await execguard(repo.root, env, 'execute', 'plan.yaml', '--approval', APPROVAL);
    expect(run.stdout).toContain('## Execution Complete');
    expect(run.code).toBe(0);
    expect(checkStatus(run.stdout).errors).toEqual([]);
    const pushed = repo.git('rev-parse', 'origin/main');
    expect(repo.git('log', '-1', '--format=%s', pushed)).toBe('feat(apps): scale web to 3');
    expect(applied()).toBe(`main@sha1:${pushed}`);
    expect(run.stdout).toContain(`kustomization apps applied main@sha1:${pushed} and is Ready`);

    const back = await execguard(repo.root, env, 'rollback', runIdOf(run.stdout), '--approval', 'User approved. Roll it back.');
    expect(back.code).toBe(0);
    const reverted = repo.git('rev-parse', 'origin/main');
    expect(reverted).not.toBe(pushed);
    expect(applied()).toBe(`main@sha1:${reverted}`);
    expect(back.stdout).toContain(`after the revert: kustomization apps applied main@sha1:${reverted} and is Ready`);
  });
});
