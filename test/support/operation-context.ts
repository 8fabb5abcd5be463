// A minimal OperationContext for testing executors directly against real tools: `exec` really
// runs the command (execa, no shell) and records every step, as the runner's journal would.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import type { CommandResult, OperationContext, Plan } from '../../src/exec/types.js';
import { scaled } from '../helpers/timeouts.js';

export interface RecordedStep {
  step: string;
  argv: string[];
  cwd?: string;
  result: CommandResult;
}

export interface TestContext extends OperationContext {
  steps: RecordedStep[];
  lines: string[];
}

/** Directory holding the flux, gh and terragrunt stand-ins. */
export const STANDINS = join(import.meta.dirname, 'standins');

export function testContext(options: {
  plan: Plan;
  repoRoot: string;
  runDir: string;
  env?: NodeJS.ProcessEnv;
  pushedCommit?: string;
  targetRunDir?: string;
}): TestContext {
  mkdirSync(options.runDir, { recursive: true });
  const steps: RecordedStep[] = [];
  const lines: string[] = [];
  const env = { ...process.env, ...options.env };
  const controller = new AbortController();
  return {
    plan: options.plan,
    repoRoot: options.repoRoot,
    workdir: join(options.repoRoot, options.plan.workdir),
    runDir: options.runDir,
    env,
    signal: controller.signal,
    pushedCommit: options.pushedCommit,
    targetRunDir: options.targetRunDir,
    steps,
    lines,
    progress: (line) => lines.push(line),
    async exec(step, argv, opts = {}) {
      const started = Date.now();
      const r = await execa(argv[0], argv.slice(1), {
        cwd: opts.cwd ?? join(options.repoRoot, options.plan.workdir),
        env: { ...env, ...opts.env },
        extendEnv: false,
        reject: false,
        input: opts.input,
        stdin: opts.input === undefined ? 'ignore' : undefined,
        timeout: opts.timeoutMs ?? scaled(120_000),
      });
      const result: CommandResult = {
        command: argv.join(' '),
        exitCode: r.exitCode ?? 1,
        stdout: String(r.stdout ?? ''),
        stderr: String(r.stderr ?? ''),
        durationMs: Date.now() - started,
      };
      steps.push({ step, argv, cwd: opts.cwd, result });
      return result;
    },
  };
}

/** The argv of recorded steps, joined, for assertions on what ran. */
export const commands = (ctx: TestContext) => ctx.steps.map((s) => s.argv.join(' '));
