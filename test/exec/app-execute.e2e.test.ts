// `execguard execute` end to end for an app plan: real git with a bare origin, real bash for the
// test and build commands, and the gh stand-in (gh needs the network) for the PR checks.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkStatus } from '../../src/status/parse.js';
import { tempDir } from '../helpers/tmp.js';
import { APPROVAL, execguard } from '../support/cli.js';
import { createRepo, type TestRepo } from '../support/workspace.js';
import { STANDINS } from '../support/operation-context.js';

const dir = tempDir('execguard-app-e2e-');
let repo: TestRepo;
let env: NodeJS.ProcessEnv;

const plan = (pr: number) =>
  [
    `id: release-${pr}`,
    'operation: app',
    'workdir: web',
    'git:',
    '  files: [web/VERSION]',
    '  message: "feat(web): release the next version"',
    'app:',
    '  test: test -s VERSION',
    '  build: bash build.sh',
    `  pr: ${pr}`,
    '',
  ].join('\n');

beforeAll(() => {
  repo = createRepo(dir);
  repo.commitAndPush(
    {
      'web/VERSION': '1\n',
      'web/build.sh': 'mkdir -p out && cp VERSION out/\n',
      '.gitignore': 'out/\n',
      'pass.yaml': plan(7),
      'fail.yaml': plan(8),
    },
    'chore: initial web app',
  );
  const checks = join(dir, 'checks.json');
  writeFileSync(checks, JSON.stringify({ 7: [{ name: 'ci', state: 'SUCCESS' }], 8: [{ name: 'ci', state: 'FAILURE' }] }));
  env = {
    ...process.env,
    PATH: `${STANDINS}:${process.env.PATH}`,
    EXECGUARD_HOME: join(dir, 'state'),
    GH_STANDIN_CHECKS: checks,
    GIT_AUTHOR_NAME: 'execguard test',
    GIT_AUTHOR_EMAIL: 'test@execguard.invalid',
    GIT_COMMITTER_NAME: 'execguard test',
    GIT_COMMITTER_EMAIL: 'test@execguard.invalid',
  };
});

describe('execguard execute with an app plan (real bash, gh stand-in, real git)', { timeout: 180_000 }, () => {
  it('stand-in: completes when the tests, the build and the PR checks pass', async () => {
    writeFileSync(join(repo.root, 'web/VERSION'), '2\n');
    const run = await execguard(repo.root, env, 'execute', 'pass.yaml', '--approval', APPROVAL);
    expect(run.stdout).toContain('## Execution Complete');
    expect(run.code).toBe(0);
    expect(checkStatus(run.stdout).errors).toEqual([]);
    expect(run.stdout).toContain('pull request #7: all 1 check(s) passed: ci (SUCCESS)');
    expect(existsSync(join(repo.root, 'web/out/VERSION'))).toBe(true);
    expect(repo.git('log', '-1', '--format=%s', 'origin/main')).toBe('feat(web): release the next version');
  });

  it('stand-in: blocks with the failed check named when the PR checks fail', async () => {
    writeFileSync(join(repo.root, 'web/VERSION'), '3\n');
    const run = await execguard(repo.root, env, 'execute', 'fail.yaml', '--approval', APPROVAL);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('pull request #8: checks failed: ci (FAILURE)');
    const status = checkStatus(run.stdout);
    expect(status.errors).toEqual([]);
    expect(run.stdout).toMatch(/PLAN_STATUS: BLOCKED/);
  });
});
