// The kubectl executor driving the real kubectl 1.32 binary against a loopback API server.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubectlOperation } from '../../src/exec/operations/kubectl.js';
import { StepError, type Plan } from '../../src/exec/types.js';
import { tempDir } from '../helpers/tmp.js';
import { startKubeApiServer, type KubeApiServer } from '../support/kube-api-server.js';
import { commands, testContext } from '../support/operation-context.js';

let server: KubeApiServer;
let env: NodeJS.ProcessEnv;
const root = tempDir('execguard-kubectl-');

beforeAll(async () => {
  server = await startKubeApiServer();
  env = { KUBECONFIG: server.writeKubeconfig(root), KUBECACHEDIR: join(root, 'kube-cache') };
});
afterAll(() => server.close());

function deployment(name: string, image: string, annotations: Record<string, string> = {}, greeting = 'hello') {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    ...(Object.keys(annotations).length ? ['  annotations:', ...Object.entries(annotations).map(([k, v]) => `    ${k}: "${v}"`)] : []),
    'spec:',
    '  replicas: 2',
    `  selector: { matchLabels: { app: ${name} } }`,
    '  template:',
    `    metadata: { labels: { app: ${name} } }`,
    '    spec:',
    '      containers:',
    `      - { name: web, image: "${image}", ports: [{ containerPort: 80 }] }`,
    '---',
    'apiVersion: v1',
    'kind: ConfigMap',
    `metadata: { name: ${name}-config }`,
    `data: { greeting: ${greeting} }`,
    '',
  ].join('\n');
}

/** A repository folder with one manifest file, and a plan that applies it to `namespace`. */
function setup(namespace: string, manifest: string, timeout = '20s'): { plan: Plan; repo: string; write: (text: string) => void } {
  const repo = join(root, namespace);
  mkdirSync(join(repo, 'k8s'), { recursive: true });
  const write = (text: string) => writeFileSync(join(repo, 'k8s', 'web.yaml'), text);
  write(manifest);
  const plan: Plan = {
    id: namespace,
    operation: 'kubectl',
    workdir: '.',
    kubectl: { manifests: ['k8s/web.yaml'], namespace, rollouts: ['deployment/web'], timeout },
    verify: [],
  };
  return { plan, repo, write };
}

let runs = 0;
const ctxFor = (plan: Plan, repo: string, extra: { targetRunDir?: string } = {}) =>
  testContext({ plan, repoRoot: repo, runDir: join(root, 'runs', String(++runs)), env, ...extra });

