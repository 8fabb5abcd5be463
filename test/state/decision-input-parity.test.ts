// One builder of the decision's inputs (src/state/decision-input.ts), so one answer whoever asks:
// the same command, in the same place, with the same approval, is decided the same way by the
// PreToolUse hook (its real handler, the grant read from a real store), `execguard check` (the
// CLI's entry point), the SDK loop's bash tool, the exported library (guardToolUse and
// decideCommand) and the executor's gate. In-process; the same table through the real hook process
// is test/hooks/decision-input-parity.e2e.test.ts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decideCommand } from '../../src/agent/decide-command.js';
import { guardToolUse } from '../../src/agent/guard-tool-use.js';
import { sdkDecisionInput } from '../../src/agent/bash-tool.js';
import { approvalForCheck } from '../../src/approval/answer-binding.js';
import { environmentsNamed } from '../../src/approval/environment-words.js';
import { loadGate } from '../../src/exec/approval/guard-gate.js';
import { decide } from '../../src/guard/decide.js';
import { DEFAULT_POLICY } from '../../src/guard/policy.js';
import { answerEvent } from '../../src/hooks/answer-event.js';
import { recordGrant } from '../../src/state/grant-store.js';
import { runCli } from '../support/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { PARITY_ROWS, type ParityRow } from './support/parity-rows.js';

const root = tempDir('execguard-input-parity-');
const home = join(root, 'home');
const project = join(root, 'project');
// EXECGUARD_HOME set elsewhere: the default folder (~/.local/state/execguard) is still execguard's.
const state = join(root, 'elsewhere', 'state');
mkdirSync(join(home, '.local', 'state', 'execguard'), { recursive: true });
mkdirSync(project);
writeFileSync(join(project, 'README.md'), '# app\n');

/** An agent session's environment (the Bash tool's: CLAUDECODE=1 and the session id SessionStart handed on). */
const env: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  HOME: home,
  EXECGUARD_HOME: state,
  CLAUDE_PLUGIN_ROOT: join(root, 'plugin'),
  CLAUDE_PROJECT_DIR: project,
  CLAUDECODE: '1',
  EXECGUARD_SESSION_ID: 'parity',
  EXECGUARD_HOOK_HELPER: 'off',
};

interface Outcome {
  decision: 'allow' | 'ask' | 'deny';
  /** The rules behind a refusal (an allow carries none that matter). */
  rules: string[];
}
const outcome = (decision: Outcome['decision'], rules: string[]): Outcome => ({
  decision,
  rules: decision === 'allow' ? [] : [...new Set(rules)].sort(),
});

/** The approval words as the grant the user's answer records when the request presented exactly this command. */
function recordAnswer(sessionId: string, row: ParityRow): void {
  if (row.approval === null) return;
  const scope = approvalForCheck(row.approval, row.command);
  if (!scope) return;
  recordGrant(
    {
      sessionId,
      source: 'user-prompt',
      scope,
      approvalMinutes: 30,
      binding: { digests: [], environments: environmentsNamed(row.command) },
    },
    { env },
  );
}

