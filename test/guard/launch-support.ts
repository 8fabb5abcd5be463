// Shared by approval-flag.test.ts and session-env.test.ts: decide() with execguard's paths.
import { parseApproval } from '../../src/approval/scope.js';
import { decide, type ProtectedPaths } from '../../src/guard/decide.js';
import { DEFAULT_POLICY } from '../../src/guard/policy.js';

const PP: ProtectedPaths = {
  stateHome: '/home/u/.local/state/execguard',
  pluginRoot: '/opt/execguard-plugin',
  homeDir: '/home/u',
  projectDir: '/work/proj',
  managedSettings: ['/etc/claude-code/managed-settings.json'],
  readDenied: ['/home/u/.local/state/execguard/keys'],
};

const GENERIC = 'User approved. Execute the plan.';

export async function verdict(command: string, agentSession: boolean, approval: string | null = GENERIC) {
  return decide({
    command,
    cwd: '/work/proj',
    grant: approval ? { id: 'g', scope: parseApproval(approval) } : null,
    policy: DEFAULT_POLICY,
    protectedPaths: PP,
    agentSession,
    io: { resolveLinks: (p) => p },
  });
}
