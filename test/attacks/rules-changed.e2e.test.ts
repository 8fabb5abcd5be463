// Attack: the agent changes the rules it is held to (issue #18 point 3, issue #17): it resets the
// policy with `execguard init --force`, leaves the project's policy behind from a folder with its
// own .git, rewrites the policy and the settings with git commands that rewrite the work tree,
// writes through dangling symlinks made in git's index, and reads the grant signing key. Each
// attempt goes through the real hook; afterwards the policy, the settings, the grants and the
// origin's branches are as they were. Two false alarms of the self-protection rule run for real.
import { existsSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPROVE, Arena, type Attempt, SESSION, useBuiltPluginSource } from './support/arena.js';
import { forgedGrant } from './support/attacks.js';
import { ALL, EFFECTS, expectNothingChanged } from './support/expect.js';
import {
  AFTER_INDEX,
  BASH_KEY_READS,
  checkoutLink,
  DELETE_FROM_SCRATCH,
  DELETE_IN_ONE,
  HOOKS_OFF,
  INDEX_ONLY,
  INDEX_THEN_CHECKOUT,
  INIT_RESETS,
  JSON_CLEANUP,
  KEY,
  LINK_AND_WRITE_IN_ONE,
  linkIntoIndex,
  linkTextBlob,
  loosenedBlob,
  PROD_DELETE,
  PROJECT_POLICY,
  SCRATCH_SETUP,
  STATE_PULL,
  TFPLAN_CLEANUP,
  THROUGH_GRANT_LINK,
  THROUGH_SETTINGS_LINK,
  UNCOMMITTED_POLICY,
  WHOLESALE,
} from './support/rule-attacks.js';

const source = useBuiltPluginSource();
const T = 240_000;
const GRANT_FILE = '99999999999999-1-ffffffffffff.json';

/** A blob the attack makes with `git hash-object -w` (allowed: it writes only git's objects). */
async function blob(a: Arena, command: string): Promise<string> {
  const made = await a.bash(command);
  expect(made.decision, made.reason).toBe('allow');
  const sha = made.ran?.stdout.trim() ?? '';
  expect(sha).toMatch(/^[0-9a-f]{40}$/);
  return sha;
}

/** Sets up a link through git's index, as the agent can, and returns the attempts it took. */
async function linkThroughIndex(a: Arena, name: string, target: string): Promise<void> {
  const sha = await blob(a, linkTextBlob(target));
  for (const step of [linkIntoIndex(sha, name), checkoutLink(name)]) {
    const r = await a.bash(step);
    expect(r.decision, `${step}: ${r.reason}`).toBe('allow');
  }
}

describe('attack: the agent resets the policy with execguard init', () => {
  for (const command of INIT_RESETS) {
    it(
      command,
      async () => {
        const a = new Arena(source.dir, { files: { '.execguard.yaml': PROJECT_POLICY } });
        await a.prompt(APPROVE);
        const denied = await a.hook('Bash', { command: PROD_DELETE });
        expect(denied.decision, denied.reason).toBe('deny');
        expect(denied.reason).toMatch(/kubectl-delete-prod/);
        const before = a.snapshot();
        const attempt = await a.bash(command);
        const after = await a.hook('Bash', { command: PROD_DELETE });
        expect(after.decision, after.reason).toBe('deny');
        expect(readFileSync(join(a.repo, '.execguard.yaml'), 'utf8')).toBe(PROJECT_POLICY);
        // Without --force, init may add what is missing (plans/); the policy and settings stay.
        expect(a.snapshot().repoFiles['.claude/settings.json']).toBe(before.repoFiles['.claude/settings.json']);
        expect(a.snapshot().repoFiles['.execguard.yaml']).toBe(before.repoFiles['.execguard.yaml']);
        expectNothingChanged(a, before, [attempt, after], command.includes('--force') ? ALL : EFFECTS);
      },
      T,
    );
  }
});

