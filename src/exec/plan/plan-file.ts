// Reads a plan file from disk. The repository is the git repository that contains the plan file,
// so `execguard execute examples/x.yaml` from a fresh clone resolves paths against the clone.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, relative, resolve } from 'node:path';
import { parsePlan, PlanError } from './plan-schema.js';
import type { Plan } from '../types.js';

export interface LoadedPlan {
  plan: Plan;
  /** Absolute path of the plan file. */
  planPath: string;
  repoRoot: string;
  text: string;
}

function findRepoRoot(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(resolve(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function loadPlan(path: string, cwd: string): LoadedPlan {
  const planPath = resolve(cwd, path);
  const shown = relative(cwd, planPath) || path;
  let text: string;
  try {
    text = readFileSync(planPath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new PlanError(shown, 0, '', code === 'ENOENT' ? 'no such file' : `cannot read (${code})`);
  }
  const repoRoot = findRepoRoot(dirname(planPath));
  if (!repoRoot) {
    throw new PlanError(
      shown,
      0,
      '',
      `the plan file is not inside a git repository: its paths are resolved against the repository that contains it. Put it in the repository it changes (e.g. plans/${basename(planPath)}; committed or untracked, it never blocks its own run)`,
    );
  }
  const plan = parsePlan(text, { file: shown, repoRoot, defaultId: basename(planPath, extname(planPath)) });
  return { plan, planPath, repoRoot, text };
}
