// A real git repository with a local bare repository as `origin`, for executors that push.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface TestRepo {
  root: string;
  origin: string;
  git: (...args: string[]) => string;
  /** Writes files, commits them and pushes to origin/main; returns the commit. */
  commitAndPush: (files: Record<string, string>, message: string) => string;
}

export function createRepo(dir: string): TestRepo {
  const origin = join(dir, 'origin.git');
  const root = join(dir, 'work');
  const run = (cwd: string, args: string[]) =>
    execFileSync(
      'git',
      ['-c', 'user.name=execguard test', '-c', 'user.email=test@execguard.invalid', '-c', 'commit.gpgsign=false', ...args],
      { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    ).trim();
  mkdirSync(origin, { recursive: true });
  run(origin, ['init', '--bare', '-q', '-b', 'main']);
  run(dir, ['clone', '-q', origin, root]);
  run(root, ['checkout', '-q', '-B', 'main']);
  const git = (...args: string[]) => run(root, args);
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
