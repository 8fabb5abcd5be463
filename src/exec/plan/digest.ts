// The plan digest an approval binds to: the whole run, not a part of it (issue 18 §2). It covers
// every field of the plan file (steps, verify, git section, workdir, every operation section, and
// any field added later: the plan is hashed whole, keys sorted), what the dry run says would
// change (with the tool version that said it), the contents of the files the run reads as input
// (var files, manifests), and the commits the push will send besides the run's own (the whole
// range origin/branch..HEAD). Anything that changes what runs changes the digest.
import { createHash } from 'node:crypto';
import { kindOf } from '../kinds/index.js';
import { sectionOf } from './plan-section.js';
import type { DryRunSummary, Plan } from '../types.js';

/** What the run will do beyond the plan file and the dry run. */
export interface DigestExtras {
  /** Commits already on the branch and not on the remote, oldest first: the push sends them too. */
  commits?: { hash: string; subject: string }[];
  /** Input files the run reads (repository path -> sha256 of the content, or 'missing'). */
  inputs?: Record<string, string>;
}

/** JSON with object keys sorted at every level, so the same plan always hashes the same. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export function planDigest(plan: Plan, summary: DryRunSummary, extras: DigestExtras = {}): string {
  const input = canonicalJson({
    v: 2,
    plan,
    changes: summary.digestInput,
    commits: (extras.commits ?? []).map((c) => c.hash),
    inputs: extras.inputs ?? {},
  });
  return `sha256:${createHash('sha256').update(input).digest('hex')}`;
}

/** The files a plan reads as input, relative to the repository root (var files, manifests). */
export function planInputFiles(plan: Plan): string[] {
  return kindOf(plan.operation)
    .paths(sectionOf(plan), plan.workdir)
    .filter((p) => p.input)
    .map((p) => p.path);
}

/** sha256 of each input file's content ('missing' when it cannot be read). */
export function hashInputs(repoRoot: string, files: string[], read: (path: string) => Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of files) {
    try {
      out[f] = createHash('sha256')
        .update(read(`${repoRoot}/${f}`))
        .digest('hex');
    } catch {
      out[f] = 'missing';
    }
  }
  return out;
}
