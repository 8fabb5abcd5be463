// The plan's own `verify` steps: run each (a shell command line, judged by the guard as written),
// then check the expected exit code and stdout pattern.
import { classify } from './error-table.js';
import { StepError, type OperationContext, type VerifyStep } from '../types.js';
import type { StepRunner } from './steps.js';

export async function runVerifyStep(ctx: OperationContext, steps: StepRunner, step: VerifyStep, index: number): Promise<string> {
  const name = `verify #${index + 1}`;
  // The operation says what its tools need (e.g. terraform's data folder); the runner knows no tool.
  const env = steps.childEnv(ctx.stepEnv);
  const result = await steps.run(name, step.run, (signal, seq) =>
    steps.spawn(seq, name, signal, '/bin/sh', ['-c', step.run], { cwd: ctx.workdir, env, timeoutMs: 5 * 60_000 }),
  );
  const wantExit = step.expect?.exitCode ?? 0;
  if (result.exitCode !== wantExit) {
    const { errorClass, why } = classify(result);
    const tail = `${result.stderr}\n${result.stdout}`.trim().split('\n').slice(-2).join(' ');
    throw new StepError(`${name} \`${step.run}\` exited ${result.exitCode}, expected ${wantExit} (${why}): ${tail}`, result, errorClass);
  }
  if (step.expect?.stdoutMatches !== undefined && !new RegExp(step.expect.stdoutMatches).test(result.stdout)) {
    throw new StepError(`${name} \`${step.run}\`: stdout does not match /${step.expect.stdoutMatches}/`, result, 'Validation');
  }
  return `${name} \`${step.run}\` passed (exit ${result.exitCode}${step.expect?.stdoutMatches ? `, stdout matches /${step.expect.stdoutMatches}/` : ''})`;
}
