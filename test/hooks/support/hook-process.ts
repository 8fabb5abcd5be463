// Runs the built hook (`node dist/hook.cjs EVENT`, as hooks/hooks.json registers it) as Claude Code does: hook JSON on stdin, the
// answer on stdout, the exit code. Build first (`npm run build`).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

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

export interface HookRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON, when it is JSON. */
  json?: any;
}

export function runNode(args: string[], stdin: string, env: Record<string, string | undefined>, cwd?: string): Promise<HookRun> {
  if (!existsSync(hookEntry)) throw new Error('dist/hook.cjs is missing: run `npm run build` first');
  return new Promise((resolve, reject) => {
    // Warm helpers started by these runs exit soon after the tests (default: 5 minutes idle).
    const child = spawn(process.execPath, args, {
      env: { ...process.env, EXECGUARD_HOOK_HELPER_IDLE_MS: '5000', ...env },
      cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      let json: any;
      try {
        json = stdout.trim() ? JSON.parse(stdout) : undefined;
      } catch {
        json = undefined;
      }
      resolve({ code, stdout, stderr, json });
    });
    child.stdin.end(stdin);
  });
}

export const runHook = (event: string, input: unknown, env: Record<string, string | undefined>, cwd?: string) =>
  runNode([hookEntry, event], typeof input === 'string' ? input : JSON.stringify(input), env, cwd);

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
