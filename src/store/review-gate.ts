// The executor's four-eyes gate on the team store: asks for review of the run's digest, then either
// answers at once (BLOCKED "waiting for review" while fewer other people approved it than the
// policy asks) or, with `wait`, sleeps on LISTEN/NOTIFY until they have, the run is interrupted,
// or the store stops answering. Only a store named in .execguard.yaml counts: EXECGUARD_STORE can
// be set by whoever starts the command, and could point at a database with made-up reviewers.
import { hostname, userInfo } from 'node:os';
import { type ReviewCheck, type ReviewGate, ReviewPendingError } from '../exec/approval/review.js';
import { RunError } from '../exec/run/run-errors.js';
import type { StoreSetting } from './config.js';
import { type Approval, countingApprovals, requestReview, waitForApprovals } from './reviews.js';
import { workspaceKey } from './team-run.js';

export function reviewGate(setting: StoreSetting | undefined, env: NodeJS.ProcessEnv, options: { wait: boolean }): ReviewGate {
  return async (check: ReviewCheck) => {
    if (setting?.from !== 'policy')
      throw new RunError(
        `approvals.reviewers asks for ${check.required} approval(s) by another person, and only a store named in .execguard.yaml counts them (${setting ? 'EXECGUARD_STORE is not enough: whoever starts the command sets it' : 'no store is set'})`,
        'Approval',
        { advice: 'Set store: postgres://HOST/DB in .execguard.yaml (docs/team.md), then run the command again' },
      );
    const { PostgresStore } = await import('./postgres.js');
    let store: Awaited<ReturnType<typeof PostgresStore.connect>>;
    try {
      store = await PostgresStore.connect(setting.url, env);
      await store.requireSchema();
    } catch (error) {
      throw unreachable(error);
    }
    try {
      const workspace = workspaceKey(check.planArg, check.cwd);
      await requestReview(store, check.digest, workspace, {
        planId: check.planId,
        environments: check.environments,
        required: check.required,
        changes: check.changes,
        user: userInfo().username,
        host: hostname(),
        runId: check.runId,
      });
      let approvals: Approval[];
      if (options.wait) {
        approvals = await waitForApprovals(store, check.digest, workspace, check.required, check.signal, (n, got) =>
          check.progress.line(
            `review check ${n}: ${got.length} of ${check.required} approval(s) of ${check.digest} by another role${got.length < check.required ? `; waiting (execguard approve ${check.digest})` : ''}`,
          ),
        );
      } else {
        approvals = await countingApprovals(store, check.digest, workspace);
        if (approvals.length < check.required)
          throw new ReviewPendingError(
            check,
            approvals.map((a) => a.byRole),
          );
      }
      return [`reviewed: ${approvals.map((a) => `approved by ${a.byRole} at ${a.at}`).join('; ')} (${check.digest.slice(0, 19)}…)`];
    } catch (error) {
      if (error instanceof RunError) throw error;
      if (check.signal.aborted) throw new ReviewPendingError(check, []);
      throw unreachable(error);
    } finally {
      await store.close().catch(() => {});
    }
  };
}

function unreachable(error: unknown): RunError {
  return new RunError(
    `the team store cannot be used to count reviews (${(error as Error).message}); nothing was applied or pushed`,
    'Transient',
    { advice: 'Bring the team store back (or fix store: in .execguard.yaml), then run the same command again' },
  );
}
