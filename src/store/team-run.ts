// A run under the team store: before anything runs, take the workspace's lease (keyed by what
// identifies the workspace on every machine: the origin's URL, the workdir, the terraform workspace
// or kube context); renew it while the run lives; write each step to the team journal with the
// lease's fencing token (the database refuses a token that no longer holds the lease, and the run
// is stopped); release it at the end. A store that cannot be reached, or a lease held by someone
// else, BLOCKS the run before it touches anything (fail closed).
import { execFileSync } from 'node:child_process';
import { hostname, userInfo } from 'node:os';
import { loadPlan } from '../exec/plan-file.js';
import type { Progress } from '../exec/progress.js';
import { renderStatus } from '../status/render.js';
import type { LeaseOwner, PostgresStore } from './postgres.js';

export interface TeamRunResult {
  runId: string;
  status: string;
  runDir: string;
  report: unknown;
  markdown: string;
}

/**
 * The workspace's name on every machine: origin URL # workdir @ workspace or context.
 * @internal exported for its tests (knip --production)
 */
export function workspaceKey(planArg: string, cwd: string): string {
  const { plan, repoRoot } = loadPlan(planArg, cwd);
  const remote = plan.git?.remote ?? 'origin';
  let origin: string;
  try {
    origin = execFileSync('git', ['remote', 'get-url', remote], {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    origin = repoRoot; // no remote: the repository's own path is the best name there is
  }
  const where = plan.terraform?.workspace ?? plan.terragrunt?.workspace ?? plan.kubectl?.context ?? 'default';
  return `${origin}#${plan.workdir}@${where}`;
}

/** A BLOCKED result that changed nothing: the report says why, and ends in a valid AGENT_STATUS block. */
function blockedBeforeStart(reason: string, next: string): TeamRunResult {
  const status = renderStatus({
    planStatus: 'BLOCKED',
    currentPhase: 'Execute',
    pendingSteps: [next],
    nextAction: `Report to the user: ${reason}`.slice(0, 300),
    agentId: 'execguard',
  });
  const markdown = `## Execution Blocked ⛔\n\n- **Error type:** StateConflict\n- **Exact error:** ${reason}\n- **Rollback status:** nothing changed: the run did not start\n\n${status}\n`;
  return { runId: 'not-started', status: 'BLOCKED', runDir: '', report: { outcome: 'failed', reason }, markdown };
}

export interface LeaseOptions {
  url: string;
  env: NodeJS.ProcessEnv;
  cwd: string;
  planArg: string;
  signal: AbortSignal;
  progress: Progress;
}

export async function withWorkspaceLease(
  options: LeaseOptions,
  run: (signal: AbortSignal, progress: Progress) => Promise<TeamRunResult>,
): Promise<TeamRunResult> {
  const ttl = Math.max(3, Number(options.env.EXECGUARD_LEASE_TTL) || 60);
  const workspace = workspaceKey(options.planArg, options.cwd);
  let store: PostgresStore;
  let token: number;
  try {
    const { PostgresStore } = await import('./postgres.js');
    store = await PostgresStore.connect(options.url, options.env);
    await store.requireSchema();
    const owner: LeaseOwner = {
      user: userInfo().username,
      host: hostname(),
      ...(options.env.EXECGUARD_SESSION_ID ? { sessionId: options.env.EXECGUARD_SESSION_ID } : {}),
    };
    const got = await store.acquire(workspace, owner, ttl);
    if (!got.ok) {
      await store.close();
      const h = got.holder;
      return blockedBeforeStart(
        `the workspace ${workspace} is leased to ${h.owner.user}@${h.owner.host}${h.owner.runId ? ` (run ${h.owner.runId})` : ''} until ${h.expiresAt} (token ${h.token})`,
        `Wait for that run to finish, or have a person break the lease: execguard unlock '${workspace}' --reason '…'`,
      );
    }
    token = got.token;
  } catch (error) {
    return blockedBeforeStart(
      `the team store cannot be used (${(error as Error).message}); nothing was applied or pushed`,
      'Bring the team store back (or fix EXECGUARD_STORE), then run the same command again',
    );
  }
  // The run stops when the lease is lost: its steps would no longer be fenced.
  const controller = new AbortController();
  const stop = (reason: string) => controller.abort(reason);
  options.signal.addEventListener('abort', () => stop(String(options.signal.reason ?? 'a signal')), { once: true });
  const journalKey = `lease-${token}`;
  let writes = Promise.resolve();
  const fenced = (line: Record<string, unknown>) => {
    writes = writes.then(async () => {
      const ok = await store.appendJournal(journalKey, workspace, token, line).catch(() => false);
      if (!ok && !controller.signal.aborted) stop('the workspace lease was lost (expired or broken): the team store refused this run');
    });
  };
  const heartbeat = setInterval(
    () => {
      store
        .renew(workspace, token, ttl)
        .then((held) => {
          if (!held) stop('the workspace lease was lost (expired or broken)');
        })
        .catch(() => stop('the team store stopped answering while the run held the lease'));
    },
    (ttl * 1000) / 3,
  );
  heartbeat.unref();
  const progress: Progress = {
    phase: (name) => {
      fenced({ phase: name });
      options.progress.phase(name);
    },
    line: (text) => {
      fenced({ step: text });
      options.progress.line(text);
    },
    done: () => options.progress.done(),
  };
  try {
    const result = await run(controller.signal, progress);
    fenced({ end: result.status, runId: result.runId });
    await writes;
    return result;
  } finally {
    clearInterval(heartbeat);
    await store.release(workspace, token).catch(() => {});
    await store.close().catch(() => {});
  }
}