describe('kubectl executor (real kubectl, loopback API server)', { timeout: 120_000 }, () => {
  it('pre-flight probes the server and permissions; the server dry run lists what would be created and changes nothing', async () => {
    const { plan, repo } = setup('dry', deployment('web', 'nginx:1.25'));
    const ctx = ctxFor(plan, repo);
    await kubectlOperation.preflight(ctx);
    expect(commands(ctx)).toContain('kubectl auth can-i create deployment --namespace dry --request-timeout=15s');
    const summary = await kubectlOperation.dryRun(ctx);
    expect(summary.create).toEqual(['deployment.apps/web', 'configmap/web-config']);
    expect(summary.update).toEqual([]);
    expect(server.get('apps/v1', 'Deployment', 'dry', 'web')).toBeUndefined();
    expect(server.requests.some((r) => r.dryRun && r.method === 'POST')).toBe(true);
    const again = await kubectlOperation.dryRun(ctxFor(plan, repo));
    expect(again.digestInput).toBe(summary.digestInput);
  });

  it('pre-flight stops with a Permission error when the user may not create the objects', async () => {
    const { plan, repo } = setup('denied', deployment('web', 'nginx:1.25'));
    server.deny('create', 'deployments', 'denied');
    const error = await kubectlOperation.preflight(ctxFor(plan, repo)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StepError);
    expect((error as StepError).errorClass).toBe('Permission');
    expect((error as StepError).message).toMatch(/can-i create deployment in namespace denied: no/);
  });

  it("applies, waits for the rollout and verifies health from the objects' status", async () => {
    const { plan, repo, write } = setup('apply', deployment('web', 'nginx:1.25'));
    const ctx = ctxFor(plan, repo);
    const approved = await kubectlOperation.dryRun(ctx);
    const applied = await kubectlOperation.apply(ctx, approved);
    expect(applied).toEqual(['deployment.apps/web created', 'configmap/web-config created', 'deployment/web rolled out']);
    expect(commands(ctx)).toContain('kubectl rollout status deployment/web --namespace apply --timeout=20s');
    const live = server.get('apps/v1', 'Deployment', 'apply', 'web')!;
    expect(live.spec.template.spec.containers[0].image).toBe('nginx:1.25');
    const health = await kubectlOperation.verify(ctx);
    expect(health).toContain('deployment/web: 2/2 updated, 2/2 available (generation 1 observed)');

    write(deployment('web', 'nginx:1.26'));
    const next = await kubectlOperation.dryRun(ctxFor(plan, repo));
    expect(next.update).toEqual(['deployment.apps/web']);
    expect(next.notes).toContain('configmap/web-config unchanged');
    expect(next.digestInput).not.toBe(approved.digestInput);
  });

  it('waits for a rollout that becomes ready after a delay', async () => {
    const { plan, repo } = setup('slow', deployment('web', 'nginx:1.25', { 'test.execguard.dev/rollout': 'delay:1500' }));
    const ctx = ctxFor(plan, repo);
    await kubectlOperation.apply(ctx, await kubectlOperation.dryRun(ctx));
    const rollout = ctx.steps.find((s) => s.step === 'kubectl rollout status deployment/web')!;
    expect(rollout.result.stdout).toMatch(/Waiting for deployment "web" rollout to finish/);
    expect(rollout.result.stdout).toMatch(/successfully rolled out/);
    expect(await kubectlOperation.verify(ctx)).toContain('deployment/web: 2/2 updated, 2/2 available (generation 1 observed)');
  });

  it('a rollout that never becomes ready fails with a StepError after the timeout, and verify reports it unhealthy', async () => {
    const { plan, repo } = setup('stuck', deployment('web', 'nginx:1.25', { 'test.execguard.dev/rollout': 'never' }), '2s');
    const ctx = ctxFor(plan, repo);
    const error = await kubectlOperation.apply(ctx, await kubectlOperation.dryRun(ctx)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StepError);
    expect((error as StepError).message).toMatch(/rollout of deployment\/web did not become ready within 2s/);
    expect((error as StepError).result?.stderr).toMatch(/timed out waiting for the condition/);
    const unhealthy = await kubectlOperation.verify(ctx).catch((e: unknown) => e);
    expect(unhealthy).toBeInstanceOf(StepError);
    expect((unhealthy as StepError).message).toMatch(/deployment\/web: 2\/2 updated, 0\/2 available/);
  });

  it('rolls back with rollout undo to the revision recorded before the run (never deletes)', async () => {
    const { plan, repo, write } = setup('undo', deployment('web', 'nginx:1.25'));
    const first = ctxFor(plan, repo);
    await kubectlOperation.apply(first, await kubectlOperation.dryRun(first));
    write(deployment('web', 'nginx:1.26'));
    const second = ctxFor(plan, repo);
    await kubectlOperation.apply(second, await kubectlOperation.dryRun(second));
    expect(server.get('apps/v1', 'Deployment', 'undo', 'web')!.spec.template.spec.containers[0].image).toBe('nginx:1.26');

    const back = ctxFor(plan, repo, { targetRunDir: second.runDir });
    const result = await kubectlOperation.rollback(back);
    expect(result).toEqual({ done: ['deployment/web rolled back to revision 1 and ready'], pending: [] });
    expect(commands(back)).toContain('kubectl rollout undo deployment/web --namespace undo --to-revision=1');
    expect(commands(back).some((c) => / delete /.test(c))).toBe(false);
    expect(server.get('apps/v1', 'Deployment', 'undo', 'web')!.spec.template.spec.containers[0].image).toBe('nginx:1.25');

    // The first run created both objects: rolling it back would mean deleting, which is left to a person.
    const created = await kubectlOperation.rollback(ctxFor(plan, repo, { targetRunDir: first.runDir }));
    expect(created.done).toEqual([]);
    expect(created.pending).toEqual([
      'deployment/web did not exist before the run; execguard never deletes: remove it by hand if it is unwanted (kubectl delete deployment/web --namespace undo)',
      'configmap/web-config did not exist before the run; execguard never deletes: remove them by hand if they are unwanted',
    ]);
  });

  it('rollback re-applies the reverted manifests for objects other than the rollouts', async () => {
    const { plan, repo, write } = setup('config', deployment('web', 'nginx:1.25'));
    await kubectlOperation.apply(ctxFor(plan, repo), { create: [], update: [], destroy: [], notes: [], digestInput: '', artifacts: [] });
    write(deployment('web', 'nginx:1.25', {}, 'goodbye'));
    const run = ctxFor(plan, repo);
    expect(await kubectlOperation.apply(run, await kubectlOperation.dryRun(run))).toContain('configmap/web-config configured');
    expect(server.get('v1', 'ConfigMap', 'config', 'web-config')!.data.greeting).toBe('goodbye');

    write(deployment('web', 'nginx:1.25')); // what the runner's git revert restores
    const back = await kubectlOperation.rollback(ctxFor(plan, repo, { targetRunDir: run.runDir }));
    expect(back.pending).toEqual([]);
    expect(back.done[0]).toBe('deployment/web: unchanged by the run (revision 1, generation 1), nothing to undo');
    expect(back.done[1]).toMatch(/^re-applied the reverted manifests: .*configmap\/web-config configured/);
    expect(server.get('v1', 'ConfigMap', 'config', 'web-config')!.data.greeting).toBe('hello');
  });

  it('rollback of a change that kept the pod template (replicas) re-applies the manifests instead of undoing to an older template', async () => {
    const { plan, repo, write } = setup('scale', deployment('web', 'nginx:1.25'));
    await kubectlOperation.apply(ctxFor(plan, repo), { create: [], update: [], destroy: [], notes: [], digestInput: '', artifacts: [] });
    write(deployment('web', 'nginx:1.26'));
    await kubectlOperation.apply(ctxFor(plan, repo), { create: [], update: [], destroy: [], notes: [], digestInput: '', artifacts: [] });
    write(deployment('web', 'nginx:1.26').replace('replicas: 2', 'replicas: 4'));
    const run = ctxFor(plan, repo);
    await kubectlOperation.apply(run, await kubectlOperation.dryRun(run));
    expect(server.get('apps/v1', 'Deployment', 'scale', 'web')!.spec.replicas).toBe(4);

    write(deployment('web', 'nginx:1.26'));
    const ctx = ctxFor(plan, repo, { targetRunDir: run.runDir });
    const back = await kubectlOperation.rollback(ctx);
    expect(back.pending).toEqual([]);
    expect(commands(ctx).some((c) => c.includes('rollout undo'))).toBe(false);
    const live = server.get('apps/v1', 'Deployment', 'scale', 'web')!;
    expect(live.spec.replicas).toBe(2);
    expect(live.spec.template.spec.containers[0].image).toBe('nginx:1.26');
  });

  it('names the manifest file and line of invalid YAML in a Validation error', async () => {
    const { plan, repo } = setup('badyaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata: { a: [1, 2 }\n');
    const error = await kubectlOperation.dryRun(ctxFor(plan, repo)).catch((e: unknown) => e);
    expect((error as StepError).errorClass).toBe('Validation');
    expect((error as StepError).message).toMatch(/^kubectl\.manifests: k8s\/web\.yaml: invalid YAML: .*line 5/);
  });

  it('names a missing manifest file in a Validation error', async () => {
    const { plan, repo } = setup('missing', deployment('web', 'nginx:1.25'));
    const error = await kubectlOperation
      .dryRun(ctxFor({ ...plan, kubectl: { ...plan.kubectl!, manifests: ['k8s/nope.yaml'] } }, repo))
      .catch((e: unknown) => e);
    expect((error as StepError).errorClass).toBe('Validation');
    expect((error as StepError).message).toMatch(/kubectl\.manifests: k8s\/nope\.yaml does not exist/);
  });
});
