// The one git workspace builder: a real repository whose origin is a local bare repository
// (`createRepo`), and on it the executor's workspace (`workspace`): a copy of the terraform demo
// (test/support/terraform.ts), its plan committed and pushed, a private execguard state folder
// and the in-process CLI (test/support/cli.ts) running there.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from '../helpers/tmp.js';
import { type CliResult, execguard } from './cli.js';
import { demoPlan, TERRAFORM_DEMO } from './terraform.js';

export { APPROVAL } from './cli.js';
export { tfConfig } from './terraform.js';

export const ROOT = join(import.meta.dirname, '..', '..');

/** Passed on every git call: the repositories themselves have no identity (execguard must supply one). */
const GIT_IDENTITY = ['-c', 'user.name=execguard test', '-c', 'user.email=test@execguard.invalid', '-c', 'commit.gpgsign=false'];

export interface TestRepo {
  root: string;
  origin: string;
  git: (...args: string[]) => string;
  /** Writes files, commits them and pushes to origin/main; returns the commit. */
  commitAndPush: (files: Record<string, string>, message: string) => string;
}

/**
 * A repository at DIR/NAME (default `work`) on branch main, with the bare repository DIR/origin.git
 * as `origin`. `tracking` (default true) makes main track origin/main, as a clone does.
 */
export function createRepo(dir: string, options: { name?: string; tracking?: boolean } = {}): TestRepo {
  const origin = join(dir, 'origin.git');
  const root = join(dir, options.name ?? 'work');
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', origin]);
  execFileSync('git', ['init', '-q', '-b', 'main', root]);
  const git = (...args: string[]) =>
    execFileSync('git', [...GIT_IDENTITY, ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  git('remote', 'add', 'origin', origin);
  if (options.tracking !== false) {
    git('config', 'branch.main.remote', 'origin');
    git('config', 'branch.main.merge', 'refs/heads/main');
  }
  return {
    root,
    origin,
    git,
    commitAndPush(files, message) {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      }
      git('add', '--', ...Object.keys(files));
      git('commit', '-q', '-m', message);
      git('push', '-q', 'origin', 'main');
      return git('rev-parse', 'HEAD');
    },
  };
}

export interface Workspace {
  dir: string;
  repo: string;
  origin: string;
  home: string;
  planFile: string;
  env: NodeJS.ProcessEnv;
  git: (...args: string[]) => string;
  write: (path: string, text: string) => void;
  read: (path: string) => string;
  cli: (...argv: string[]) => Promise<CliResult>;
}

export function workspace(options: { plan?: string; mainTf?: string } = {}): Workspace {
  const dir = tempDir('execguard-ws-');
  const { root: repo, origin, git } = createRepo(dir, { name: 'repo', tracking: false });
  const home = join(dir, 'state');
  mkdirSync(home);
  cpSync(TERRAFORM_DEMO, join(repo, 'infra/app'), { recursive: true });
  if (options.mainTf) writeFileSync(join(repo, 'infra/app/main.tf'), options.mainTf);
  writeFileSync(join(repo, '.gitignore'), '*.tfstate\n*.tfstate.backup\n.terraform/\n*.counter\n');
  const planFile = join(repo, 'plan.yaml');
  writeFileSync(planFile, options.plan ?? demoPlan());
  git('add', '-A');
  git('commit', '-q', '-m', 'chore: initial workspace');
  git('push', '-q', 'origin', 'main');
  // A person at a terminal: no agent-session markers leak in from whatever runs the tests.
  const { CLAUDECODE: _c, EXECGUARD_SESSION_ID: _s, CLAUDE_CODE_SESSION_ID: _cs, ...outside } = process.env;
  const env = { ...outside, EXECGUARD_HOME: home, TF_CLI_CONFIG_FILE: '', CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1' };
  const cli = (...argv: string[]) => execguard(repo, env, ...argv);
  return {
    dir,
    repo,
    origin,
    home,
    planFile,
    env,
    git,
    write: (path, text) => {
      mkdirSync(join(repo, path, '..'), { recursive: true });
      writeFileSync(join(repo, path), text);
    },
    read: (path) => readFileSync(join(repo, path), 'utf8'),
    cli,
  };
}

/**
 * A workspace (or anything kept in one folder, `dir`) made once by `make`; every later call puts the
 * folder back at its own path exactly as `make` left it (files, git repositories and origin, the
 * state folder) and returns the same object. For a file whose tests each start from the same
 * prepared workspace (a completed run, a killed first attempt): the preparation runs once, not per
 * test. The paths inside stay valid because the folder comes back where it was made, so the tests
 * using one must run one after another (vitest's default within a file).
 */
export function fromSnapshot<T extends { dir: string }>(make: () => T | Promise<T>): () => Promise<T> {
  let made: { value: T; snapshot: string } | undefined;
  const copy = (from: string, to: string) => cpSync(from, to, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
  return async () => {
    if (!made) {
      const value = await make();
      const snapshot = join(tempDir('execguard-snapshot-'), 'ws');
      copy(value.dir, snapshot);
      made = { value, snapshot };
      return value;
    }
    rmSync(made.value.dir, { recursive: true, force: true });
    copy(made.snapshot, made.value.dir);
    return made.value;
  };
}

/** Pushes a commit to origin from a second clone, so the remote moves under the workspace. */
export function moveOrigin(ws: Workspace): string {
  const other = join(ws.dir, 'other');
  execFileSync('git', ['clone', '-q', ws.origin, other]);
  writeFileSync(join(other, 'README.md'), 'someone else\n');
  execFileSync('git', [...GIT_IDENTITY, 'add', 'README.md'], { cwd: other });
  execFileSync('git', [...GIT_IDENTITY, 'commit', '-q', '-m', 'docs: someone else'], { cwd: other });
  execFileSync('git', ['push', '-q', 'origin', 'main'], { cwd: other });
  return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: other, encoding: 'utf8' }).trim();
}

export function originHead(ws: Workspace): string {
  return execFileSync('git', ['rev-parse', 'main'], { cwd: ws.origin, encoding: 'utf8' }).trim();
}
