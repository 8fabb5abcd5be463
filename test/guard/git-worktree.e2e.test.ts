// Wholesale git writes judged against a real repository through the I/O every caller uses
// (decisionIoFor): a checkout, merge or reset is denied exactly when it would change .claude/ or
// the policy file, and the guard's own look at the repository runs nothing the repository
// configures (a clean filter planted in .git/config never runs).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseApproval } from '../../src/approval/scope.js';
import { decide } from '../../src/guard/decide.js';
import { DEFAULT_POLICY } from '../../src/guard/policy.js';
import { decisionIoFor, protectedPathsFor } from '../../src/state/decision-input.js';
import { tempDir } from '../helpers/tmp.js';

let repo = '';
let env: NodeJS.ProcessEnv = {};
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], { cwd: repo, stdio: 'pipe' });

beforeAll(() => {
  const dir = tempDir('execguard-gitwt-');
  repo = join(dir, 'repo');
  env = { HOME: join(dir, 'home'), EXECGUARD_HOME: join(dir, 'state'), CLAUDE_PROJECT_DIR: repo, PATH: process.env.PATH };
  mkdirSync(join(repo, '.claude'), { recursive: true });
  mkdirSync(join(repo, 'src'));
  writeFileSync(join(repo, '.claude', 'settings.json'), '{}\n');
  writeFileSync(join(repo, '.execguard.yaml'), 'mode: strict\n');
  writeFileSync(join(repo, 'src', 'app.ts'), 'a\n');
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'chore: init');
  git('checkout', '-qb', 'feature');
  writeFileSync(join(repo, 'src', 'app.ts'), 'b\n');
  git('commit', '-qam', 'feat: b');
  git('checkout', '-qb', 'evil', 'main');
  writeFileSync(join(repo, '.execguard.yaml'), 'mode: default\n');
  git('commit', '-qam', 'chore: loosen');
  // A branch whose out.txt is a link into .claude/: checked out and written in one command, the
  // write would land in .claude/settings.local.json.
  git('checkout', '-qb', 'linky', 'main');
  symlinkSync('.claude/settings.local.json', join(repo, 'out.txt'));
  git('add', 'out.txt');
  git('commit', '-qm', 'chore: link');
  git('checkout', '-q', 'main');
  // The user's local settings, which git does not track: `git stash -u` would take them away.
  writeFileSync(join(repo, '.claude', 'settings.local.json'), '{"permissions":{"deny":["Bash(rm:*)"]}}\n');
  // A clean filter the agent planted: git would run it when it hashes the files on disk.
  writeFileSync(join(repo, '.gitattributes'), '* filter=planted\n');
  git('config', 'filter.planted.clean', `touch ${join(dir, 'filter-ran')}; cat`);
});

async function verdict(command: string) {
  const d = await decide({
    command,
    cwd: repo,
    grant: { id: 'g', scope: parseApproval('User approved. Execute the plan.') },
    policy: DEFAULT_POLICY,
    protectedPaths: protectedPathsFor(env, repo),
    agentSession: true,
    io: decisionIoFor(env, repo),
  });
  return d;
}

describe('wholesale git writes against a real repository', () => {
  it.each([
    'git checkout evil',
    'git merge evil',
    'git reset --hard evil',
    'git stash -u',
    'git checkout-index -a -f',
    'git checkout -- .',
  ])('denies %s', async (command) => {
    const d = await verdict(command);
    expect(d.decision, d.reason).toBe('deny');
    expect(d.rules.map((r) => r.id)).toContain('protected-path');
  });

  it.each([
    'git checkout feature',
    'git merge feature',
    'git switch feature',
    'git checkout src/app.ts',
    'git stash push -- src/',
    'git stash',
    'git stash && git checkout feature && git stash pop',
    'git checkout feature && echo x > out.txt',
    'git checkout linky',
  ])('allows %s', async (command) => {
    const d = await verdict(command);
    expect(
      d.rules.map((r) => r.id),
      d.reason,
    ).not.toContain('protected-path');
  });

  it('runs nothing the repository configures while it looks', async () => {
    writeFileSync(join(repo, '.claude', 'settings.json'), '{"changed":true}\n');
    const d = await verdict('git reset --hard');
    expect(d.decision, d.reason).toBe('deny');
    expect(existsSync(join(repo, '..', 'filter-ran'))).toBe(false);
  });
});
