// The app executor: real bash running the plan's test and build commands, and the gh stand-in
// (gh needs the network) answering `gh pr checks --json`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appOperation, programOf } from '../../src/exec/operations/app.js';
import { StepError, type Plan } from '../../src/exec/types.js';
import { tempDir } from '../helpers/tmp.js';
import { commands, STANDINS, testContext } from '../support/operation-context.js';

const root = tempDir('execguard-app-');
mkdirSync(join(root, 'web'), { recursive: true });
writeFileSync(join(root, 'web', 'build.sh'), 'mkdir -p dist && echo "built $GREETING" > dist/out.txt\n');
const checksFile = join(root, 'checks.json');
writeFileSync(
  checksFile,
  JSON.stringify({
    42: [
      { name: 'test', state: 'SUCCESS' },
      { name: 'lint', state: 'SKIPPED' },
    ],
    43: [
      { name: 'test', state: 'FAILURE' },
      { name: 'lint', state: 'SUCCESS' },
    ],
    44: [{ name: 'test', state: 'IN_PROGRESS' }],
  }),
);
const env = { PATH: `${STANDINS}:${process.env.PATH}`, GH_STANDIN_CHECKS: checksFile };

const plan = (app: Plan['app']): Plan => ({ id: 'web', operation: 'app', workdir: 'web', app, verify: [] });
let runs = 0;
const ctxFor = (p: Plan) => testContext({ plan: p, repoRoot: root, runDir: join(root, 'runs', String(++runs)), env });

describe('app executor (real bash, gh stand-in)', () => {
  it('runs the test and build commands in the workdir through bash -c', async () => {
    const ctx = ctxFor(plan({ test: 'test -f build.sh', build: 'GREETING=hi bash build.sh' }));
    await appOperation.preflight(ctx);
    const summary = await appOperation.dryRun(ctx);
    expect(summary.notes).toEqual([
      'would run the test command in web: test -f build.sh',
      'would run the build command in web: GREETING=hi bash build.sh',
    ]);
    expect(existsSync(join(root, 'web', 'dist'))).toBe(false);
    expect(await appOperation.apply(ctx, summary)).toEqual(['test passed: test -f build.sh', 'build passed: GREETING=hi bash build.sh']);
    expect(readFileSync(join(root, 'web', 'dist', 'out.txt'), 'utf8')).toBe('built hi\n');
    expect(commands(ctx).slice(-2)).toEqual(['bash -c test -f build.sh', 'bash -c GREETING=hi bash build.sh']);
  });

  it('a failing test command stops apply with its exit code and output, before the build runs', async () => {
    const ctx = ctxFor(plan({ test: 'echo "2 tests failed" >&2; exit 3', build: 'bash build.sh' }));
    const error = await appOperation.apply(ctx, await appOperation.dryRun(ctx)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StepError);
    expect((error as StepError).message).toMatch(/the test command failed: .*\(exit 3, .*\): 2 tests failed/);
    expect(ctx.steps.map((s) => s.step)).toEqual(['test']);
  });

  it('pre-flight names a program the plan needs that is not installed', async () => {
    const error = await appOperation.preflight(ctxFor(plan({ test: 'CI=1 no-such-tool-xyz run' }))).catch((e: unknown) => e);
    expect((error as StepError).errorClass).toBe('Validation');
    expect((error as StepError).message).toMatch(/^no-such-tool-xyz is not installed/);
    expect(programOf('A=1 B=2 npm test')).toBe('npm');
  });

  it('stand-in: verify passes when every pull request check succeeded or was skipped', async () => {
    const ctx = ctxFor(plan({ pr: 42 }));
    await appOperation.preflight(ctx);
    expect(await appOperation.verify(ctx)).toEqual(['pull request #42: all 2 check(s) passed: test (SUCCESS), lint (SKIPPED)']);
    expect(commands(ctx).at(-1)).toBe('gh pr checks 42 --json state,name');
  });

  it('stand-in: verify fails with the failed checks named, and reports running checks as transient', async () => {
    const failed = await appOperation.verify(ctxFor(plan({ pr: 43 }))).catch((e: unknown) => e);
    expect((failed as StepError).errorClass).toBe('Validation');
    expect((failed as StepError).message).toBe('pull request #43: checks failed: test (FAILURE)');
    const running = await appOperation.verify(ctxFor(plan({ pr: 44 }))).catch((e: unknown) => e);
    expect((running as StepError).errorClass).toBe('Transient');
    expect((running as StepError).message).toMatch(/checks still running: test \(IN_PROGRESS\)/);
    const unknown = await appOperation.verify(ctxFor(plan({ pr: 99 }))).catch((e: unknown) => e);
    expect((unknown as StepError).message).toMatch(/gh pr checks 99 failed .*Could not resolve to a PullRequest/);
  });

  it('rollback leaves everything to the git revert', async () => {
    expect(await appOperation.rollback(ctxFor(plan({ pr: 42 })))).toEqual({ done: [], pending: [] });
  });
});
