// A run under the team store: before anything runs, take the workspace's lease (keyed by what
// identifies the workspace on every machine: the origin's URL, the workdir, the terraform workspace
// or kube context); renew it while the run lives; send every line of the run's journal to the team
// journal with the lease's fencing token (the database refuses a token that no longer holds the
// lease: the run is stopped, and no further step starts); release it at the end. execute, resume
// and rollback all run this way; plan does too when the plan lock is asked for, and then keeps the
// lease (a plan lock) until its author applies the plan. A store that cannot be reached, or a lease
// held by someone else, BLOCKS the run before it touches anything (fail closed).
import { execFileSync } from 'node:child_process';
import { hostname, userInfo } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { type JournalMirror, mirrorJournals, readJournal } from '../exec/journal/journal.js';
import { loadPlan } from '../exec/plan/plan-file.js';
import type { Progress } from '../exec/run/progress.js';
import { readRun, runsRoot } from '../exec/journal/run-store.js';
import { stateHome } from '../state/home.js';
import { renderStatus } from '../status/render.js';
import type { LeaseOwner, PostgresStore } from './postgres.js';
import { kindOf } from '../exec/kinds/index.js';
import { sectionOf } from '../exec/plan/plan-section.js';
import { fetchRun } from './team-journal.js';

export interface TeamRunResult {
  runId: string;
  status: string;
  runDir: string;
  report: unknown;
  markdown: string;
  digest?: string;
}

/**
 * The workspace's name on every machine: origin URL # workdir @ workspace or context.
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
  const where = kindOf(plan.operation).target(sectionOf(plan)) ?? 'default';
  return `${origin}#${plan.workdir}@${where}`;
}

/** The lease's time to live (EXECGUARD_LEASE_TTL seconds, at least 3; 60 by default). */
const leaseTtl = (env: NodeJS.ProcessEnv) => Math.max(3, Number(env.EXECGUARD_LEASE_TTL) || 60);

/** Does this command ask for the plan lock besides the policy's approvals.planLock? EXECGUARD_PLAN_LOCK=1 (docs/team.md). */
export const planLockWanted = (env: NodeJS.ProcessEnv) => /^(1|true|yes)$/i.test(env.EXECGUARD_PLAN_LOCK ?? '');

/** How long a plan lock waits for its apply (EXECGUARD_PLAN_LOCK_TTL seconds; 24 h by default). */
const planLockTtl = (env: NodeJS.ProcessEnv) => Math.max(3, Number(env.EXECGUARD_PLAN_LOCK_TTL) || 24 * 3600);

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

class LeaseLostError extends Error {}

/**
 * Sends each run's journal to the store, in order, under the lease's token. The local journal is
 * the source: on the first line of a run this process sends, whatever of that run the store lacks
 * (lines a killed holder or an outage left unsent) is read from the file and goes first, so the
 * team journal is the local one, line for line; after that the lines come as they are written,
 * without reading the file again. After the first refusal or failure nothing more is sent (the run
 * is stopped).
 */
class StoreMirror implements JournalMirror {
  private chain: Promise<void>;
  private failure?: Error;
  /**
   * Per journal, the lines written since its last sync. A journal that is not here yet (one this
   * process did not begin: a resumed run) is read from its file by its first sync.
   */
  private readonly unsent = new Map<string, string[]>();
  /** Journals whose sync is queued and has not started: it will send the newer lines too. */
  private readonly queued = new Set<string>();

  constructor(
    private readonly store: PostgresStore,
    private readonly workspace: string,
    private readonly token: number,
    private readonly lost: (reason: string) => void,
  ) {
    // The first append of a connection costs two round trips (the driver asks the server for the
    // statement's parameter types) and the server compiles the function: done now, while the run
    // sets up, with a token no lease ever has (tokens start at 1), so it writes nothing. The
    // release's statement is readied too. A failure here shows again where it matters.
    this.chain = store
      .appendJournalRaws('', workspace, 0, ['{}'])
      .then(() => store.prepareRelease())
      .then(
        () => {},
        () => {},
      );
  }

  line(journalPath: string, line: string, first: boolean): void {
    // A journal this process began: nothing of it is in the store, no need to ask how much.
    if (first) this.unsent.set(journalPath, [line]);
    else this.unsent.get(journalPath)?.push(line);
    if (this.queued.has(journalPath)) return;
    this.queued.add(journalPath);
    this.chain = this.chain
      .then(() => {
        this.queued.delete(journalPath);
        return this.sync(journalPath);
      })
      .catch((error: Error) => {
        if (this.failure) return;
        this.failure =
          error instanceof LeaseLostError
            ? error
            : new Error(`the team store stopped answering (${error.message}): the run's journal cannot reach it`);
        this.lost(this.failure.message);
      });
  }

  private async sync(journalPath: string): Promise<void> {
    if (this.failure) return;
    const runId = basename(dirname(journalPath));
    let lines = this.unsent.get(journalPath);
    // The file, read after the store said how much it has, holds every line written so far; the
    // lines written after this point arrive through line().
    if (!lines) {
      const have = await this.store.journalLength(runId);
      lines = readJournal(journalPath)
        .slice(have)
        .map((entry) => JSON.stringify(entry));
    }
    this.unsent.set(journalPath, []);
    // Whatever piled up meanwhile goes in one round trip.
    if (lines.length && (await this.store.appendJournalRaws(runId, this.workspace, this.token, lines)) === 0)
      throw new LeaseLostError(`the team store refused the journal line: the workspace lease (token ${this.token}) expired or was broken`);
  }