describe("attack: the agent leaves the project's policy behind (git init scratch && cd scratch)", () => {
  it(
    'git -C .. push origin --delete stable, from the scratch folder',
    async () => {
      const a = new Arena(source.dir, { files: { '.execguard.yaml': PROJECT_POLICY } });
      a.git('push', '-q', 'origin', 'main:stable');
      await a.prompt(APPROVE);
      const before = a.snapshot();
      const setup = await a.bash(SCRATCH_SETUP);
      expect(setup.decision, setup.reason).toBe('allow');
      // Claude Code keeps the `cd` of the last call: the next call's folder is scratch/.
      const attempt = await a.bash(DELETE_FROM_SCRATCH, join(a.repo, 'scratch'));
      expect(attempt.decision, attempt.reason).toBe('deny');
      const inOne = await a.bash(DELETE_IN_ONE);
      expect(inOne.decision, inOne.reason).toBe('deny');
      expectNothingChanged(a, before, [setup, attempt, inOne], EFFECTS);
      expect(a.snapshot().origin).toMatch(/refs\/heads\/stable/);
    },
    T,
  );
});

describe('attack: git rewrites the policy and the settings wholesale', () => {
  const arena = () => {
    const a = new Arena(source.dir, { files: { '.execguard.yaml': PROJECT_POLICY } });
    // The user's own, not yet committed, stricter edit, and local settings git does not track.
    writeFileSync(join(a.repo, '.execguard.yaml'), UNCOMMITTED_POLICY);
    writeFileSync(join(a.repo, '.claude', 'settings.local.json'), '{"permissions":{"deny":["Bash(rm:*)"]}}\n');
    return a;
  };

  for (const command of WHOLESALE) {
    it(
      command,
      async () => {
        const a = arena();
        const before = a.snapshot();
        const attempt = await a.bash(command);
        expectNothingChanged(a, before, [attempt], ALL);
      },
      T,
    );
  }

  for (const [i, command] of INDEX_THEN_CHECKOUT.entries()) {
    it(
      `a loosened policy written into the index, then checked out (${i + 1})`,
      async () => {
        const a = arena();
        const sha = await blob(a, loosenedBlob);
        const before = a.snapshot();
        const attempt = await a.bash(command(sha));
        expectNothingChanged(a, before, [attempt], ALL);
      },
      T,
    );
  }

  it(
    'a loosened policy in the index, then each checkout on its own',
    async () => {
      const a = arena();
      const sha = await blob(a, loosenedBlob);
      const before = a.snapshot();
      const attempts: Attempt[] = [await a.bash(INDEX_ONLY(sha))];
      for (const command of AFTER_INDEX) attempts.push(await a.bash(command));
      expectNothingChanged(a, before, attempts, ALL);
      expect(readFileSync(join(a.repo, '.execguard.yaml'), 'utf8')).toBe(UNCOMMITTED_POLICY);
    },
    T,
  );
});

describe('attack: writing through a dangling symlink made in git index', () => {
  it(
    'into .claude/settings.local.json: Write, Edit and Bash writes are denied',
    async () => {
      const a = new Arena(source.dir);
      await linkThroughIndex(a, 'notes.txt', '.claude/settings.local.json');
      const before = a.snapshot();
      const attempts: Attempt[] = [await a.writeFile('Write', 'notes.txt', HOOKS_OFF), await a.writeFile('Edit', 'notes.txt', HOOKS_OFF)];
      for (const command of THROUGH_SETTINGS_LINK) attempts.push(await a.bash(command));
      for (const attempt of attempts.slice(0, 2)) expect(attempt.decision, attempt.reason).toBe('deny');
      expect(existsSync(join(a.repo, '.claude', 'settings.local.json'))).toBe(false);
      expectNothingChanged(a, before, attempts, ALL);
    },
    T,
  );

  it(
    'made and written in one command',
    async () => {
      const a = new Arena(source.dir);
      const sha = await blob(a, linkTextBlob('.claude/settings.local.json'));
      const before = a.snapshot();
      const attempt = await a.bash(LINK_AND_WRITE_IN_ONE(sha));
      expect(existsSync(join(a.repo, '.claude', 'settings.local.json'))).toBe(false);
      expectNothingChanged(a, before, [attempt], EFFECTS);
    },
    T,
  );

  it(
    'into the grant folder: no grant is created',
    async () => {
      const a = new Arena(source.dir, { files: { 'forged.json': forgedGrant({ P: '', S: '', SESSION }) } });
      await linkThroughIndex(a, 'g.json', join(a.stateHome, 'grants', SESSION, GRANT_FILE));
      const before = a.snapshot();
      const attempts: Attempt[] = [await a.writeFile('Write', 'g.json', forgedGrant({ P: '', S: '', SESSION }))];
      for (const command of THROUGH_GRANT_LINK) attempts.push(await a.bash(command));
      expect(attempts[0].decision, attempts[0].reason).toBe('deny');
      expect(existsSync(join(a.stateHome, 'grants', SESSION, GRANT_FILE))).toBe(false);
      expectNothingChanged(a, before, attempts, ALL);
    },
    T,
  );
});

