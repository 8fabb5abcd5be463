// What every hook handler needs to know about where it runs: the session, its working folder,
// the plugin's root and execguard's state folder.
import { homedir } from 'node:os';
import { stateHome } from '../state/home.js';
import type { ProtectedPaths } from '../guard/protected-path-checks.js';
import { pluginRootOf, protectedPathsFor } from '../state/decision-input.js';
import type { HookInput } from './hook-protocol.js';

export interface HookContext {
  /** The session's working directory. */
  cwd: string;
  /** The plugin's root (CLAUDE_PLUGIN_ROOT), when known. */
  pluginRoot?: string;
  /** execguard's state folder. */
  stateHome: string;
  /** Home directory, for `~/` paths. */
  homeDir?: string;
  sessionId: string;
  /** Set inside a sub-agent: its calls use the grant narrowed for that sub-agent. */
  agentId?: string;
  /** The sub-agent's type (agent_type), when Claude Code gives it. */
  agentType?: string;
  /** The session's transcript, and a sub-agent's own (where its launch prompt is). */
  transcriptPath?: string;
  agentTranscriptPath?: string;
  env: NodeJS.ProcessEnv;
}

/** The hook's environment with its plugin root in it, however that root was found. */
export function hookEnvOf(ctx: Pick<HookContext, 'env' | 'pluginRoot'>): NodeJS.ProcessEnv {
  return ctx.pluginRoot && !ctx.env.CLAUDE_PLUGIN_ROOT ? { ...ctx.env, CLAUDE_PLUGIN_ROOT: ctx.pluginRoot } : ctx.env;
}

/** The paths the agent may not change, for this hook's session: the ones decisionInput() protects. */
export function protectedPathsOf(ctx: Pick<HookContext, 'cwd' | 'env' | 'pluginRoot'>): ProtectedPaths {
  return protectedPathsFor(hookEnvOf(ctx), ctx.cwd);
}

export function hookContext(input: HookInput, env: NodeJS.ProcessEnv): HookContext {
  const sessionId = typeof input.session_id === 'string' ? input.session_id : '';
  const cwd = typeof input.cwd === 'string' && input.cwd ? input.cwd : process.cwd();
  const agentId = typeof input.agent_id === 'string' && input.agent_id ? input.agent_id : undefined;
  const agentType = typeof input.agent_type === 'string' && input.agent_type ? input.agent_type : undefined;
  const text = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  return {
    sessionId,
    agentId,
    agentType,
    transcriptPath: text(input.transcript_path),
    agentTranscriptPath: text(input.agent_transcript_path),
    cwd,
    env,
    pluginRoot: pluginRootOf(env),
    stateHome: stateHome(env),
    homeDir: env.HOME || homedir(),
  };
}
