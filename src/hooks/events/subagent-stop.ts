// SubagentStop: a sub-agent's final message must end with a valid AGENT_STATUS block, so the
// orchestrator can read where the work stands. The check is shared with Stop (stop.ts).
import type { HookHandler } from '../hook-protocol.js';
import { checkStop } from './stop.js';

export const handle: HookHandler = (input, env) => {
  const agent = typeof input.agent_type === 'string' && input.agent_type ? `sub-agent ${input.agent_type}` : 'the sub-agent';
  return checkStop(input, env, { required: true, transcriptField: 'agent_transcript_path', who: agent });
};
