// Runs the real Claude Code CLI the way the Agent SDK does: `claude -p --input-format stream-json
// --output-format stream-json --permission-prompt-tool stdio`. The user's prompts go in on stdin one
// after another (the next once the previous turn's `result` is out), and every permission prompt
// Claude Code would show a person arrives as a `control_request` (subtype `can_use_tool`) that the
// test answers as the user: this is the one non-interactive mode in which AskUserQuestion is
// offered to the model and answered by a person's choice (`updatedInput.answers`).
// Without `answer` there is no permission prompt tool: a conversation of several user prompts in
// one Claude Code process, deciding permissions as `claude -p` does (one start instead of one per
// prompt with --resume). `betweenTurns` runs after each turn but the last, before the next prompt
// is sent: the user looks at the world, and the test switches the model's script.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { claudeBin, repoRoot } from './claude-cli.js';

/** A permission prompt as Claude Code sends it. */
export interface CanUseTool {
  toolName: string;
  input: Record<string, unknown>;
  toolUseId?: string;
}

/** The user's answer to a permission prompt: allow (optionally with a changed input) or deny. */
export type PromptAnswer = { behavior: 'allow'; updatedInput: Record<string, unknown> } | { behavior: 'deny'; message: string };

export interface StreamRun {
  exitCode: number | null;
  /** Every stream-json message Claude Code printed, in order. */
  messages: any[];
  /** Every permission prompt, in order. */
  prompts: CanUseTool[];
  stderr: string;
  sessionId?: string;
  /** Each turn's `result` message, in order. */
  results: any[];
}

export interface StreamOptions {
  prompts: string[];
  cwd: string;
  apiUrl: string;
  home: string;
  execguardHome: string;
  allowedTools?: string;
  /** The user's answer to each permission prompt; without it, no permission prompt tool (as `claude -p`). */
  answer?: (request: CanUseTool) => PromptAnswer;
  /** After turn `turn` (0-based) ended with `result`, before the next prompt; throwing ends the run with that error. */
  betweenTurns?: (turn: number, result: any) => void | Promise<void>;
  /** The plugin to load with --plugin-dir (default: repoRoot). */
  pluginDir?: string;
  env?: Record<string, string>;
  timeoutMs: number;
}

export function runClaudeStream(options: StreamOptions): Promise<StreamRun> {
  mkdirSync(options.home, { recursive: true });
  const args = [
    '-p',
    '--input-format',
    'stream-json',
    '--output-format',
    'stream-json',
    '--verbose',
    ...(options.answer ? ['--permission-prompt-tool', 'stdio'] : []),
    '--plugin-dir',
    options.pluginDir ?? repoRoot,
    '--allowedTools',
    options.allowedTools ?? 'Bash',
  ];
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: options.home,
    ANTHROPIC_BASE_URL: options.apiUrl,
    ANTHROPIC_API_KEY: 'sk-e2e-test',
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
    DISABLE_AUTOUPDATER: '1',
    EXECGUARD_HOME: options.execguardHome,
    TF_CLI_CONFIG_FILE: '',
    CHECKPOINT_DISABLE: '1',
    TF_IN_AUTOMATION: '1',
    GIT_CONFIG_NOSYSTEM: '1',
    EXECGUARD_HOOK_HELPER_IDLE_MS: '5000',
    ...options.env,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(claudeBin, args, { cwd: options.cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const run: StreamRun = { exitCode: null, messages: [], prompts: [], stderr: '', results: [] };
    const queue = [...options.prompts];
    let failure: unknown;
    const send = (message: unknown) => child.stdin.write(`${JSON.stringify(message)}\n`);
    const nextPrompt = () => {
      const prompt = queue.shift();
      if (prompt === undefined) child.stdin.end();
      else send({ type: 'user', message: { role: 'user', content: prompt }, parent_tool_use_id: null, session_id: run.sessionId ?? '' });
    };
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      for (let i = buffer.indexOf('\n'); i >= 0; i = buffer.indexOf('\n')) {
        const line = buffer.slice(0, i).trim();
        buffer = buffer.slice(i + 1);
        if (!line) continue;
        let message: any;
        try {
          message = JSON.parse(line);
        } catch {
          continue;
        }
        run.messages.push(message);
        if (typeof message.session_id === 'string' && message.session_id) run.sessionId = message.session_id;
        if (message.type === 'control_request' && message.request?.subtype === 'can_use_tool') {
          const request: CanUseTool = {
            toolName: message.request.tool_name,
            input: message.request.input ?? {},
            ...(message.request.tool_use_id ? { toolUseId: message.request.tool_use_id } : {}),
          };
          run.prompts.push(request);
          const answer = options.answer?.(request) ?? { behavior: 'deny', message: 'no permission prompts in this test' };
          send({ type: 'control_response', response: { subtype: 'success', request_id: message.request_id, response: answer } });
        }
        if (message.type === 'result') {
          run.results.push(message);
          if (queue.length === 0 || !options.betweenTurns) nextPrompt();
          else
            Promise.resolve()
              .then(() => options.betweenTurns!(run.results.length - 1, message))
              .then(nextPrompt, (error: unknown) => {
                failure = error;
                child.kill('SIGKILL');
              });
        }
      }
    });
    child.stderr.on('data', (c: Buffer) => (run.stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      run.exitCode = code;
      if (failure) reject(failure);
      else resolve(run);
    });
    nextPrompt();
  });
}
