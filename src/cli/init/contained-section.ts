// The `contained:` section `execguard init --contained` adds to .execguard.yaml: the defaults
// written out (so a team sees and trims them), the optional keys commented. docs/contained.md
// explains each key.
import { EXECUTOR_ONLY_DEFAULTS } from '../../guard/policy.js';

export function containedSection(): string {
  return [
    '',
    "# Contained mode (execguard init --contained, docs/contained.md): Claude Code's sandbox keeps the",
    "# agent's commands from what only an approved execguard run may use. execguard's keys and the",
    '# origin (when it is a folder) are always added. Rerun `execguard init --contained` after a change.',
    'contained:',
    '  # Paths only an approved run may read or write (~/ is the home folder). Replaces these defaults.',
    `  executorOnly: [${EXECUTOR_ONLY_DEFAULTS.map((p) => JSON.stringify(p)).join(', ')}]`,
    '  # Terraform local-backend state folders (absolute, ~/, or relative to the repository).',
    '  # stateFolders: ["../state"]',
    "  # Control-plane hosts the agent's commands may not reach (the sandbox's network deny list).",
    '  # controlPlaneHosts: ["*.eks.amazonaws.com", "management.azure.com"]',
    '  # Read-only credentials for `execguard plan`; none: plan runs inside the sandbox with none.',
    '  # planCredentials: { awsProfile: "plan-readonly" }',
    '',
  ].join('\n');
}
