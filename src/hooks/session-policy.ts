// The policy that applies to a hook call: the project's .execguard.yaml (found from the session's
// cwd), else the defaults. The YAML parser is only loaded when a policy file exists.
import { DEFAULT_POLICY, type Policy } from '../guard/policy.js';
import { findPolicyFile, loadPolicy } from '../state/policy-file.js';

export interface SessionPolicy {
  policy: Policy;
  /** The policy file, when one applies. */
  file?: string;
}

/** Throws (with the file, line and key named) when the policy file cannot be read. */
export async function sessionPolicy(cwd: string): Promise<SessionPolicy> {
  const file = findPolicyFile(cwd);
  if (!file) return { policy: DEFAULT_POLICY };
  return { policy: await loadPolicy(file), file };
}
