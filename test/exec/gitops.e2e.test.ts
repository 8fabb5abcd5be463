// The gitops executor with the flux stand-in (flux cannot be installed offline) playing Flux's
// controllers against the loopback kube API server, and real git with a bare origin.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitopsOperation } from '../../src/exec/operations/gitops.js';
import { StepError, type Plan } from '../../src/exec/types.js';
import { tempDir } from '../helpers/tmp.js';
import { createRepo, type TestRepo } from '../support/workspace.js';
import { startKubeApiServer, type KubeApiServer } from '../support/kube-api-server.js';
import { commands, STANDINS, testContext } from '../support/operation-context.js';

const KS = 'kustomize.toolkit.fluxcd.io/v1';
const HR = 'helm.toolkit.fluxcd.io/v2';
const dir = tempDir('execguard-gitops-');
let server: KubeApiServer;
let repo: TestRepo;
let baseEnv: NodeJS.ProcessEnv;
let initial: string;

const WEB = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: default\nspec:\n  replicas: 1\n';

beforeAll(async () => {
  server = await startKubeApiServer();
  repo = createRepo(dir);
  initial = repo.commitAndPush({ 'apps/web.yaml': WEB }, 'feat(apps): add web');
  baseEnv = {
    PATH: `${STANDINS}:${process.env.PATH}`,
    KUBECONFIG: server.writeKubeconfig(dir),
    KUBECACHEDIR: join(dir, 'kube-cache'),
    FLUX_STANDIN_GIT_DIR: repo.origin,
  };
});
afterAll(() => server.close());

/** A Kustomization (and HelmRelease) that Flux last applied at `revision`. */
function seedFlux(name: string, revision: string) {
  server.seed({
    apiVersion: KS,
    kind: 'Kustomization',
    metadata: { name, namespace: 'flux-system' },
    spec: { interval: '10m', path: './apps', prune: true, sourceRef: { kind: 'GitRepository', name: 'flux-system' } },
    status: {
      observedGeneration: 1,
      lastAppliedRevision: revision,
      lastAttemptedRevision: revision,
      conditions: [{ type: 'Ready', status: 'True', reason: 'ReconciliationSucceeded', message: `Applied revision: ${revision}` }],
    },
  });
  server.seed({
    apiVersion: HR,
    kind: 'HelmRelease',
    metadata: { name: `${name}-chart`, namespace: 'flux-system' },
    spec: { chart: { spec: { chart: 'podinfo' } } },
  });
}

const plan = (name: string, timeout = '20s'): Plan => ({
  id: name,
  operation: 'gitops',
  workdir: 'apps',
  git: { files: ['apps/web.yaml'], message: 'feat(apps): change web', remote: 'origin', branch: 'main' },
  gitops: { kustomization: name, helmRelease: `${name}-chart`, namespace: 'flux-system', timeout },
  verify: [],
});

let runs = 0;
const ctxFor = (p: Plan, extra: { env?: NodeJS.ProcessEnv; pushedCommit?: string } = {}) =>
  testContext({
    plan: p,
    repoRoot: repo.root,
    runDir: join(dir, 'runs', String(++runs)),
    env: { ...baseEnv, ...extra.env },
    pushedCommit: extra.pushedCommit,
  });