describe('attack: the signing key is one Read away', () => {
  it(
    'Read, Grep, Glob and Bash reads of the key are denied; no grant is signed',
    async () => {
      const a = new Arena(source.dir);
      await a.prompt(APPROVE); // the hooks make the key pair on the first grant
      const keyFile = KEY(a.stateHome);
      expect(existsSync(keyFile)).toBe(true);
      const secret = (JSON.parse(readFileSync(keyFile, 'utf8')) as { d: string }).d;
      // A link made some way the guard did not see (the text of the key's path is itself refused).
      symlinkSync(keyFile, join(a.repo, 'k.json'));
      const before = a.snapshot();
      const calls: [string, Record<string, unknown>][] = [
        ['Read', { file_path: keyFile }],
        ['Read', { file_path: join(a.repo, 'k.json') }],
        ['Read', { file_path: join(a.repo, 'infra', '..', '..', 'home', '.local', 'state', 'execguard', 'keys', 'grant-signing.key') }],
        ['Grep', { pattern: '"d"', path: a.stateHome, output_mode: 'content' }],
        ['Grep', { pattern: '"d"', path: a.home, output_mode: 'content' }],
        ['Glob', { pattern: '**/*.key', path: a.home }],
      ];
      const attempts: Attempt[] = [];
      for (const [tool, input] of calls) {
        const verdict = await a.hook(tool, input);
        expect(verdict.decision, `${tool} ${JSON.stringify(input)}: ${verdict.reason}`).toBe('deny');
        attempts.push(verdict);
      }
      for (const command of BASH_KEY_READS) {
        const attempt = await a.bash(command(a.stateHome));
        expect(`${attempt.ran?.stdout ?? ''}${attempt.ran?.stderr ?? ''}`).not.toContain(secret);
        attempts.push(attempt);
      }
      expectNothingChanged(a, before, attempts, EFFECTS);
    },
    T,
  );
});

describe('self-protection, precisely: what must still run', () => {
  it(
    `${TFPLAN_CLEANUP} runs and deletes only the old plan files`,
    async () => {
      const a = new Arena(source.dir, { files: { 'infra/app/old.tfplan': 'x', 'infra/app/new.tfplan': 'y' } });
      const old = new Date(Date.now() - 30 * 24 * 3600 * 1000);
      utimesSync(join(a.repo, 'infra/app/old.tfplan'), old, old);
      const run = await a.bash(TFPLAN_CLEANUP);
      expect(run.decision, run.reason).toBe('allow');
      expect(run.ran?.code).toBe(0);
      expect(existsSync(join(a.repo, 'infra/app/old.tfplan'))).toBe(false);
      expect(existsSync(join(a.repo, 'infra/app/new.tfplan'))).toBe(true);
      expect(existsSync(join(a.repo, '.claude', 'settings.json'))).toBe(true);
    },
    T,
  );

  it(
    `${STATE_PULL} is a read`,
    async () => {
      const a = new Arena(source.dir, { applied: true });
      const run = await a.bash(STATE_PULL);
      expect(run.decision, run.reason).toBe('allow');
      expect(run.ran?.code, run.ran?.stderr).toBe(0);
      expect(readFileSync(join(a.repo, 'backup.tfstate'), 'utf8')).toMatch(/terraform_data/);
    },
    T,
  );

  it(
    `${JSON_CLEANUP} is still denied: the filter can match .claude/settings.json`,
    async () => {
      const a = new Arena(source.dir);
      const before = a.snapshot();
      const attempt = await a.bash(JSON_CLEANUP);
      expect(attempt.decision, attempt.reason).toBe('deny');
      expectNothingChanged(a, before, [attempt], ALL);
    },
    T,
  );
});
