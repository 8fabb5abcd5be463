// Runs the built hook (`node dist/hook.cjs EVENT`, as hooks/hooks.json registers it) as Claude Code does: hook JSON on stdin, the
// answer on stdout, the exit code. Build first (`npm run build`).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type RunResult, runNode } from '../../helpers/built-plugin.js';

export { runNode };

/**
 * The plugin under test: this repository, or EXECGUARD_TEST_PLUGIN_ROOT (a folder holding hooks/,
 * .claude-plugin/ and a dist/ built with `node scripts/build.mjs DIR/dist`), which keeps a test
 * run independent of a dist/ that is being rebuilt meanwhile.
 */
export const repoRoot = process.env.EXECGUARD_TEST_PLUGIN_ROOT || join(import.meta.dirname, '..', '..', '..');
/** The ESM bundle: the in-process hook, and what the warm helper is keyed to and started from. */
export const hookBundle = join(repoRoot, 'dist', 'hook.mjs');
/** What hooks/hooks.json runs: the CommonJS front door, falling back to the ESM core. */
export const hookEntry = join(repoRoot, 'dist', 'hook.cjs');
export const cliBundle = join(repoRoot, 'dist', 'cli.mjs');

export type HookRun = RunResult;

export const runHook = (
  event: string,
  input: unknown,
  env: Record<string, string | undefined>,
  cwd?: string,
  options: { nice?: number } = {},
): Promise<HookRun> => {
  if (!existsSync(hookEntry)) throw new Error('dist/hook.cjs is missing: run `npm run build` first');
  return runNode(hookEntry, [event], { input: typeof input === 'string' ? input : JSON.stringify(input), env, cwd, nice: options.nice });
};

/**
 * The same calls as runHook, answered one at a time by ONE warm process with the hook's own code
 * (dist/hook-core.mjs: what dist/hook.cjs runs in-process, and the warm helper for it), in the
 * same environment: a reference that costs one Node start instead of one per call.
 */
export async function runHooksInSequence(
  event: string,
  inputs: unknown[],
  env: Record<string, string | undefined>,
  cwd?: string,
): Promise<HookRun[]> {
  const calls = inputs.map((input) => ({ event, stdin: typeof input === 'string' ? input : JSON.stringify(input) }));
  const run = await runNode(join(import.meta.dirname, 'answer-in-sequence.mjs'), [join(repoRoot, 'dist')], {
    input: JSON.stringify(calls),
    env,
    cwd,
  });
  if (run.code !== 0 || !Array.isArray(run.json)) throw new Error(`answer-in-sequence.mjs failed (exit ${run.code}): ${run.stderr}`);
  return (run.json as { code: number; stdout: string }[]).map(({ code, stdout }) => ({
    code,
    stdout,
    stderr: '',
    json: stdout ? JSON.parse(stdout) : undefined,
  }));
}

export const bashInput = (command: string, extra: Record<string, unknown> = {}) => ({
  session_id: 'sess-1',
  transcript_path: '/tmp/none.jsonl',
  cwd: process.cwd(),
  hook_event_name: 'PreToolUse',
  tool_name: 'Bash',
  tool_input: { command, description: 'test' },
  tool_use_id: 'toolu_1',
  ...extra,
});

export const promptInput = (prompt: string, extra: Record<string, unknown> = {}) => ({
  session_id: 'sess-1',
  transcript_path: '/tmp/none.jsonl',
  cwd: process.cwd(),
  hook_event_name: 'UserPromptSubmit',
  prompt,
  ...extra,
});

/** The permissionDecision of a PreToolUse answer; 'allow' when the hook stayed silent (or only rewrote the input). */
export const permission = (run: HookRun): string =>
  run.json?.hookSpecificOutput?.permissionDecision ??
  (run.stdout.trim() === '' || run.json?.hookSpecificOutput?.updatedInput ? 'allow' : `unparsed:${run.stdout}`);
export const reasonOf = (run: HookRun): string => run.json?.hookSpecificOutput?.permissionDecisionReason ?? '';
