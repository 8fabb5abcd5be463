// approval-gate: a T3 command (changes live state) runs only under an affirmed approval, and only
// when it does not clearly target an environment the approval does not name.
import { environmentConflict } from '../command-environments.js';
import { tierOf } from '../tiers.js';
import type { Rule, RuleHit } from '../types.js';

export const approvalGate: Rule = (ctx) => {
  const hits: RuleHit[] = [];
  const commands = ctx.analysis.commands;
  commands.forEach((cmd, index) => {
    if (tierOf(cmd, ctx.policy) !== 'T3') return;
    const approval = ctx.approval;
    const shown = cmd.text.slice(0, 200);
    if (!approval?.affirmed) {
      const known = ctx.policy.mode === 'strict' ? ' (strict mode: commands execguard does not know count as T3)' : '';
      hits.push({
        id: 'approval-gate',
        decision: 'deny',
        reason:
          `approval-gate: blocked \`${shown}\`: it changes live state (tier T3)${known} and no approval is active` +
          (approval && !approval.affirmed && approval.text
            ? ` (the text "${approval.text.slice(0, 80)}" does not approve, or refuses)`
            : '') +
          '. Do not run it yet: present your plan (what will change, where, how to roll back) to the user and end your message with `PLAN_STATUS: PENDING_APPROVAL`. Run it after the user approves.',
      });
      return;
    }
    const conflict = environmentConflict(cmd, index, commands, approval, ctx.policy);
    if (conflict.length > 0) {
      hits.push({
        id: 'approval-gate',
        decision: 'deny',
        reason: `approval-gate: blocked \`${shown}\`: the approval covers ${approval.environments.join('/')} but this command targets ${conflict.join('/')}. Run it only against the approved environment, or present a plan for ${conflict.join('/')} and end with \`PLAN_STATUS: PENDING_APPROVAL\`.`,
      });
    }
  });
  return hits;
};
