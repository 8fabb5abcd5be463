// kubectl: server-side dry run for the approval, `kubectl apply` + `rollout status` to apply,
// machine-readable workload health to verify, and `rollout undo` (never delete) to roll back.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { classify } from '../run/error-table.js';
import { StepError, type CommandResult, type DryRunSummary, type Operation, type OperationContext } from '../types.js';
import { isWorkload, workloadHealth } from './kubectl-health.js';

/** Where apply records each rollout's revision before it changed anything (read by rollback). */
export const REVISIONS_FILE = 'kubectl-revisions.json';
const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';

function section(ctx: OperationContext) {
  const k = ctx.plan.kubectl;
  if (!k) throw new StepError("the plan has no 'kubectl:' section", undefined, 'Validation');
  return k;
}

/** --namespace and --context go after the verb, so the guard reads `kubectl <verb>` first. */
function target(ctx: OperationContext): string[] {
  const k = section(ctx);
  return ['--namespace', k.namespace, ...(k.context ? ['--context', k.context] : [])];
}

const manifestArgs = (ctx: OperationContext) => section(ctx).manifests.flatMap((m) => ['-f', resolve(ctx.repoRoot, m)]);

async function kubectl(ctx: OperationContext, step: string, args: string[], ok: number[] = [0]): Promise<CommandResult> {
  const result = await ctx.exec(step, ['kubectl', ...args], { cwd: ctx.repoRoot });
  if (!ok.includes(result.exitCode)) fail(`${step} failed`, result);
  return result;
}

function fail(what: string, result: CommandResult, errorClass?: StepError['errorClass']): never {
  const c = classify(result);
  const detail = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-3).join(' ').slice(0, 600);
  throw new StepError(`${what} (${c.why}): ${detail}`, result, errorClass ?? c.errorClass);
}

/** Manifest files (a directory contributes its *.yaml, *.yml and *.json files). */
function manifestFiles(ctx: OperationContext): string[] {
  return section(ctx).manifests.flatMap((m) => {
    const path = resolve(ctx.repoRoot, m);
    if (!existsSync(path)) throw new StepError(`kubectl.manifests: ${m} does not exist in ${ctx.repoRoot}`, undefined, 'Validation');
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path)
      .filter((f) => /\.(ya?ml|json)$/.test(f))
      .sort()
      .map((f) => join(path, f));
  });
}

/** kind/name of every object in the manifests, from their YAML. */
async function manifestObjects(ctx: OperationContext): Promise<{ file: string; kind: string; name: string; canonical: string }[]> {
  const { parseAllDocuments } = await import('yaml');
  const out: { file: string; kind: string; name: string; canonical: string }[] = [];
  for (const file of manifestFiles(ctx)) {
    const shown = relative(ctx.repoRoot, file);
    for (const doc of parseAllDocuments(readFileSync(file, 'utf8'))) {
      if ('errors' in doc && doc.errors.length) {
        throw new StepError(`kubectl.manifests: ${shown}: invalid YAML: ${doc.errors[0].message.split('\n')[0]}`, undefined, 'Validation');
      }
      const obj = doc.toJS() as { kind?: string; metadata?: { name?: string } } | null;
      if (!obj) continue;
      if (!obj.kind || !obj.metadata?.name)
        throw new StepError(`kubectl.manifests: ${shown}: an object without kind or metadata.name`, undefined, 'Validation');
      out.push({ file: shown, kind: obj.kind, name: obj.metadata.name, canonical: canonicalJson(obj) });
    }
  }
  return out;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** `deployment.apps/web created (server dry run)` -> ['deployment.apps/web', 'created']. */
export function parseApplyLines(stdout: string): { object: string; action: string }[] {
  return stdout
    .split('\n')
    .map((l) => /^(\S+) (created|configured|unchanged|serverside-applied)(?: \(server dry run\))?$/.exec(l.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ object: m[1], action: m[2] }));
}

async function getJson(ctx: OperationContext, step: string, args: string[]): Promise<Record<string, any>> {
  const result = await kubectl(ctx, step, ['get', ...args, ...target(ctx), '-o', 'json']);
  try {
    return JSON.parse(result.stdout);
  } catch {
    throw new StepError(`${step}: kubectl did not print JSON`, result, 'Validation');
  }
}

/** A rollout's state as rollback needs it; null when the object does not exist. */
interface Version {
  /** Deployments' revision annotation (what `rollout undo --to-revision` takes); null for other kinds. */
  revision: string | null;
  generation: number;
}

async function versions(ctx: OperationContext): Promise<Record<string, Version | null>> {
  const out: Record<string, Version | null> = {};
  for (const r of section(ctx).rollouts) {
    const result = await kubectl(ctx, `kubectl get ${r} (revision)`, ['get', r, ...target(ctx), '-o', 'json', '--ignore-not-found']);
    const obj = result.stdout.trim() ? JSON.parse(result.stdout) : undefined;
    out[r] = obj ? { revision: obj.metadata?.annotations?.[REVISION_ANNOTATION] ?? null, generation: obj.metadata?.generation ?? 0 } : null;
  }
  return out;
}

