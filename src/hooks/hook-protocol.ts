// What a hook handler returns; emit() (stdio.ts) turns it into stdout, stderr and the exit code.
export interface HookAnswer {
  /** JSON object printed on stdout (the only thing ever printed there). */
  json?: Record<string, unknown>;
  /** Text for stderr (Claude Code's debug log). */
  stderr?: string;
  exitCode: number;
}

/** Hook input as Claude Code sends it: common fields plus the event's own. */
export type HookInput = Record<string, unknown> & {
  session_id?: string;
  hook_event_name?: string;
  cwd?: string;
  transcript_path?: string;
};

export type HookHandler = (input: HookInput, env: NodeJS.ProcessEnv) => Promise<HookAnswer>;

export const EVENTS = [
  'pre-tool-use',
  'post-tool-use',
  'user-prompt-submit',
  'subagent-start',
  'subagent-stop',
  'stop',
  'session-start',
] as const;
export type HookEvent = (typeof EVENTS)[number];
