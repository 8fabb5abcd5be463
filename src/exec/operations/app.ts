// Application changes: the pushed commit is the change. Apply runs the plan's test and build
// commands (through `bash -c`, so the guard analyses the same text bash runs); verify reads the
// pull request's checks from `gh pr checks --json`. Rollback is the runner's git revert alone.
import { classify } from '../run/error-table.js';
import { StepError, type CommandResult, type Operation, type OperationContext } from '../types.js';

const PASSED = new Set(['SUCCESS', 'SKIPPED', 'NEUTRAL']);
const RUNNING = new Set(['PENDING', 'QUEUED', 'IN_PROGRESS', 'WAITING', 'REQUESTED', 'EXPECTED']);

function section(ctx: OperationContext) {
  const a = ctx.plan.app;
  if (!a) throw new StepError("the plan has no 'app:' section", undefined, 'Validation');
  return a;
}

function fail(what: string, result: CommandResult, errorClass?: StepError['errorClass']): never {
  const c = classify(result);
  const detail = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-3).join(' ').slice(0, 600);
  throw new StepError(`${what} (exit ${result.exitCode}, ${c.why}): ${detail}`, result, errorClass ?? c.errorClass);
}

/** The program a simple command string starts with, after any leading `NAME=value` assignments. */
export function programOf(command: string): string | undefined {
  return command
    .trim()
    .split(/\s+/)
    .find((word) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(word));
}

const commandsOf = (ctx: OperationContext) => {
  const a = section(ctx);
  return [...(a.test ? [['test', a.test] as const] : []), ...(a.build ? [['build', a.build] as const] : [])];
};

export interface Check {
  name: string;
  state: string;
}

/** Splits `gh pr checks --json state,name` output into passed, running and failed checks. */
export function judgeChecks(checks: Check[]): { passed: Check[]; running: Check[]; failed: Check[] } {
  return {
    passed: checks.filter((c) => PASSED.has(c.state)),
    running: checks.filter((c) => RUNNING.has(c.state)),
    failed: checks.filter((c) => !PASSED.has(c.state) && !RUNNING.has(c.state)),
  };
}

export const appOperation: Operation = {
  async preflight(ctx) {
    const needed = [
      ...new Set([...commandsOf(ctx).map(([, cmd]) => programOf(cmd)), ...(section(ctx).pr ? ['gh'] : [])].filter((p): p is string => !!p)),
    ];
    for (const program of needed) {
      // `command -v` finds executables, builtins and functions alike; the name is passed as $1, never spliced.
      const r = await ctx.exec(`${program} present`, ['bash', '-c', 'command -v -- "$1"', 'bash', program], { cwd: ctx.workdir });
      if (r.exitCode !== 0)
        throw new StepError(`${program} is not installed (or not on PATH): needed by the plan's app section`, r, 'Validation');
    }
  },

  async dryRun(ctx) {
    const a = section(ctx);
    const notes = [
      ...commandsOf(ctx).map(([kind, cmd]) => `would run the ${kind} command in ${ctx.plan.workdir}: ${cmd}`),
      ...(a.pr ? [`would check pull request #${a.pr} (gh pr checks)`] : []),
    ];
    if (notes.length === 0) notes.push('nothing to run: the app section names no test, build or pr');
    return {
      create: [],
      update: [],
      destroy: [],
      notes,
      digestInput: JSON.stringify({ test: a.test ?? null, build: a.build ?? null, pr: a.pr ?? null }),
      artifacts: [],
    };
  },

  async apply(ctx) {
    const lines: string[] = [];
    for (const [kind, command] of commandsOf(ctx)) {
      const r = await ctx.exec(kind, ['bash', '-c', command], { cwd: ctx.workdir });
      if (r.exitCode !== 0) fail(`the ${kind} command failed: ${command}`, r, r.exitCode === 127 ? 'Validation' : undefined);
      lines.push(`${kind} passed: ${command}`);
    }
    return lines;
  },

  async verify(ctx) {
    const pr = section(ctx).pr;
    if (!pr) return [];
    const r = await ctx.exec(`gh pr checks ${pr}`, ['gh', 'pr', 'checks', String(pr), '--json', 'state,name'], { cwd: ctx.repoRoot });
    // gh exits 1 for a failed check and 8 for pending ones, and still prints the JSON: read it first.
    let checks: Check[];
    try {
      checks = JSON.parse(r.stdout) as Check[];
      if (!Array.isArray(checks)) throw new Error('not an array');
    } catch {
      fail(`gh pr checks ${pr} failed`, r);
    }
    if (checks.length === 0) return [`pull request #${pr}: no checks reported`];
    const { passed, running, failed } = judgeChecks(checks);
    const list = (cs: Check[]) => cs.map((c) => `${c.name} (${c.state})`).join(', ');
    if (failed.length) throw new StepError(`pull request #${pr}: checks failed: ${list(failed)}`, r, 'Validation');
    if (running.length) throw new StepError(`pull request #${pr}: checks still running: ${list(running)}; try again later`, r, 'Transient');
    return [`pull request #${pr}: all ${passed.length} check(s) passed: ${list(passed)}`];
  },

  async rollback() {
    // The commit is the whole change; the runner's git revert (pushed) undoes it.
    return { done: [], pending: [] };
  },
};