/** What apply recorded for rollback: each rollout's revision before/after, and what kubectl apply did. */
interface Record_ {
  rollouts: Record<string, { before: Version | null; after: Version | null }>;
  applied: { object: string; action: string }[];
}

function readRecorded(dir: string | undefined): Record_ | undefined {
  if (!dir || !existsSync(join(dir, REVISIONS_FILE))) return undefined;
  return JSON.parse(readFileSync(join(dir, REVISIONS_FILE), 'utf8')) as Record_;
}

const writeRecord = (ctx: OperationContext, record: Record_) =>
  writeFileSync(join(ctx.runDir, REVISIONS_FILE), JSON.stringify(record, null, 2));

/** `deployment.apps/web` (apply output) and `deployment/web` (rollouts) name the same object. */
const sameObject = (applied: string, rollout: string) => applied.replace(/^([^./]+)\.[^/]*\//, '$1/') === rollout;

export const kubectlOperation: Operation = {
  async preflight(ctx) {
    const version = await kubectl(ctx, 'kubectl version', [
      'version',
      '-o',
      'json',
      '--request-timeout=15s',
      ...(section(ctx).context ? ['--context', section(ctx).context!] : []),
    ]);
    if (!/"serverVersion"/.test(version.stdout)) fail('kubectl version: the API server did not answer', version, 'Transient');
    const kinds = [...new Set((await manifestObjects(ctx)).map((o) => o.kind.toLowerCase()))];
    for (const kind of kinds) {
      for (const verb of ['create', 'patch']) {
        const r = await kubectl(
          ctx,
          `kubectl auth can-i ${verb} ${kind}`,
          ['auth', 'can-i', verb, kind, ...target(ctx), '--request-timeout=15s'],
          [0, 1],
        );
        if (r.exitCode === 1)
          throw new StepError(`kubectl auth can-i ${verb} ${kind} in namespace ${section(ctx).namespace}: no (forbidden)`, r, 'Permission');
      }
    }
  },

  async dryRun(ctx) {
    const objects = await manifestObjects(ctx);
    const result = await kubectl(ctx, 'kubectl apply --dry-run=server', [
      'apply',
      ...manifestArgs(ctx),
      ...target(ctx),
      '--dry-run=server',
    ]);
    const summary: DryRunSummary = { create: [], update: [], destroy: [], notes: [], digestInput: '', artifacts: [] };
    for (const { object, action } of parseApplyLines(result.stdout)) {
      if (action === 'created') summary.create.push(object);
      else if (action === 'configured' || action === 'serverside-applied') summary.update.push(object);
      else summary.notes.push(`${object} unchanged`);
    }
    const k = section(ctx);
    if (k.rollouts.length) summary.notes.push(`waits for rollout of ${k.rollouts.join(', ')} (timeout ${k.timeout})`);
    // What was approved: the rendered objects and where they go, not the server's bookkeeping.
    summary.digestInput = JSON.stringify({
      context: k.context ?? null,
      namespace: k.namespace,
      rollouts: k.rollouts,
      objects: objects.map((o) => ({
        file: o.file,
        kind: o.kind,
        name: o.name,
        sha256: createHash('sha256').update(o.canonical).digest('hex'),
      })),
    });
    return summary;
  },

  async apply(ctx) {
    const k = section(ctx);
    // A retried apply keeps the revisions seen before the first attempt changed anything.
    const earlier = readRecorded(ctx.runDir);
    const before = earlier ? Object.fromEntries(Object.entries(earlier.rollouts).map(([r, v]) => [r, v.before])) : await versions(ctx);
    const record: Record_ = {
      rollouts: Object.fromEntries(Object.entries(before).map(([r, b]) => [r, { before: b, after: null }])),
      applied: earlier?.applied ?? [],
    };
    writeRecord(ctx, record);

    const result = await kubectl(ctx, 'kubectl apply', ['apply', ...manifestArgs(ctx), ...target(ctx)]);
    const applied = parseApplyLines(result.stdout);
    // On a retry, an object the first attempt created shows as unchanged: keep the first answer.
    for (const a of applied) if (!record.applied.some((e) => e.object === a.object)) record.applied.push(a);
    writeRecord(ctx, record);
    const lines = applied.map(({ object, action }) => `${object} ${action}`);
    for (const r of k.rollouts) {
      const status = await ctx.exec(
        `kubectl rollout status ${r}`,
        ['kubectl', 'rollout', 'status', r, ...target(ctx), `--timeout=${k.timeout}`],
        { cwd: ctx.repoRoot },
      );
      if (status.exitCode !== 0) fail(`rollout of ${r} did not become ready within ${k.timeout}`, status);
      lines.push(`${r} rolled out`);
    }
    const after = await versions(ctx);
    for (const r of Object.keys(record.rollouts)) record.rollouts[r].after = after[r] ?? null;
    writeRecord(ctx, record);
    return lines;
  },

  async verify(ctx) {
    const k = section(ctx);
    const listed = await getJson(ctx, 'kubectl get (applied objects)', manifestArgs(ctx));
    const items: Record<string, any>[] = listed.kind === 'List' ? listed.items : [listed];
    const seen = new Set(items.map((o) => `${String(o.kind).toLowerCase()}/${o.metadata?.name}`));
    for (const r of k.rollouts) if (!seen.has(r)) items.push(await getJson(ctx, `kubectl get ${r}`, [r]));
    const lines = [`${items.length} object(s) present in namespace ${k.namespace}`];
    const unhealthy: string[] = [];
    for (const obj of items.filter(isWorkload)) {
      const h = workloadHealth(obj);
      (h.healthy ? lines : unhealthy).push(h.detail);
    }
    if (unhealthy.length) throw new StepError(`unhealthy after apply: ${unhealthy.join('; ')}`, undefined, 'Validation');
    return lines;
  },

  async rollback(ctx) {
    const k = section(ctx);
    const recorded = readRecorded(ctx.targetRunDir);
    const done: string[] = [];
    const pending: string[] = [];
    let reapply = false;
    for (const r of k.rollouts) {
      const rec = recorded?.rollouts[r];
      if (rec && rec.before === null) {
        pending.push(
          `${r} did not exist before the run; execguard never deletes: remove it by hand if it is unwanted (kubectl delete ${r} --namespace ${k.namespace})`,
        );
        continue;
      }
      const before = rec?.before;
      const after = rec?.after;
      if (before && after && before.generation === after.generation) {
        done.push(
          `${r}: unchanged by the run (${before.revision ? `revision ${before.revision}, ` : ''}generation ${before.generation}), nothing to undo`,
        );
        continue;
      }
      if (before?.revision && after?.revision === before.revision) {
        // The spec changed but not the pod template (e.g. replicas): undo would pick an older template.
        reapply = true;
        continue;
      }
      // Without a record (the run folder is unknown) undo goes to the previous revision.
      const toRevision = before?.revision ? [`--to-revision=${before.revision}`] : [];
      const undo = await ctx.exec(`kubectl rollout undo ${r}`, ['kubectl', 'rollout', 'undo', r, ...target(ctx), ...toRevision], {
        cwd: ctx.repoRoot,
      });
      if (undo.exitCode !== 0) {
        pending.push(
          `kubectl rollout undo ${r} --namespace ${k.namespace}${toRevision.map((a) => ` ${a}`).join('')} failed: ${(undo.stderr || undo.stdout).trim().split('\n').at(-1)}`,
        );
        continue;
      }
      const to = before?.revision ? ` to revision ${before.revision}` : ' to its previous revision';
      const status = await ctx.exec(
        `kubectl rollout status ${r} (after undo)`,
        ['kubectl', 'rollout', 'status', r, ...target(ctx), `--timeout=${k.timeout}`],
        { cwd: ctx.repoRoot },
      );
      if (status.exitCode !== 0)
        pending.push(
          `${r} was rolled back${to} but did not become ready within ${k.timeout}: check kubectl rollout status ${r} --namespace ${k.namespace}`,
        );
      else done.push(`${r} rolled back${to} and ready`);
    }

    // Objects other than the rollouts: re-applying the reverted manifests restores what the run
    // changed; what it created stays (apply never deletes) and is left to a person.
    const others = (recorded?.applied ?? []).filter((a) => !k.rollouts.some((r) => sameObject(a.object, r)));
    const created = others.filter((a) => a.action === 'created');
    if (reapply || others.some((a) => a.action === 'configured' || a.action === 'serverside-applied')) {
      const present = k.manifests.filter((m) => existsSync(resolve(ctx.repoRoot, m)));
      const result = await ctx.exec(
        'kubectl apply (reverted manifests)',
        ['kubectl', 'apply', ...present.flatMap((m) => ['-f', resolve(ctx.repoRoot, m)]), ...target(ctx)],
        { cwd: ctx.repoRoot },
      );
      if (result.exitCode === 0)
        done.push(
          `re-applied the reverted manifests: ${parseApplyLines(result.stdout)
            .map((a) => `${a.object} ${a.action}`)
            .join(', ')}`,
        );
      else
        pending.push(
          `re-applying the reverted manifests failed (${(result.stderr || result.stdout).trim().split('\n').at(-1)}): run kubectl apply -f ${present.join(' -f ')} --namespace ${k.namespace}`,
        );
    }
    if (created.length) {
      pending.push(
        `${created.map((a) => a.object).join(', ')} did not exist before the run; execguard never deletes: remove them by hand if they are unwanted`,
      );
    }
    if (!recorded && k.rollouts.length === 0) {
      pending.push(
        `the run folder with what was applied is unknown and no rollouts are listed: after the git revert, re-apply the manifests yourself (kubectl apply -f ${k.manifests.join(' -f ')} --namespace ${k.namespace})`,
      );
    }
    return { done, pending };
  },
};
