// Writes an AGENT_STATUS block. Refuses to write one that checkStatus would reject, so every
// block execguard prints is one the stop hook accepts.
import { checkStatus, formatStatusError } from './parse.js';
import { CLOSE_SENTINEL, OPEN_SENTINEL, type AgentStatus } from './schema.js';

class InvalidStatusError extends Error {}

export function renderStatus(status: AgentStatus): string {
  const block = [
    OPEN_SENTINEL,
    `PLAN_STATUS: ${status.planStatus}`,
    `CURRENT_PHASE: ${status.currentPhase}`,
    `PENDING_STEPS: ${JSON.stringify(status.pendingSteps)}`,
    `NEXT_ACTION: ${status.nextAction}`,
    `AGENT_ID: ${status.agentId}`,
    CLOSE_SENTINEL,
  ].join('\n');
  const check = checkStatus(block, { required: true });
  if (!check.valid) {
    throw new InvalidStatusError(`cannot render an invalid AGENT_STATUS block: ${check.errors.map(formatStatusError).join('; ')}`);
  }
  return block;
}

/** Makes free text fit a one-line value (NEXT_ACTION, a pending step). */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Makes an id fit AGENT_ID: letters, digits, - and _. */
export function toAgentId(id: string, fallback = 'execguard'): string {
  const cleaned = id.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  return cleaned || fallback;
}
