// Defence in depth: every command the runner executes is first judged by the same guard the hooks
// use. A deny refuses the step; so does an ask when the run holds no approval (plan runs change
// nothing, so they never need one). Loaded lazily: tree-sitter is only paid for when a run starts.
import type { ApprovalScope } from '../approval/types.js';
import type { Policy } from '../guard/policy.js';

export interface GateVerdict {
  allowed: boolean;
  reason: string;
  rules: string[];
}

export type Gate = (command: string) => Promise<GateVerdict>;

export async function loadGate(approval: ApprovalScope | null, policy: Policy): Promise<Gate> {
  const { evaluate } = await import('../guard/evaluate.js');
  return async (command) => {
    const decision = await evaluate(command, { approval, policy });
    const rules = decision.rules.map((r) => r.id);
    if (decision.decision === 'deny') return { allowed: false, reason: decision.reason, rules };
    if (decision.decision === 'ask' && !approval?.affirmed) return { allowed: false, reason: decision.reason || 'the guard asks for an approval', rules };
    return { allowed: true, reason: '', rules };
  };
}

/** How a command is shown to the user and to the guard: POSIX-quoted argv. */
export function displayCommand(argv: string[]): string {
  return argv.map((a) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}
