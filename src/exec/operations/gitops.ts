// GitOps with Flux: the change reaches the cluster through git. Apply asks Flux to reconcile now
// and waits until the Kustomization has applied the pushed commit and is Ready (and the
// HelmRelease, if any, is Ready). Rollback: the runner reverts and pushes; this reconciles again
// and waits for the reverted revision.
import { classify } from '../run/error-table.js';
import { StepError, type CommandResult, type DryRunSummary, type Operation, type OperationContext } from '../types.js';
import { helmReleaseReadiness, kustomizationReadiness, parseDuration, type Readiness } from './gitops-wait.js';

function section(ctx: OperationContext) {
  const g = ctx.plan.gitops;
  if (!g) throw new StepError("the plan has no 'gitops:' section", undefined, 'Validation');
  return g;
}

function fail(what: string, result: CommandResult, errorClass?: StepError['errorClass']): never {
  const c = classify(result);
  const detail = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-3).join(' ').slice(0, 600);
  throw new StepError(`${what} (${c.why}): ${detail}`, result, errorClass ?? c.errorClass);
}

async function run(ctx: OperationContext, step: string, argv: string[], ok: number[] = [0]): Promise<CommandResult> {
  const result = await ctx.exec(step, argv, { cwd: ctx.repoRoot });
  if (!ok.includes(result.exitCode)) fail(`${step} failed`, result);
  return result;
}

/** `► Deployment/default/web created` -> ['Deployment/default/web', 'created']. */
export function parseDiffLines(stdout: string): { object: string; action: string }[] {
  return stdout
    .split('\n')
    .map((l) => /^►\s+(\S+)\s+(created|drifted|deleted|pruned)\b/.exec(l.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ object: m[1], action: m[2] }));
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

/** Polls `kubectl get KIND NAME -o json` until `judge` says done or failed, bounded by `timeoutMs`. */
async function waitUntil(
  ctx: OperationContext,
  kind: string,
  name: string,
  judge: (obj: any) => Readiness,
  timeout: string,
): Promise<string> {
  const g = section(ctx);
  const timeoutMs = parseDuration(timeout);
  const deadline = Date.now() + timeoutMs;
  const interval = Math.min(2000, Math.max(250, Math.floor(timeoutMs / 10)));
  let last = 'no answer yet';
  for (let poll = 1; ; poll++) {
    const result = await ctx.exec(
      `kubectl get ${kind} ${name} (poll ${poll})`,
      ['kubectl', 'get', kind, name, '--namespace', g.namespace, '-o', 'json'],
      { cwd: ctx.repoRoot },
    );
    if (result.exitCode === 0) {
      const state = judge(JSON.parse(result.stdout));
      if (state.done) return state.detail;
      if (state.failed) throw new StepError(state.failed, result, 'Validation');
      last = state.detail;
    } else {
      last = (result.stderr.trim() || result.stdout.trim()).split('\n').at(-1) ?? '';
      if (/NotFound|not found/.test(last)) fail(`${kind} ${name} in namespace ${g.namespace}`, result, 'Validation');
    }
    if (Date.now() >= deadline || ctx.signal.aborted) {
      throw new StepError(`timed out after ${timeout} waiting for ${kind} ${name}: ${last}`, result, 'Transient');
    }
    await sleep(Math.min(interval, Math.max(0, deadline - Date.now())), ctx.signal);
  }
}

/** Reconcile now and wait for `commit` (or any Ready revision when there is no commit). */
async function reconcileAndWait(ctx: OperationContext, commit: string | undefined, label: string): Promise<string[]> {
  const g = section(ctx);
  await run(ctx, `flux reconcile kustomization ${g.kustomization}${label}`, [
    'flux',
    'reconcile',
    'kustomization',
    g.kustomization,
    '--namespace',
    g.namespace,
    '--with-source',
    '--timeout',
    g.timeout,
  ]);
  const lines = [await waitUntil(ctx, 'kustomization', g.kustomization, (o) => kustomizationReadiness(o, commit), g.timeout)];
  if (g.helmRelease) lines.push(await waitUntil(ctx, 'helmrelease', g.helmRelease, helmReleaseReadiness, g.timeout));
  return lines;
}

