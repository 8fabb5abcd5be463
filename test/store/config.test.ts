// The team-store setting and the four-eyes policy keys, as a user writes them: `store:` and
// `approvals.reviewers` in .execguard.yaml, EXECGUARD_STORE in the environment. In-process: the
// parser, the precedence between file and environment, and the count a plan needs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewersRequired } from '../../src/exec/approval/review.js';
import { DEFAULT_POLICY } from '../../src/guard/policy.js';
import { stricterOf } from '../../src/guard/policy-merge.js';
import { PolicyError, parsePolicy } from '../../src/guard/policy-parse.js';
import { StoreConfigError, teamStore } from '../../src/store/config.js';
import { main } from '../../src/cli/main.js';
import { tempDir } from '../helpers/tmp.js';

const F = '.execguard.yaml';

function repoWith(policy?: string): string {
  const repo = tempDir('execguard-store-config-');
  mkdirSync(join(repo, '.git'));
  if (policy !== undefined) writeFileSync(join(repo, F), policy);
  return repo;
}

describe('store: and approvals.reviewers in .execguard.yaml', () => {
  it('parses a store URL and reviewers per environment', () => {
    const policy = parsePolicy('store: postgres://alice@db.internal:5432/execguard\napprovals:\n  reviewers: { prod: 2, staging: 1 }\n', F);
    expect(policy.store).toBe('postgres://alice@db.internal:5432/execguard');
    expect(policy.approvals.reviewers).toEqual({ prod: 2, staging: 1 });
  });

  const bad: [string, RegExp][] = [
    [
      'store: postgres://alice:hunter2@db/execguard',
      /^\.execguard\.yaml:1: store: the URL carries a password: put it in PGPASSWORD or ~\/\.pgpass/,
    ],
    ['store: mysql://alice@db/execguard', /^\.execguard\.yaml:1: store: expected a postgres:\/\/USER@HOST\/DB URL/],
    ['store: [postgres://a@b/c]', /^\.execguard\.yaml:1: store: expected a postgres:\/\/USER@HOST\/DB URL, got a list/],
    [
      'approvals:\n  reviewers: { production: 1 }',
      /^\.execguard\.yaml:2: approvals\.reviewers\.production: unknown environment \(expected one of dev, staging, prod\)/,
    ],
    [
      'approvals:\n  reviewers: { prod: 0 }',
      /^\.execguard\.yaml:2: approvals\.reviewers\.prod: expected a whole number from 1 to 9, got 0/,
    ],
    ['approvals:\n  reviewer: { prod: 1 }', /^\.execguard\.yaml:2: approvals\.reviewer: unknown key \(expected reviewers or planLock\)/],
    ['approvals: 1', /^\.execguard\.yaml:1: approvals: expected a mapping with reviewers/],
  ];
  it.each(bad)('rejects %j with file, line and key, without echoing a password', (text, message) => {
    let error: unknown;
    try {
      parsePolicy(text, F);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PolicyError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('hunter2');
  });

  it('a nearer policy file can only ask for more reviewers, and the project keeps its store', () => {
    const project = parsePolicy('store: postgres://team@db/execguard\napprovals: { reviewers: { prod: 1 } }\n', 'project');
    const nearer = parsePolicy('store: postgres://me@laptop/mine\napprovals: { reviewers: { prod: 2, dev: 1 } }\n', 'nearer');
    const merged = stricterOf(project, nearer);
    expect(merged.approvals.reviewers).toEqual({ prod: 2, dev: 1 });
    expect(merged.store).toBe('postgres://team@db/execguard');
    expect(stricterOf(nearer, parsePolicy('approvals: { reviewers: {} }\n', 'x')).approvals.reviewers).toEqual({ prod: 2, dev: 1 });
  });

  it('approvals.planLock: a boolean, named with its line when it is not; a nearer file can switch it on, never off', () => {
    expect(parsePolicy('approvals: { planLock: true }\n', 'p').approvals.planLock).toBe(true);
    expect(parsePolicy('mode: default\n', 'p').approvals.planLock).toBe(false);
    expect(() => parsePolicy('mode: default\napprovals:\n  planLock: sometimes\n', 'p')).toThrow(
      /p:3: approvals\.planLock: expected true or false, got "sometimes"/,
    );
    const on = parsePolicy('approvals: { planLock: true }\n', 'project');
    const off = parsePolicy('approvals: { planLock: false }\n', 'nearer');
    expect(stricterOf(on, off).approvals.planLock).toBe(true);
    expect(stricterOf(off, on).approvals.planLock).toBe(true);
  });
});

describe('which store a command uses', () => {
  it('the file wins over EXECGUARD_STORE (the agent can set the environment, not the file), and says so', async () => {
    const repo = repoWith('store: postgres://team@db.internal/execguard\n');
    expect(await teamStore({ EXECGUARD_STORE: 'postgres://mallory@127.0.0.1/fake' }, repo)).toEqual({
      url: 'postgres://team@db.internal/execguard',
      from: 'policy',
      note: 'EXECGUARD_STORE names another store; the one in .execguard.yaml is used',
    });
    expect(await teamStore({}, repo)).toEqual({ url: 'postgres://team@db.internal/execguard', from: 'policy' });
  });

  it('EXECGUARD_STORE applies when the file names none; without either the file store is in force', async () => {
    expect(await teamStore({ EXECGUARD_STORE: 'postgres://ci@db/execguard' }, repoWith('mode: strict\n'))).toEqual({
      url: 'postgres://ci@db/execguard',
      from: 'env',
    });
    expect(await teamStore({}, repoWith())).toBeUndefined();
  });

  it('refuses a password in EXECGUARD_STORE, and a broken policy file, with a clear message', async () => {
    await expect(teamStore({ EXECGUARD_STORE: 'postgres://ci:hunter2@db/execguard' }, repoWith())).rejects.toThrow(
      /EXECGUARD_STORE: the URL carries a password: put it in PGPASSWORD or ~\/\.pgpass, never in the URL/,
    );
    await expect(teamStore({}, repoWith('store: postgres://a:hunter2@db/x\n'))).rejects.toBeInstanceOf(StoreConfigError);
  });
});

describe('how many reviewers a plan needs', () => {
  const policy = { ...DEFAULT_POLICY, approvals: { reviewers: { prod: 2, staging: 1 }, planLock: false } };
  it('the largest count among the environments it touches; none when they ask for none', () => {
    expect(reviewersRequired(['prod'], policy)).toBe(2);
    expect(reviewersRequired(['staging', 'prod'], policy)).toBe(2);
    expect(reviewersRequired(['staging'], policy)).toBe(1);
    expect(reviewersRequired(['dev'], policy)).toBe(0);
    expect(reviewersRequired(['prod'], DEFAULT_POLICY)).toBe(0);
  });
  it('a plan that names no environment counts as every environment listed (unknown is not safe)', () => {
    expect(reviewersRequired([], policy)).toBe(2);
    expect(reviewersRequired([], DEFAULT_POLICY)).toBe(0);
  });
});

async function cli(cwd: string, env: NodeJS.ProcessEnv, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => '',
    env,
    cwd,
    isTTY: false,
  });
  return { code, stdout, stderr };
}

