// The one assertion every attack ends with: whatever the hook said, nothing the attack was after
// happened. The hook's verdict and what ran are in the message, so a failure says which layer let
// it through.
import { expect } from 'vitest';
import type { Arena, Attempt, Snapshot } from './arena.js';

export type Part = keyof Snapshot;

export const ALL: Part[] = ['origin', 'tfState', 'grant', 'grantFiles', 'plugin', 'repoFiles', 'extra'];
/** For attacks that legitimately leave scratch files in the workspace (a copied tool, a tarball). */
export const EFFECTS: Part[] = ['origin', 'tfState', 'grant', 'grantFiles', 'plugin', 'extra'];

function describeAttempt(attempt: Attempt | undefined): string {
  if (!attempt) return 'not attempted';
  const ran = attempt.ran ? `; ran: exit ${attempt.ran.code}\n${(attempt.ran.stdout + attempt.ran.stderr).slice(-1500)}` : '';
  return `hook: ${attempt.decision}${attempt.reason ? ` (${attempt.reason.slice(0, 300)})` : ''}${ran}`;
}

export function expectNothingChanged(arena: Arena, before: Snapshot, attempts: (Attempt | undefined)[], parts: Part[] = ALL): void {
  const after = arena.snapshot();
  // EXECGUARD_ATTACK_VERBOSE=1: print which layer stopped each attack (for the closing note).
  if (process.env.EXECGUARD_ATTACK_VERBOSE) console.log(attempts.map(describeAttempt).join('\n---\n'));
  const pick = (s: Snapshot) => Object.fromEntries(parts.map((p) => [p, s[p]]));
  expect(pick(after), attempts.map(describeAttempt).join('\n---\n')).toEqual(pick(before));
}
