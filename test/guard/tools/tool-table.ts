// Tool tables run through decide(), the one entry every caller (hook, CLI, SDK loop, executor)
// uses, in-process: an agent session with a grant made from the case's approval text (none,
// generic, or one that names destroy / delete / force push), as the hook would pass it.
import { describe, expect, it } from 'vitest';
import { parseApproval } from '../../../src/approval/scope.js';
import { decide } from '../../../src/guard/decide.js';
import { DEFAULT_POLICY } from '../../../src/guard/policy.js';
import type { Decision } from '../../../src/guard/types.js';
import { allow, block, type Case, GENERIC } from '../table.js';

export { allow, block };

const ruleOf = (d: Decision) => d.rules.find((r) => r.reason === d.reason)?.id;

async function run(c: Case): Promise<Decision> {
  const approval = c.approval === null ? null : parseApproval(c.approval ?? GENERIC);
  return decide({
    command: c.cmd,
    cwd: '/work/proj',
    grant: approval ? { id: 'grant-1', scope: approval } : null,
    policy: c.policy ? { ...DEFAULT_POLICY, ...c.policy } : DEFAULT_POLICY,
    protectedPaths: { stateHome: '/home/u/.local/state/execguard', homeDir: '/home/u', managedSettings: [], readDenied: [] },
    agentSession: true,
    // A repository whose git configuration sets nothing (no aliases, hooks or push refspecs).
    io: {
      resolveLinks: (p) => p,
      readGitConfig: async () => ({ entries: [] }),
      readFile: () => ({ unreadable: 'no such file' }),
      ...(c.kubeContext ? { readKubeContext: async () => c.kubeContext } : {}),
    },
  });
}

const label = (c: Case) => {
  const approval =
    c.approval === null ? 'no grant' : c.approval === undefined || c.approval === GENERIC ? 'generic grant' : `"${c.approval}"`;
  return `${c.expect}${c.rule ? ` [${c.rule}]` : ''}: ${c.cmd.replace(/\n/g, '\\n').slice(0, 110)} (${approval})`;
};

export function table(name: string, cases: Case[]): void {
  describe(name, () => {
    it.each(cases.map((c) => [label(c), c] as const))('%s', async (_label, c) => {
      const d = await run(c);
      expect(d.decision, `${d.decision}: ${d.reason}`).toBe(c.expect);
      if (c.rule) expect(ruleOf(d), d.reason).toBe(c.rule);
    });
  });
}
