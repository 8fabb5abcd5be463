// The policy that applies to a hook call. In a session the session project's .execguard.yaml
// (found from CLAUDE_PROJECT_DIR) is in force whatever folder the command runs in; a policy file
// nearer the command (a sub-project's) can only make it stricter (guard/policy-merge.ts). A `cd`
// into a folder with its own `.git` therefore cannot leave the project's rules behind. Without a
// project folder, the nearest file from the command's folder applies, else the defaults. The
// YAML parser is only loaded when a policy file exists.
import { DEFAULT_POLICY, type Policy } from '../guard/policy.js';
import { findPolicyFile, loadPolicy } from '../state/policy-file.js';

export interface SessionPolicy {
  policy: Policy;
  /** The policy file, when one applies (the project's; the nearer one is named in policy.source). */
  file?: string;
}

/** Throws (with the file, line and key named) when a policy file cannot be read. */
export async function sessionPolicy(cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<SessionPolicy> {
  const nearer = findPolicyFile(cwd);
  if (!env.CLAUDE_PROJECT_DIR) return nearer ? { policy: await loadPolicy(nearer), file: nearer } : { policy: DEFAULT_POLICY };
  // The project without a policy file has the defaults as its floor.
  const project = findPolicyFile(env.CLAUDE_PROJECT_DIR);
  const base = project ? await loadPolicy(project) : DEFAULT_POLICY;
  const floor = project ? { policy: base, file: project } : { policy: base };
  if (!nearer || nearer === project) return floor;
  const { stricterOf } = await import('../guard/policy-merge.js');
  return { ...floor, policy: stricterOf(base, await loadPolicy(nearer)) };
}
