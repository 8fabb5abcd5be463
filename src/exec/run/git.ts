// The git side of a run: pre-flight (branch, clean tree, remote not ahead), persist (stage only
// the plan's files, commit, push, confirm with ls-remote) and revert. Never forces: a remote that
// moved is a State conflict and the local commit is kept. git runs as every step's command does
// (steps.ts): in its own process group, journaled, so a crash leaves no git orphan behind.
import { existsSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { classify } from './error-table.js';
import { displayCommand } from '../approval/guard-gate.js';
import type { StepRunner } from './steps.js';
import { RemoteMovedError } from './run-errors.js';
import { StepError, type CommandResult, type Plan } from '../types.js';

type GitPlan = NonNullable<Plan['git']>;

/** What `execguard init` writes: untracked, it changes nothing a run applies, so it never blocks one. */
const UNTRACKED_SETUP = /^(\.execguard\.ya?ml|\.claude\/settings(\.local)?\.json|plans\/[^/]+\.ya?ml)$/;

/** Which untracked files can feed the run, and which files the operation writes that belong with the change. */
export interface RunScope {
  /** The plan's workdir, relative to the repository ('.' for the root). */
  workdir: string;
  /** Untracked files elsewhere that the tool still reads (terraform: `.tf` modules, var files). */
  sources?: RegExp;
  /** Files the operation writes that are committed with the change when new or changed (terraform's lock file). */
  companions?: string[];
}

/** An untracked file blocks the run only when the run could read it: in the workdir, or a source file anywhere. */
function feedsRun(path: string, scope: RunScope): boolean {
  const workdir = normalize(scope.workdir).replace(/\/$/, '');
  if (workdir === '.' || workdir === '') return true;
  return path === workdir || path.startsWith(`${workdir}/`) || Boolean(scope.sources?.test(path));
}

export class GitSide {
  /** HEAD before the first persist attempt, and the commit made (kept even when the push fails). */
  base?: string;
  localCommit?: string;
  /** Pre-flight saw changes in the plan's files (so Persist has something to commit). */
  private planFilesDirty?: boolean;
  /** The remote branch's commit as pre-flight saw it (saves a round trip before the push). */
  private remoteSeen?: string;
  /** An identity for commits, set only when the user has none configured. */
  private identity: NodeJS.ProcessEnv = {};
  /** Files the operation writes that go with the change (set by pre-flight), and which of them changed. */
  private companions: string[] = [];
  private changedCompanionsSeen?: { path: string; state: 'new' | 'changed' | 'removed' }[];
  /**
   * Commits on the branch that the remote does not have, oldest first, as pre-flight saw them
   * (before this run commits anything): the push sends them along with the plan's own commit, so
   * the summary lists them and the digest covers them (issue 18 §2).
   */
  unpushed: { hash: string; subject: string }[] = [];

  /** git runs with the run's environment (the step runner's), plus `identity`. */
  constructor(
    private readonly repoRoot: string,
    private readonly steps: StepRunner,
  ) {}

  /** A commit needs an identity: supply one only when the user has none configured. */
  private identityChecked = false;

  async ensureIdentity(): Promise<void> {
    if (this.identityChecked) return;
    this.identityChecked = true;
    const found = await this.raw('git config (identity)', ['config', '--get-regexp', '^user[.]']);
    const has = (key: string) => new RegExp(`^user\\.${key} \\S`, 'm').test(found.stdout);
    if (!has('name')) this.identity = { ...this.identity, GIT_AUTHOR_NAME: 'execguard', GIT_COMMITTER_NAME: 'execguard' };
    if (!has('email'))
      this.identity = { ...this.identity, GIT_AUTHOR_EMAIL: 'execguard@localhost', GIT_COMMITTER_EMAIL: 'execguard@localhost' };
  }

  private static commitArgs = (g: GitPlan) => ['commit', '-m', g.message, '--', ...g.files];

  /** Pre-flight: the commit Persist will make must pass the guard (the commit convention). */
  async checkCommit(g: GitPlan): Promise<string> {
    const verdict = await this.steps.judge(displayCommand(['git', ...GitSide.commitArgs(g)]));
    if (!verdict.allowed) throw new StepError(`the commit message "${g.message}" is refused: ${verdict.reason}`, undefined, 'Validation');
    return `commit message "${g.message}" passes the commit rules`;
  }

  /** One git command as a guarded, journaled step, run from the repository root. Non-zero exit is a result, not an exception. */
  raw(step: string, args: string[]): Promise<CommandResult> {
    return this.steps.exec(step, ['git', ...args], { cwd: this.repoRoot, env: this.identity });
  }

  private async must(step: string, args: string[]): Promise<string> {
    const result = await this.raw(step, args);
    if (result.exitCode !== 0) {
      const { errorClass, why } = classify(result);
      throw new StepError(`git ${args[0]} failed (${why}): ${result.stderr.trim().split('\n').slice(-3).join(' ')}`, result, errorClass);
    }
    return result.stdout.trim();
  }

  head = () => this.must('git rev-parse HEAD', ['rev-parse', 'HEAD']);

  /** The remote branch's commit, or '' when the branch does not exist there yet. */
  async remoteHead(g: GitPlan): Promise<string> {
    const out = await this.must('git ls-remote', ['ls-remote', g.remote, `refs/heads/${g.branch}`]);
    return out.split(/\s+/)[0] ?? '';
  }

  /**
   * `ignore`: repository paths that never block (the plan file itself, committed or not). Untracked
   * execguard setup files (what `execguard init` writes) never block either: they change nothing
   * the run applies. `transient`: untracked files the operation itself writes while it runs (the
   * operation's pre-flight runs beside this `git status`), never part of a change.
   */
  async preflight(g: GitPlan, ignore: string[] = [], transient?: RegExp, scope?: RunScope): Promise<string[]> {
    this.companions = (scope?.companions ?? []).map((c) => normalize(c));
    const companions = new Set(this.companions);
    // One call answers the branch, HEAD and what is dirty (porcelain v2, NUL-separated).
    const status = await this.raw('git status', ['status', '--porcelain=v2', '--branch', '-z', '--untracked-files=all']);
    if (status.exitCode !== 0) throw new StepError(`git status failed: ${status.stderr.trim()}`, status, classify(status).errorClass);
    const allowed = new Set(g.files.map((f) => normalize(f)));
    const ignored = new Set(ignore.map((f) => normalize(f)));
    const entries = status.stdout.split('\0');
    const dirty: string[] = [];
    let branch = '';
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      let path: string | undefined;
      if (e.startsWith('# branch.oid ')) this.base ??= e.slice('# branch.oid '.length);
      else if (e.startsWith('# branch.head ')) branch = e.slice('# branch.head '.length);
      else if (e.startsWith('1 ')) path = e.split(' ').slice(8).join(' ');
      else if (e.startsWith('2 ')) {
        path = e.split(' ').slice(9).join(' ');
        i++; // the rename's source path follows as its own entry
      } else if (e.startsWith('u ')) path = e.split(' ').slice(10).join(' ');
      else if (e.startsWith('? ')) path = e.slice(2);
      if (path !== undefined && ignored.has(normalize(path)) && !allowed.has(normalize(path))) continue;
      if (path !== undefined && companions.has(normalize(path)) && !allowed.has(normalize(path))) continue;
      if (path !== undefined && e.startsWith('? ') && scope && !feedsRun(normalize(path), scope)) continue;
      if (path !== undefined && e.startsWith('? ') && (UNTRACKED_SETUP.test(normalize(path)) || transient?.test(normalize(path)))) continue;
      if (path !== undefined && !allowed.has(normalize(path))) dirty.push(path);
      else if (path !== undefined) this.planFilesDirty = true;
    }
    if (branch !== g.branch)
      throw new StepError(`the repository is on branch '${branch}', the plan targets '${g.branch}'`, undefined, 'Validation');
    if (dirty.length) throw new StepError(`uncommitted changes outside the plan's files: ${dirty.join(', ')}`, undefined, 'Validation');
    const remote = await this.remoteHead(g);
    this.remoteSeen = remote;
    const { contained, ahead } = await this.commitsAhead(remote);
    if (!contained) {
      throw new RemoteMovedError(
        `${g.remote}/${g.branch} is at ${remote.slice(0, 12)}, which this repository does not contain: the remote moved since the plan was made`,
      );
    }
    this.unpushed = ahead;
    return [
      `on branch ${branch}; no changes outside the plan's files; ${g.remote}/${g.branch} ${remote ? `at ${remote.slice(0, 12)} is contained in HEAD` : 'does not exist yet'}`,
      ...(this.unpushed.length
        ? [`${this.unpushed.length} commit(s) on ${branch} not yet on ${g.remote}/${g.branch} would be pushed with the plan's own`]
        : []),
    ];
  }

  /**
   * The operation's companion files (terraform's lock file) that are new, changed or removed, as
   * git sees them now. Asked once, after the operation's pre-flight wrote them; no file, no call.
   */
  async changedCompanions(): Promise<{ path: string; state: 'new' | 'changed' | 'removed' }[]> {
    if (this.changedCompanionsSeen) return this.changedCompanionsSeen;
    const present = this.companions.filter((c) => existsSync(join(this.repoRoot, c)));
    if (!present.length) return (this.changedCompanionsSeen = []);
    const status = await this.must('git status (lock files)', ['status', '--porcelain', '-z', '--untracked-files=all', '--', ...present]);
    const found = status
      .split('\0')
      .filter((e) => e.length > 3)
      .map((e) => ({
        path: e.slice(3),
        state: e.startsWith('??') ? ('new' as const) : e.includes('D') ? ('removed' as const) : ('changed' as const),
      }));
    return (this.changedCompanionsSeen = found);
  }

  /** Summary lines for the companion files: what will be committed with the change, or that nothing changed. */
  async companionLines(): Promise<string[]> {
    const present = this.companions.filter((c) => existsSync(join(this.repoRoot, c)));
    const changed = await this.changedCompanions();
    return present.map((c) => {
      const hit = changed.find((x) => normalize(x.path) === c);
      return hit ? `dependency lock file ${c}: ${hit.state}, committed with the change` : `dependency lock file ${c}: unchanged`;
    });
  }

  /**
   * One call answers both questions about the remote's commit: is it contained in HEAD (nothing on
   * the remote that this repository lacks), and which commits a push of HEAD sends (remote..HEAD,
   * oldest first; all of HEAD when the remote branch does not exist). `HEAD...remote` with
   * --left-right marks HEAD's side '<' and the remote's side '>': any '>' commit, or a remote
   * commit git does not know (the command fails), means the remote moved.
   */
  async commitsAhead(remote: string): Promise<{ contained: boolean; ahead: { hash: string; subject: string }[] }> {
    const range = remote ? ['--left-right', '--format=%m%H%x09%s', `HEAD...${remote}`] : ['--format=<%H%x09%s', 'HEAD'];
    const out = await this.raw('git log (commits to push)', ['log', '--reverse', ...range]);
    if (out.exitCode !== 0) {
      if (remote) return { contained: false, ahead: [] };
      // An unborn HEAD has nothing to push; any other failure must not hide what would be sent.
      if (/does not have any commits|unknown revision|bad default revision/.test(out.stderr)) return { contained: true, ahead: [] };
      throw new StepError(`git log of the commits to push failed: ${out.stderr.trim()}`, out, classify(out).errorClass);
    }
    const lines = out.stdout.split('\n').filter((l) => l.trim());
    if (lines.some((l) => l.startsWith('>'))) return { contained: false, ahead: [] };
    return {
      contained: true,
      ahead: lines.map((l) => {
        const [hash, ...subject] = l.slice(1).split('\t');
        return { hash: hash.trim(), subject: subject.join('\t') };
      }),
    };
  }

  /** Stage only the plan's files, commit, push, confirm. Returns the pushed commit and details. */
  async persist(
    g: GitPlan,
    afterCommit: () => Promise<void> = async () => {},
  ): Promise<{ commit: string; base: string; committed: boolean; detail: string[] }> {
    const base = (this.base ??= await this.head());
    let committed = false;
    // The operation's own files (terraform's lock file) go with the change when they changed.
    const extra = (await this.changedCompanions()).map((c) => c.path);
    const files = [...g.files, ...extra];
    // Pre-flight's status already said whether the plan's files changed; without it, ask git.
    const changed =
      extra.length > 0 ||
      (this.planFilesDirty ?? (await this.must('git status (plan files)', ['status', '--porcelain', '--', ...g.files])) !== '');
    if (changed && !this.localCommit) {
      await this.must('git add', ['add', '-A', '--', ...files]);
      await this.ensureIdentity();
      await this.must('git commit', GitSide.commitArgs({ ...g, files }));
      committed = true;
      await afterCommit();
    }
    const detail: string[] = [];
    if (!committed && !this.localCommit) {
      detail.push(`no changes in the plan's files; HEAD ${base.slice(0, 12)}`);
      detail.push(...(await this.push(g, base)));
      return { commit: base, base, committed, detail };
    }
    // The new commit id and the push do not depend on each other: ask for both at once.
    const [headR, pushR] = await Promise.allSettled([this.localCommit ?? this.head(), this.push(g)]);
    if (headR.status === 'rejected') throw headR.reason;
    const commit = (this.localCommit = headR.value);
    if (pushR.status === 'rejected') {
      const error = pushR.reason;
      if (error instanceof StepError && error.errorClass === 'StateConflict')
        error.message += `; the local commit ${commit.slice(0, 12)} is kept`;
      throw error;
    }
    const pushed = pushR.value;
    detail.push(`committed ${commit.slice(0, 12)} "${g.message}" (${files.join(', ')})`);
    const remote = pushed.remote;
    if (remote !== commit)
      throw new StepError(
        `${g.remote}/${g.branch} is at ${remote.slice(0, 12) || 'nothing'}, expected ${commit.slice(0, 12)} after the push`,
        undefined,
        'StateConflict',
      );
    detail.push(pushed.line.replace('%s', commit.slice(0, 12)));
    return { commit, base, committed: true, detail };
  }

  /**
   * Push HEAD (never forced) and read back what the remote has. With `expected`, the remote must
   * end at that commit; without it the caller compares (the commit id may still be in flight).
   */
  async push(g: GitPlan): Promise<{ remote: string; line: string }>;
  async push(g: GitPlan, expected: string): Promise<string[]>;
  async push(g: GitPlan, expected?: string): Promise<string[] | { remote: string; line: string }> {
    const before = this.remoteSeen ?? (await this.remoteHead(g));
    const already = expected !== undefined && before === expected;
    if (!already) {
      const result = await this.raw('git push', ['push', g.remote, `HEAD:refs/heads/${g.branch}`]);
      if (result.exitCode !== 0) {
        const { errorClass, why } = classify(result);
        if (errorClass === 'StateConflict') {
          throw new RemoteMovedError(
            `push rejected: ${g.remote}/${g.branch} moved since the plan was made (non-fast-forward)${expected ? `; the local commit ${expected.slice(0, 12)} is kept` : ''}`,
            result,
          );
        }
        throw new StepError(`git push failed (${why}): ${result.stderr.trim().split('\n').slice(-2).join(' ')}`, result, errorClass);
      }
    }
    const after = await this.remoteHead(g);
    this.remoteSeen = after;
    const line = already ? `${g.remote}/${g.branch} already at %s` : `pushed to ${g.remote}/${g.branch}; ls-remote confirms %s`;
    if (expected === undefined) return { remote: after, line };
    if (after !== expected)
      throw new StepError(
        `${g.remote}/${g.branch} is at ${after.slice(0, 12) || 'nothing'}, expected ${expected.slice(0, 12)} after the push`,
        undefined,
        'StateConflict',
      );
    return [line.replace('%s', expected.slice(0, 12))];
  }

  /** Revert one commit with a new commit (history is never rewritten). */
  async revert(commit: string, subject: string): Promise<string> {
    const reverted = await this.raw('git revert', ['revert', '--no-commit', commit]);
    if (reverted.exitCode !== 0) {
      await this.raw('git revert --abort', ['revert', '--abort']);
      const { errorClass } = classify(reverted);
      throw new StepError(
        `git revert of ${commit.slice(0, 12)} does not apply cleanly; the working tree was restored: ${reverted.stderr.trim().split('\n').slice(-2).join(' ')}`,
        reverted,
        errorClass === 'Validation' ? 'StateConflict' : errorClass,
      );
    }
    const message = `revert: ${subject}`.slice(0, 100);
    await this.ensureIdentity();
    await this.must('git commit', ['commit', '-m', message, '-m', `This reverts commit ${commit}.`]);
    return this.head();
  }

  /** Drops local, unpushed commits (a rollback's revert that is not going to be pushed). */
  async resetTo(commit: string): Promise<void> {
    await this.must('git reset (drop the unpushed revert)', ['reset', '--keep', commit]);
  }

  async subject(commit: string): Promise<string> {
    return this.must('git log', ['log', '-1', '--format=%s', commit]);
  }
}
