// The pre-flight probes `execguard plan` and `execguard execute` both run, side by side: the
// operation's pre-flight then its dry run, git's (branch, dirty files, remote) and the commit
// message check. The first failure is reported in that order (git, commit message, operation),
// whichever finished first, so the answer does not depend on timing. The operation's chain is the
// longest, so it starts first: its first child is spawned before the guard's one-off costs.
import { existsSync } from 'node:fs';
import type { GitSide } from '../run/git.js';
import { StepError, type DryRunSummary, type Operation, type OperationContext, type Plan } from '../types.js';

/** Runs one probe, e.g. with the executor's retry of transient failures. */
type Attempt = <T>(label: string, probe: () => Promise<T>) => Promise<T>;

export interface ProbeInput {
  op: Operation;
  ctx: OperationContext;
  plan: Plan;
  /** Present when the plan has a git section. */
  git?: GitSide;
  /** The plan file, relative to the repository: it never blocks its own run. */
  planFile: string;
  attempt?: Attempt;
  /** Further work to start once the operation's chain has (e.g. the git identity check); its failure is reported elsewhere. */
  alongside?: (() => Promise<unknown>)[];
}

export interface ProbeResult {
  dry: DryRunSummary;
  /** What git's pre-flight found (empty without a git section). */
  gitDetail: string[];
  /** The commit message check's line (only with a git section). */
  commitDetail?: string;
}

export async function preflightProbes(input: ProbeInput): Promise<ProbeResult> {
  const { op, ctx, plan, git, planFile } = input;
  // Said plainly before any tool runs in it (a missing folder otherwise reads as "command not found").
  if (!existsSync(ctx.workdir))
    throw new StepError(`workdir ${plan.workdir} does not exist in the repository ${ctx.repoRoot}`, undefined, 'Validation');
  const attempt: Attempt = input.attempt ?? ((_label, probe) => probe());
  const g = git ? plan.git : undefined;
  const [dry, gitDetail, commitDetail] = await Promise.allSettled([
    (async () => {
      await attempt(`${plan.operation} pre-flight`, () => op.preflight(ctx));
      return attempt(`${plan.operation} dry run`, () => op.dryRun(ctx));
    })(),
    git && g
      ? attempt('git pre-flight', () =>
          git.preflight(g, [planFile], op.transient, {
            workdir: plan.workdir,
            ...(op.sources ? { sources: op.sources } : {}),
            companions: op.companions?.(ctx) ?? [],
          }),
        )
      : Promise.resolve([] as string[]),
    git && g ? git.checkCommit(g) : Promise.resolve(undefined),
    ...(input.alongside ?? []).map((start) => start()),
  ]);
  for (const r of [gitDetail, commitDetail, dry]) if (r.status === 'rejected') throw r.reason;
  const value = <T>(r: PromiseSettledResult<T>) => (r as PromiseFulfilledResult<T>).value;
  const commit = value(commitDetail);
  // After the operation's pre-flight: the files it wrote that go with the change (terraform's lock file).
  const companions = git && g ? await git.companionLines() : [];
  return { dry: value(dry), gitDetail: [...value(gitDetail), ...companions], ...(commit !== undefined ? { commitDetail: commit } : {}) };
}