describe('gitops executor (flux stand-in, loopback API server, real git)', { timeout: 120_000 }, () => {
  it('stand-in: pre-flight checks flux and the Kustomization; the dry run summarises flux diff', async () => {
    seedFlux('preview', `main@sha1:${initial}`);
    const ctx = ctxFor(plan('preview'));
    await gitopsOperation.preflight(ctx);
    expect(commands(ctx)[0]).toBe('flux check --pre');
    const summary = await gitopsOperation.dryRun(ctx);
    expect(summary.create).toEqual(['Deployment/default/web']);
    expect(summary.notes.at(-1)).toMatch(/kustomization flux-system\/preview and helmrelease preview-chart/);
    expect(JSON.parse(summary.digestInput).changes).toEqual(['created Deployment/default/web']);
  });

  it('stand-in: pre-flight fails when the Kustomization does not exist', async () => {
    const error = await gitopsOperation.preflight(ctxFor(plan('absent'))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StepError);
    expect((error as StepError).message).toMatch(/kubectl get kustomization absent failed/);
  });

  it('stand-in: apply reconciles and waits until the pushed commit is applied and Ready, then verify confirms it', async () => {
    seedFlux('apps', `main@sha1:${initial}`);
    const pushed = repo.commitAndPush({ 'apps/web.yaml': WEB.replace('replicas: 1', 'replicas: 2') }, 'feat(apps): scale web');
    const ctx = ctxFor(plan('apps'), { pushedCommit: pushed });
    const lines = await gitopsOperation.apply(ctx, await gitopsOperation.dryRun(ctx));
    expect(commands(ctx)).toContain('flux reconcile kustomization apps --namespace flux-system --with-source --timeout 20s');
    expect(lines).toEqual([`kustomization apps applied main@sha1:${pushed} and is Ready`, 'helmrelease apps-chart is Ready']);
    expect(server.get(KS, 'Kustomization', 'flux-system', 'apps')!.status.lastAppliedRevision).toBe(`main@sha1:${pushed}`);
    expect(await gitopsOperation.verify(ctx)).toEqual(lines);
  });

  it('stand-in: apply keeps polling while Flux lags behind, until the controller reports the pushed revision', async () => {
    seedFlux('lagging', `main@sha1:${initial}`);
    const pushed = repo.git('rev-parse', 'HEAD');
    const ctx = ctxFor(plan('lagging'), { env: { FLUX_STANDIN_READY: 'Lag' }, pushedCommit: pushed });
    // The "controller" catches up only after the executor has seen the old revision at least twice.
    const catchUp = setInterval(() => {
      const polls = ctx.steps.filter((s) => s.step.startsWith('kubectl get kustomization lagging (poll')).length;
      if (polls < 2) return;
      clearInterval(catchUp);
      const revision = `main@sha1:${pushed}`;
      server.setStatus(KS, 'Kustomization', 'flux-system', 'lagging', {
        observedGeneration: 1,
        lastAppliedRevision: revision,
        lastAttemptedRevision: revision,
        conditions: [{ type: 'Ready', status: 'True', reason: 'ReconciliationSucceeded' }],
      });
      server.setStatus(HR, 'HelmRelease', 'flux-system', 'lagging-chart', {
        observedGeneration: 1,
        conditions: [{ type: 'Ready', status: 'True', reason: 'UpgradeSucceeded' }],
      });
    }, 50);
    const lines = await gitopsOperation.apply(ctx, await gitopsOperation.dryRun(ctx)).finally(() => clearInterval(catchUp));
    expect(lines[0]).toBe(`kustomization lagging applied main@sha1:${pushed} and is Ready`);
    const first = ctx.steps.find((s) => s.step === 'kubectl get kustomization lagging (poll 1)')!;
    expect(JSON.parse(first.result.stdout).status.lastAppliedRevision).toBe(`main@sha1:${initial}`);
  });

  it('stand-in: a Kustomization that never reaches the pushed revision fails with a StepError after the timeout', async () => {
    seedFlux('stale', `main@sha1:${initial}`);
    const ctx = ctxFor(plan('stale', '2s'), { env: { FLUX_STANDIN_READY: 'Lag' }, pushedCommit: repo.git('rev-parse', 'HEAD') });
    const error = await gitopsOperation.apply(ctx, await gitopsOperation.dryRun(ctx)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StepError);
    expect((error as StepError).errorClass).toBe('Transient');
    expect((error as StepError).message).toMatch(
      new RegExp(`timed out after 2s waiting for kustomization stale: .*applied main@sha1:${initial}`),
    );
  });

  it("stand-in: a failed reconciliation stops apply with the controller's message", async () => {
    seedFlux('broken', `main@sha1:${initial}`);
    const ctx = ctxFor(plan('broken'), { env: { FLUX_STANDIN_READY: 'False' }, pushedCommit: repo.git('rev-parse', 'HEAD') });
    const error = await gitopsOperation.apply(ctx, await gitopsOperation.dryRun(ctx)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StepError);
    expect((error as StepError).message).toMatch(/flux reconcile kustomization broken failed .*dry-run failed: spec.replicas/);
  });

  it('stand-in: rollback reconciles and waits for the reverted revision on the remote', async () => {
    seedFlux('revert', `main@sha1:${initial}`);
    const change = repo.commitAndPush({ 'apps/web.yaml': WEB.replace('replicas: 1', 'replicas: 5') }, 'feat(apps): scale web to 5');
    await gitopsOperation.apply(ctxFor(plan('revert'), { pushedCommit: change }), {
      create: [],
      update: [],
      destroy: [],
      notes: [],
      digestInput: '',
      artifacts: [],
    });
    repo.git('revert', '--no-edit', change);
    repo.git('push', '-q', 'origin', 'main');
    const reverted = repo.git('rev-parse', 'HEAD');
    const ctx = ctxFor(plan('revert'));
    const result = await gitopsOperation.rollback(ctx);
    expect(result.pending).toEqual([]);
    expect(result.done[0]).toBe(`after the revert: kustomization revert applied main@sha1:${reverted} and is Ready`);
    expect(server.get(KS, 'Kustomization', 'flux-system', 'revert')!.status.lastAppliedRevision).toBe(`main@sha1:${reverted}`);
  });

  it('stand-in: rollback that Flux cannot complete returns a pending step instead of throwing', async () => {
    seedFlux('stuckback', `main@sha1:${initial}`);
    const result = await gitopsOperation.rollback(ctxFor(plan('stuckback', '1s'), { env: { FLUX_STANDIN_READY: 'Lag' } }));
    expect(result.done).toEqual([]);
    expect(result.pending[0]).toMatch(/Flux has not applied the reverted commit [0-9a-f]{12}: timed out after 1s/);
  });
});
