// A real workspace for executor tests: a git repository whose origin is a local bare repository,
// holding a copy of examples/terraform-demo, plus a private execguard state folder.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../helpers/tmp.js';
import { type CliResult, execguard } from '../../support/cli.js';
import { demoPlan, TERRAFORM_DEMO } from '../../support/terraform.js';

export { tfConfig } from '../../support/terraform.js';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export { APPROVAL } from '../../support/cli.js';

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

const GIT_ID = ['-c', 'user.name=Test', '-c', 'user.email=test@example.com'];

export function workspace(options: { plan?: string; mainTf?: string } = {}): Workspace {
  const dir = tempDir('execguard-ws-');
  const origin = join(dir, 'origin.git');
  const repo = join(dir, 'repo');
  const home = join(dir, 'state');
  mkdirSync(home);
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', origin]);
  execFileSync('git', ['init', '-q', '-b', 'main', repo]);
  const git = (...args: string[]) =>
    execFileSync('git', [...GIT_ID, ...args], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  git('remote', 'add', 'origin', origin);
  // The repository itself has no identity: execguard must supply one.
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

/** Pushes a commit to origin from a second clone, so the remote moves under the workspace. */
export function moveOrigin(ws: Workspace): string {
  const other = join(ws.dir, 'other');
  execFileSync('git', ['clone', '-q', ws.origin, other]);
  writeFileSync(join(other, 'README.md'), 'someone else\n');
  execFileSync('git', [...GIT_ID, 'add', 'README.md'], { cwd: other });
  execFileSync('git', [...GIT_ID, 'commit', '-q', '-m', 'docs: someone else'], { cwd: other });
  execFileSync('git', ['push', '-q', 'origin', 'main'], { cwd: other });
  return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: other, encoding: 'utf8' }).trim();
}

export function originHead(ws: Workspace): string {
  return execFileSync('git', ['rev-parse', 'main'], { cwd: ws.origin, encoding: 'utf8' }).trim();
}