export const gitopsOperation: Operation = {
  async preflight(ctx) {
    const g = section(ctx);
    await run(ctx, 'flux check --pre', ['flux', 'check', '--pre']);
    await run(ctx, `kubectl get kustomization ${g.kustomization}`, [
      'kubectl',
      'get',
      'kustomization',
      g.kustomization,
      '--namespace',
      g.namespace,
      '-o',
      'name',
      '--request-timeout=15s',
    ]);
    if (g.helmRelease)
      await run(ctx, `kubectl get helmrelease ${g.helmRelease}`, [
        'kubectl',
        'get',
        'helmrelease',
        g.helmRelease,
        '--namespace',
        g.namespace,
        '-o',
        'name',
        '--request-timeout=15s',
      ]);
  },

  async dryRun(ctx) {
    const g = section(ctx);
    // flux diff exits 1 when it finds changes: that is the expected case, not a failure.
    const result = await run(
      ctx,
      `flux diff kustomization ${g.kustomization}`,
      ['flux', 'diff', 'kustomization', g.kustomization, '--namespace', g.namespace, '--path', ctx.workdir],
      [0, 1],
    );
    const summary: DryRunSummary = { create: [], update: [], destroy: [], notes: [], digestInput: '', artifacts: [] };
    const changes = parseDiffLines(result.stdout);
    for (const { object, action } of changes) {
      if (action === 'created') summary.create.push(object);
      else if (action === 'drifted') summary.update.push(object);
      else summary.destroy.push(object);
    }
    if (changes.length === 0) summary.notes.push(`flux diff: no changes under ${ctx.plan.workdir}`);
    summary.notes.push(
      `applied by Flux: kustomization ${g.namespace}/${g.kustomization}${g.helmRelease ? ` and helmrelease ${g.helmRelease}` : ''} reconcile the pushed commit (timeout ${g.timeout})`,
    );
    summary.digestInput = JSON.stringify({
      kustomization: g.kustomization,
      namespace: g.namespace,
      helmRelease: g.helmRelease ?? null,
      changes: changes.map((c) => `${c.action} ${c.object}`).sort(),
    });
    return summary;
  },

  async apply(ctx) {
    if (!ctx.pushedCommit) ctx.progress('gitops: no pushed commit known; waiting for any Ready revision');
    return reconcileAndWait(ctx, ctx.pushedCommit, '');
  },

  async verify(ctx) {
    const g = section(ctx);
    const lines: string[] = [];
    const check = async (kind: string, name: string, judge: (o: any) => Readiness) => {
      const result = await run(ctx, `kubectl get ${kind} ${name}`, [
        'kubectl',
        'get',
        kind,
        name,
        '--namespace',
        g.namespace,
        '-o',
        'json',
      ]);
      const state = judge(JSON.parse(result.stdout));
      if (!state.done) throw new StepError(state.failed ?? state.detail, result, 'Validation');
      lines.push(state.detail);
    };
    await check('kustomization', g.kustomization, (o) => kustomizationReadiness(o, ctx.pushedCommit));
    if (g.helmRelease) await check('helmrelease', g.helmRelease, helmReleaseReadiness);
    return lines;
  },

  async rollback(ctx) {
    const g = section(ctx);
    const git = ctx.plan.git;
    const manual = `flux reconcile kustomization ${g.kustomization} --namespace ${g.namespace} --with-source, then check that it applies the reverted commit and is Ready`;
    if (!git)
      return {
        done: [],
        pending: [
          `the plan has no git section, so nothing was reverted for Flux to apply: revert the change in the source repository, then ${manual}`,
        ],
      };
    // What Flux will fetch is what the remote branch holds now (the runner pushed the revert).
    const remote = await ctx.exec(
      `git ls-remote ${git.remote} ${git.branch}`,
      ['git', 'ls-remote', git.remote, `refs/heads/${git.branch}`],
      { cwd: ctx.repoRoot },
    );
    const commit = remote.exitCode === 0 ? remote.stdout.trim().split(/\s+/)[0] : '';
    if (!commit) return { done: [], pending: [`could not read ${git.remote}/${git.branch} (git ls-remote): ${manual}`] };
    try {
      const lines = await reconcileAndWait(ctx, commit, ' (reverted revision)');
      return { done: lines.map((l) => `after the revert: ${l}`), pending: [] };
    } catch (error) {
      if (!(error instanceof StepError)) throw error;
      return { done: [], pending: [`Flux has not applied the reverted commit ${commit.slice(0, 12)}: ${error.message}. Then: ${manual}`] };
    }
  },
};