describe('team commands given a missing or bad setting', () => {
  const { EXECGUARD_STORE: _s, ...env } = process.env;

  it('approve and store sync without a store say how to set one up', async () => {
    const repo = repoWith();
    for (const argv of [
      ['approve', `sha256:${'a'.repeat(64)}`],
      ['store', 'sync'],
    ]) {
      const run = await cli(repo, env, ...argv);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        /needs the team store: set EXECGUARD_STORE=postgres:\/\/USER@HOST\/DB, or store: postgres:\/\/HOST\/DB in \.execguard\.yaml/,
      );
    }
  });

  it('approve wants a digest as a blocked run prints it', async () => {
    const run = await cli(repoWith(), env, 'approve', 'the-plan');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/usage: execguard approve DIGEST .*sha256:/);
  });

  it('a password in the policy file stops the command with the file and line, never the password', async () => {
    const repo = repoWith('mode: default\nstore: postgres://alice:hunter2@db/execguard\n');
    for (const argv of [['locks'], ['approve', `sha256:${'b'.repeat(64)}`], ['execute', 'plan.yaml']]) {
      const run = await cli(repo, env, ...argv);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/\.execguard\.yaml:2: store: the URL carries a password/);
      expect(run.stderr + run.stdout).not.toContain('hunter2');
    }
  });
});
