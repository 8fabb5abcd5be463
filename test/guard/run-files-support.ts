// Shared by the run-files tests: a project folder with real files, and decide() with the real I/O
// every caller builds (decisionIoFor), in a private HOME with no system git configuration.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { parseApproval } from '../../src/approval/scope.js';
import { decide } from '../../src/guard/decide.js';
import { DEFAULT_POLICY } from '../../src/guard/policy.js';
import type { Decision, RuleId, Verdict } from '../../src/guard/types.js';
import { decisionIoFor, protectedPathsFor } from '../../src/state/decision-input.js';
import { tempDir } from '../helpers/tmp.js';

export const GENERIC = 'User approved. Execute the plan.';

/** A file's text, or its text and mode (0o755 for an executable script). */
export type FileSpec = string | { text: string; mode: number };

export function project(files: Record<string, FileSpec>, root = tempDir('eg-run-files-')): string {
  for (const [name, spec] of Object.entries(files)) {
    const path = join(root, name);
    mkdirSync(dirname(path), { recursive: true });
    const text = typeof spec === 'string' ? spec : spec.text;
    writeFileSync(path, text);
    if (typeof spec !== 'string') chmodSync(path, spec.mode);
  }
  return root;
}

export function envFor(home: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    HOME: home,
    PATH: process.env.PATH,
    GIT_CONFIG_NOSYSTEM: '1',
    XDG_CONFIG_HOME: join(home, '.config'),
    EXECGUARD_HOME: join(home, '.local', 'state', 'execguard'),
    ...extra,
  };
}

export interface Options {
  approval?: string | null;
  strict?: boolean;
  cwd?: string;
  env?: Record<string, string>;
  home?: string;
}

/** The private HOME of a project: beside it, not inside its work tree (where its .claude would be the project's). */
export const homeOf = (dir: string) => `${dir}-home`;

export async function verdict(dir: string, command: string, options: Options = {}): Promise<Decision> {
  const home = options.home ?? homeOf(dir);
  mkdirSync(home, { recursive: true });
  const env = envFor(home, options.env);
  const cwd = options.cwd ? join(dir, options.cwd) : dir;
  const approval = options.approval === undefined ? null : options.approval;
  const scope = approval === null ? null : parseApproval(approval);
  return decide({
    command,
    cwd,
    grant: scope?.affirmed ? { id: 'test-grant', scope } : null,
    policy: { ...DEFAULT_POLICY, mode: options.strict ? 'strict' : 'default' },
    protectedPaths: protectedPathsFor(env, cwd),
    agentSession: true,
    io: decisionIoFor(env, cwd),
  });
}

/** The rule the decision's reason names. */
const ruleOf = (d: Decision): RuleId | undefined => d.rules.find((r) => r.reason === d.reason)?.id;

export function expectVerdict(d: Decision, expected: Verdict, rule?: RuleId): void {
  expect(d.decision, `${d.decision} (${d.tier}): ${d.reason}`).toBe(expected);
  if (rule) expect(ruleOf(d), d.reason).toBe(rule);
}
