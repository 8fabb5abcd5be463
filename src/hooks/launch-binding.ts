// The plan digests a sub-agent's launch carries (issue 18 §4): when the orchestrator's launch
// prompt names plan digests, the sub-agent's grant is bound to those alone, of the ones the user
// approved. Two sub-agents launched at once, each with its own plan, then cannot run each other's.
// A prompt that names no digest hands on the user's binding as it is.
import type { GrantBinding } from '../approval/types.js';

const DIGEST = /sha256:[0-9a-f]{64}\b/gi;

/**
 * The binding for the launch, or null when the prompt names only digests the user did not approve
 * (the launch then grants nothing: an empty digest list would mean "any plan").
 */
export function launchBinding(user: GrantBinding | undefined, prompt: string): GrantBinding | undefined | null {
  const named = [...new Set([...prompt.matchAll(DIGEST)].map((m) => m[0].toLowerCase()))];
  if (named.length === 0) return user;
  const approved = user?.digests.map((d) => d.toLowerCase()) ?? [];
  const digests = approved.length ? named.filter((d) => approved.includes(d)) : named;
  if (digests.length === 0) return null;
  return { digests, environments: user?.environments ?? [] };
}
