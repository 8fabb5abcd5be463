// Table-driven guard cases: each case runs through decide() in-process, with the whole context the
// hook gives it (the folder the command starts in, execguard's protected paths, an agent session,
// the I/O that reads the files a command runs), and asserts the decision and the rule the reason
// names. Through evaluate() alone the rules that need that context (protected-path, approval-flag,
// session-env) would pass every allow row without running.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseApproval } from '../../src/approval/scope.js';
import { type DecisionInput, decide as decideInput, type ProtectedPaths } from '../../src/guard/decide.js';
import { DEFAULT_POLICY, type Policy } from '../../src/guard/policy.js';
import type { Decision, RuleId, Verdict } from '../../src/guard/types.js';
import { listRunDir, readRunFile } from '../../src/state/file-reader.js';
import { perFile, tempDir } from '../helpers/tmp.js';

/** The approval the hidden acceptance set uses when a case has none of its own. */
export const GENERIC = 'User approved. Execute the plan.';

export interface Case {
  cmd: string;
  /** Approval text; undefined: the generic approval; null: no approval at all. */
  approval?: string | null;
  expect: Verdict;
  rule?: RuleId;
  policy?: Partial<Policy>;
  /** The current kube context, read by the hook (the policy's readKubeContext is then on). */
  kubeContext?: string;
  /** Who runs the command: an agent session (the hook, the default) or a person at a terminal. */
  agentSession?: boolean;
}

export const block = (cmd: string, rule: RuleId, approval: string | null = GENERIC, extra: Partial<Case> = {}): Case => ({
  cmd,
  approval,
  expect: 'deny',
  rule,
  ...extra,
});
export const allow = (cmd: string, approval: string | null = GENERIC, extra: Partial<Case> = {}): Case => ({
  cmd,
  approval,
  expect: 'allow',
  ...extra,
});
export const ask = (cmd: string, rule: RuleId, approval: string | null = GENERIC, extra: Partial<Case> = {}): Case => ({
  cmd,
  approval,
  expect: 'ask',
  rule,
  ...extra,
});

/** The rule the decision's reason names. */
const ruleOf = (d: Decision): RuleId | undefined => d.rules.find((r) => r.reason === d.reason)?.id;

/**
 * An ordinary project: the scripts, make targets and programs the allow rows run exist and are
 * harmless, as in any repository an agent works in (rows about unreadable or harmful files say so).
 */
const PROJECT: Record<string, { text: string | Buffer; mode?: number }> = {
  'package.json': {
    text: JSON.stringify({ name: 'app', scripts: { test: 'vitest run', build: 'tsc -p .', lint: 'eslint .', start: 'node server.js' } }),
  },
  Makefile: {
    text: 'all: build\n\nbuild:\n\tgo build ./...\n\ntest:\n\tgo test ./...\n\ndocker-push-local:\n\tdocker build -t localhost:5000/app .\n',
  },
  'deploy.sh': { text: '#!/bin/sh\necho deploying\n', mode: 0o755 },
  'login.sh': { text: '#!/bin/sh\necho logging in\n', mode: 0o755 },
  'scripts/test.sh': { text: '#!/bin/sh\nnpm test\n', mode: 0o755 },
  'scripts/migrate.sh': { text: '#!/bin/sh\necho migrating "$@"\n', mode: 0o755 },
  '.venv/bin/activate': { text: 'export VIRTUAL_ENV=.venv\n' },
  // Compiled programs: not scripts, so nothing to read.
  app: { text: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 0]), mode: 0o755 },
  'a.out': { text: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 0]), mode: 0o755 },
};

/** The places a command runs in: the project, a home beside it, execguard's state and plugin folders. */
function place() {
  const root = tempDir('execguard-table-');
  const where = {
    project: join(root, 'project'),
    home: join(root, 'home'),
    state: join(root, 'home', '.local', 'state', 'execguard'),
    plugin: join(root, 'plugin'),
  };
  mkdirSync(where.state, { recursive: true });
  for (const [name, file] of Object.entries(PROJECT)) {
    const path = join(where.project, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text, { mode: file.mode ?? 0o644 });
  }
  return where;
}
/** Made once per test file: the folders go when the file ends (test/helpers/tmp.ts). */
const placed = perFile(place);

/** The decision's inputs as the PreToolUse hook builds them for an agent's command. */
export function decisionInput(c: Case): DecisionInput {
  const where = placed();
  const scope = c.approval === null ? null : parseApproval(c.approval ?? GENERIC);
  const protectedPaths: ProtectedPaths = {
    stateHome: where.state,
    homeDir: where.home,
    pluginRoot: where.plugin,
    projectDir: where.project,
    managedSettings: ['/etc/claude-code/managed-settings.json'],
    readDenied: [join(where.state, 'keys')],
    alsoProtected: [],
  };
  return {
    command: c.cmd,
    cwd: where.project,
    grant: scope ? { id: 'table-grant', scope } : null,
    // A case that names the current kube context is one whose policy lets the hook read it.
    policy: { ...DEFAULT_POLICY, ...(c.kubeContext ? { readKubeContext: true } : {}), ...c.policy },
    protectedPaths,
    agentSession: c.agentSession ?? true,
    io: {
      ...(c.kubeContext ? { readKubeContext: async () => c.kubeContext } : {}),
      resolveLinks: (path) => path,
      readFile: readRunFile,
      listDir: listRunDir,
      // The project is not a git repository and git has no configuration: nothing to read, no process.
      git: { top: () => undefined, tree: () => undefined, worktree: () => new Map() },
      readGitConfig: async () => ({ entries: [] }),
      env: { HOME: where.home, PATH: '/usr/bin:/bin', CLAUDECODE: '1', EXECGUARD_SESSION_ID: 'table' },
    },
  };
}

export async function decide(c: Case): Promise<Decision> {
  return decideInput(decisionInput(c));
}

const label = (c: Case) => {
  const cmd = c.cmd.length > 110 ? `${c.cmd.slice(0, 107)}...` : c.cmd;
  const approval =
    c.approval === null ? 'no approval' : c.approval === undefined || c.approval === GENERIC ? 'generic approval' : `"${c.approval}"`;
  return `${c.expect}${c.rule ? ` [${c.rule}]` : ''}: ${cmd.replace(/\n/g, '\\n')} (${approval}${c.policy?.mode === 'strict' ? ', strict' : ''})`;
};

export function table(name: string, cases: Case[]): void {
  describe(name, () => {
    it.each(cases.map((c) => [label(c), c] as const))('%s', async (_label, c) => {
      const d = await decide(c);
      expect(d.decision, `${d.decision}: ${d.reason}`).toBe(c.expect);
      if (c.rule) expect(ruleOf(d), d.reason).toBe(c.rule);
    });
  });
}
