// The example plans `execguard init` writes to plans/: one per operation type, each valid as
// written (test/cli/init.e2e.test.ts parses every one) and commented so a user can adapt it.
// `execguard plan --reference` (docs/plan-reference.md) lists every key and default. Each kind's
// part (summary, workdir, files, section) lives in its module under src/exec/kinds/.
import { KINDS } from '../../exec/kinds/index.js';

const HEADER = (operation: string, what: string) => `# An example ${operation} plan: ${what}
# Check it:    execguard plan plans/${operation}.yaml      (pre-flight + dry run, prints the plan digest)
# Run it:      inside Claude Code, after the user approved: execguard execute plans/${operation}.yaml
#              outside any agent session: execguard execute plans/${operation}.yaml --approval "..."
# Paths are relative to the repository root. Every key, its type and default: execguard plan --reference
# Edit: workdir, git.files, git.message (the placeholder is refused until you replace it), the vars.
# This file may be committed here or left untracked: it never blocks its own run.
`;

const GIT = (files: string[], message: string) => `# Only these files are staged and committed before the change is applied; any other
# uncommitted change in the repository blocks the run. \`git\` is required.
git:
  files: [${files.join(', ')}]
  message: "EDIT ME: ${message}"  # replace with your Conventional Commit; the commit rule refuses this placeholder
  remote: origin                # default: origin
  branch: main                  # default: main
`;

/** The example plan of each kind, from the kind's own module (src/exec/kinds/). */
export const PLAN_TEMPLATES: Record<string, string> = Object.fromEntries(
  Object.entries(KINDS).map(([operation, kind]) => {
    const t = kind.template;
    return [
      operation,
      `${HEADER(operation, kind.summary)}
id: ${`${operation}-example`.padEnd(28)}# default: the file name
operation: ${operation}
workdir: ${t.workdir}
${GIT(t.files, t.message)}
${t.body}`,
    ];
  }),
);