/** The PreToolUse hook's real handler; the rules come from the decision log it writes. */
async function viaHook(row: ParityRow, i: number): Promise<Outcome> {
  const sessionId = `hook-${i}`;
  recordAnswer(sessionId, row);
  const input = {
    session_id: sessionId,
    cwd: project,
    hook_event_name: 'PreToolUse',
    tool_name: 'Bash',
    tool_input: { command: row.command },
  };
  const answer = await answerEvent('pre-tool-use', JSON.stringify(input), { ...env, CLAUDE_CODE_SESSION_ID: sessionId });
  const said = (answer.json?.hookSpecificOutput as { permissionDecision?: Outcome['decision'] } | undefined)?.permissionDecision;
  const decision = said ?? (answer.exitCode === 0 ? 'allow' : 'deny');
  if (decision === 'allow') return outcome(decision, []);
  const logged = readFileSync(join(state, 'decisions.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { session: string; rules: string[] })
    .filter((e) => e.session === sessionId);
  return outcome(decision, logged.at(-1)?.rules ?? ['(not logged)']);
}

async function viaCheck(row: ParityRow): Promise<Outcome> {
  const args = ['check', '--json', ...(row.approval === null ? [] : ['--approval', row.approval]), '--', row.command];
  const result = await runCli(args, { env, cwd: project });
  const json = JSON.parse(result.stdout) as { decision: Outcome['decision']; rules: { id: string }[] };
  return outcome(
    json.decision,
    json.rules.map((r) => r.id),
  );
}

async function viaSdkLoop(row: ParityRow): Promise<Outcome> {
  const d = await decide(sdkDecisionInput(row.command, { cwd: project, env, approvalText: row.approval }));
  return outcome(
    d.decision,
    d.rules.map((r) => r.id),
  );
}

async function viaGuardToolUse(row: ParityRow): Promise<Outcome> {
  const result = await guardToolUse(
    { id: 'toolu_1', name: 'bash', input: { command: row.command } },
    { cwd: project, env, userApproval: row.approval },
  );
  const d = result.decision;
  if (!d) return outcome(result.allowed ? 'allow' : 'deny', ['(no decision)']);
  return outcome(
    d.decision,
    d.rules.map((r) => r.id),
  );
}

async function viaDecideCommand(row: ParityRow): Promise<Outcome> {
  const d = await decideCommand({ command: row.command, cwd: project, env, ...(row.approval === null ? {} : { approval: row.approval }) });
  return outcome(
    d.decision,
    d.rules.map((r) => r.id),
  );
}

/** The executor's gate runs only an allow: an ask and a deny both refuse, so it answers allow or not. */
async function viaGate(row: ParityRow): Promise<{ allowed: boolean; rules: string[] }> {
  const scope = row.approval === null ? null : approvalForCheck(row.approval, row.command);
  const gate = await loadGate(scope, DEFAULT_POLICY, { cwd: project, env });
  const verdict = await gate(row.command);
  return { allowed: verdict.allowed, rules: verdict.allowed ? [] : [...new Set(verdict.rules)].sort() };
}

describe('every caller builds the same inputs, so every caller gives the same answer', () => {
  const results: {
    row: ParityRow;
    hook: Outcome;
    check: Outcome;
    sdk: Outcome;
    guardToolUse: Outcome;
    decideCommand: Outcome;
    gate: { allowed: boolean; rules: string[] };
  }[] = [];

  beforeAll(async () => {
    // One row at a time: the hook rows share the decision log.
    for (const [i, row] of PARITY_ROWS.entries()) {
      results.push({
        row,
        hook: await viaHook(row, i),
        check: await viaCheck(row),
        sdk: await viaSdkLoop(row),
        guardToolUse: await viaGuardToolUse(row),
        decideCommand: await viaDecideCommand(row),
        gate: await viaGate(row),
      });
    }
  });

  it.each(PARITY_ROWS.map((row, i) => [row.name, i] as const))('%s', (_name, i) => {
    const r = results[i];
    const where = `${JSON.stringify(r.row.command)} (approval: ${r.row.approval ?? 'none'})`;
    expect(r.check.decision, `${where}: check`).toBe(r.row.expect);
    expect({ hook: r.hook, sdk: r.sdk, guardToolUse: r.guardToolUse, decideCommand: r.decideCommand }, where).toEqual({
      hook: r.check,
      sdk: r.check,
      guardToolUse: r.check,
      decideCommand: r.check,
    });
    expect(r.gate, `${where}: the executor's gate`).toEqual({ allowed: r.check.decision === 'allow', rules: r.check.rules });
  });

  it('the table has rows each caller allows and rows each caller refuses', () => {
    expect(results.some((r) => r.check.decision === 'allow')).toBe(true);
    expect(results.some((r) => r.check.decision === 'deny')).toBe(true);
    expect(results.some((r) => r.row.approval !== null && r.check.decision === 'allow')).toBe(true);
  });
});
