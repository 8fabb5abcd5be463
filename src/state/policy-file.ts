// Where the project policy lives and how it is loaded. `.execguard.yaml` is looked up from the
// working directory up to the repository root (the directory holding .git); without one the
// defaults apply. The parser (and `yaml`) is loaded only when a file exists.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_POLICY, type Policy } from '../guard/policy.js';

const POLICY_FILE = '.execguard.yaml';

/** The nearest .execguard.yaml between `cwd` and the repository root, if any. */
export function findPolicyFile(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (let i = 0; i < 256; i++) {
    const candidate = join(dir, POLICY_FILE);
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(dir, '.git'))) return undefined; // the repository root: stop here
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  return undefined;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The policy for a directory (looked up as above) or a given policy file. A bad file throws a
 * PolicyError naming file, line and key; a missing explicit file throws too.
 */
export async function loadPolicy(cwdOrFile: string): Promise<Policy> {
  const file = isDirectory(cwdOrFile) ? findPolicyFile(cwdOrFile) : cwdOrFile;
  if (!file) return structuredClone(DEFAULT_POLICY);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`${file}: cannot read the policy file (${code ?? (error as Error).message})`);
  }
  const { parsePolicy } = await import('../guard/policy-parse.js');
  return parsePolicy(text, file);
}
