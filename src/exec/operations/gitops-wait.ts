// Pure readiness rules for Flux objects read with `kubectl get ... -o json`, and the duration
// format plans use. A Kustomization is done when it has applied the expected commit and is Ready.
import { durationMs } from '../run/duration.js';

export function parseDuration(text: string): number {
  const ms = durationMs(text, ['ms', 's', 'm', 'h']);
  if (ms === undefined) throw new Error(`not a duration: ${text} (expected e.g. 30s, 5m, 1h)`);
  return ms;
}

/**
 * Flux writes revisions as `main@sha1:<sha>` (v2) or `main/<sha>` (older); both end with the commit.
 * @internal exported for its tests (knip --production)
 */
export function revisionMatches(revision: string | undefined, commit: string): boolean {
  if (!revision) return false;
  const sha = /(?:sha1:|\/|^)([0-9a-f]{7,64})$/.exec(revision)?.[1];
  return !!sha && (commit.startsWith(sha) || sha.startsWith(commit));
}

interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
}
interface FluxObject {
  kind?: string;
  metadata?: { name?: string; generation?: number };
  status?: { observedGeneration?: number; lastAppliedRevision?: string; lastAttemptedRevision?: string; conditions?: Condition[] };
}

export interface Readiness {
  done: boolean;
  /** Set when waiting longer cannot help: the controller tried the expected revision and failed. */
  failed?: string;
  detail: string;
}

const ready = (o: FluxObject) => o.status?.conditions?.find((c) => c.type === 'Ready');
const describe = (c: Condition | undefined) =>
  c ? `Ready=${c.status}${c.reason ? ` (${c.reason})` : ''}${c.message ? `: ${c.message}` : ''}` : 'Ready=Unknown';
const STILL_WORKING = new Set(['Progressing', 'DependencyNotReady', 'ArtifactFailed', 'ProgressingWithRetry']);

/** `expected` is the commit that must be applied; without it, any revision that is Ready counts. */
export function kustomizationReadiness(o: FluxObject, expected?: string): Readiness {
  const name = `kustomization ${o.metadata?.name ?? '?'}`;
  const cond = ready(o);
  const applied = o.status?.lastAppliedRevision;
  const attempted = o.status?.lastAttemptedRevision;
  const observed = (o.status?.observedGeneration ?? -1) >= (o.metadata?.generation ?? 0);
  const onRevision = expected ? revisionMatches(applied, expected) : !!applied;
  if (cond?.status === 'True' && observed && onRevision) return { done: true, detail: `${name} applied ${applied} and is Ready` };
  const triedExpected = expected ? revisionMatches(attempted, expected) : !!attempted;
  if (cond?.status === 'False' && observed && triedExpected && !STILL_WORKING.has(cond.reason ?? '')) {
    return { done: false, failed: `${name} failed to apply ${attempted}: ${describe(cond)}`, detail: describe(cond) };
  }
  const want = expected ? `revision ${expected.slice(0, 12)}` : 'a Ready revision';
  return { done: false, detail: `${name} waiting for ${want}: applied ${applied ?? 'nothing yet'}, ${describe(cond)}` };
}

export function helmReleaseReadiness(o: FluxObject): Readiness {
  const name = `helmrelease ${o.metadata?.name ?? '?'}`;
  const cond = ready(o);
  const observed = (o.status?.observedGeneration ?? -1) >= (o.metadata?.generation ?? 0);
  if (cond?.status === 'True' && observed) return { done: true, detail: `${name} is Ready` };
  if (cond?.status === 'False' && observed && !STILL_WORKING.has(cond.reason ?? ''))
    return { done: false, failed: `${name} is not Ready: ${describe(cond)}`, detail: describe(cond) };
  return { done: false, detail: `${name} waiting: ${describe(cond)}` };
}