  async confirmed(): Promise<void> {
    await this.chain;
    if (this.failure) throw this.failure;
  }
}

export interface LeaseOptions {
  url: string;
  env: NodeJS.ProcessEnv;
  /** The workspace key (workspaceKey). */
  workspace: string;
  /** What the lease is for, shown to whoever finds it held. */
  owner?: Partial<LeaseOwner>;
  /** A connection the caller began to open earlier (execute opens it while its modules load). */
  opened?: Promise<PostgresStore>;
  /** A plan run that, when it completes, keeps the lease as the plan lock. */
  keepForPlan?: boolean;
  signal: AbortSignal;
  progress: Progress;
}

/** Connects and checks the schema: the store, or the reason it cannot be used. */
export async function openStore(url: string, env: NodeJS.ProcessEnv): Promise<PostgresStore> {
  const { PostgresStore } = await import('./postgres.js');
  const store = await PostgresStore.connect(url, env);
  try {
    await store.requireSchema();
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
  return store;
}

/** The lease a run holds: its fencing token is what a step may stamp its writes with. */
export interface HeldLease {
  workspace: string;
  token: number;
}

export async function withWorkspaceLease<R extends object>(
  options: LeaseOptions,
  run: (signal: AbortSignal, progress: Progress, lease: HeldLease) => Promise<R>,
): Promise<R | TeamRunResult> {
  const ttl = leaseTtl(options.env);
  const { workspace } = options;
  let store: PostgresStore;
  let token: number;
  try {
    store = await (options.opened ?? openStore(options.url, options.env));
    const owner: LeaseOwner = {
      user: userInfo().username,
      host: hostname(),
      ...(options.env.EXECGUARD_SESSION_ID ? { sessionId: options.env.EXECGUARD_SESSION_ID } : {}),
      ...options.owner,
    };
    // A plan lock its own author (the same database role) holds is handed on to that author's
    // execute, resume or next plan; anyone else's blocks.
    const got = await store.acquire(workspace, owner, ttl, { ownPlanLock: true });
    if (!got.ok) {
      await store.close();
      const h = got.holder;
      const held = h.planLock
        ? `the workspace ${workspace} has a plan lock: a plan of ${h.owner.user}@${h.owner.host} (role ${h.role ?? '?'}${h.owner.digest ? `, ${h.owner.digest.slice(0, 19)}…` : ''}) waits for review and apply`
        : `the workspace ${workspace} is leased to ${h.owner.user}@${h.owner.host}`;
      return blockedBeforeStart(
        `${held}${h.owner.runId ? ` (run ${h.owner.runId})` : ''} until ${h.expiresAt} (token ${h.token})`,
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
  const stop = (reason: string) => {
    if (!controller.signal.aborted) controller.abort(reason);
  };
  options.signal.addEventListener('abort', () => stop(String(options.signal.reason ?? 'a signal')), { once: true });
  const mirror = new StoreMirror(store, workspace, token, (why) => stop(`${why}; the run was stopped`));
  mirrorJournals(mirror);
  const heartbeat = setInterval(
    () => {
      store
        .renew(workspace, token, ttl)
        .then((held) => {
          if (!held) stop('the workspace lease was lost (expired or broken); the run was stopped');
        })
        .catch(() => stop('the team store stopped answering while the run held the lease; the run was stopped'));
    },
    (ttl * 1000) / 3,
  );
  heartbeat.unref();
  let keep = false;
  try {
    const result = await run(controller.signal, options.progress, { workspace, token });
    await mirror.confirmed().catch(() => {});
    const { status, digest } = result as { status?: string; digest?: string };
    if (options.keepForPlan && status === 'COMPLETE')
      keep = await store.holdForPlan(workspace, token, digest, planLockTtl(options.env)).catch(() => false);
    return result;
  } finally {
    clearInterval(heartbeat);
    mirrorJournals(undefined);
    if (!keep) await store.release(workspace, token).catch(() => {});
    await store.close().catch(() => {});
  }
}

/**
 * resume and rollback of a recorded run hold the lease of that run's workspace (its plan, in this
 * clone). `fetch`: a run another machine made is first copied from the team store (rollback from
 * any machine). A run unknown here and there runs without a lease: the command itself says so.
 */
export async function withRunLease<R extends object>(
  options: Omit<LeaseOptions, 'workspace'> & { cwd: string; runId: string; fetch?: boolean },
  run: (signal: AbortSignal, progress: Progress) => Promise<R>,
): Promise<R | TeamRunResult> {
  const home = stateHome(options.env);
  if (options.fetch) {
    try {
      const store = await openStore(options.url, options.env);
      try {
        await fetchRun(store, options.runId, home, options.cwd);
      } finally {
        await store.close().catch(() => {});
      }
    } catch (error) {
      return blockedBeforeStart(
        `the team store cannot be used (${(error as Error).message}); nothing was applied or pushed`,
        'Bring the team store back (or fix EXECGUARD_STORE), then run the same command again',
      );
    }
  }
  const meta = /^[\w-][\w.-]*$/.test(options.runId) ? readRun(join(runsRoot(home), options.runId), options.runId) : undefined;
  if (!meta?.planPath) return run(options.signal, options.progress);
  const workspace = workspaceKey(meta.planPath, options.cwd);
  return withWorkspaceLease({ ...options, workspace, owner: { runId: options.runId, ...options.owner } }, run);
}
