// irreversible-delete: deleting a data-bearing or top-level cloud resource (a database, a bucket
// and its objects, a cluster, a table, parameters, a Flux or Argo CD application with what it
// deployed), whatever the environment: what a tool module declares a `delete` effect
// (src/guard/tools). A generic approval does not cover it; an approval that says "delete" (or
// "remove"/"uninstall") does, unless it names an environment the command does not target.
import { environmentConflict } from '../command-environments.js';
import { effectsOf } from '../tools/index.js';
import type { Rule, RuleHit } from '../types.js';

export const irreversibleDelete: Rule = (ctx) => {
  const hits: RuleHit[] = [];
  const commands = ctx.analysis.commands;
  commands.forEach((cmd, index) => {
    // Stryker disable next-line MethodExpression: only terraform's effects read earlier commands, and it declares only destroys
    for (const effect of effectsOf(cmd, commands.slice(0, index))) {
      if (effect.kind !== 'delete') continue;
      const approval = ctx.approval;
      const conflict = environmentConflict(cmd, index, commands, approval, ctx.policy);
      if (approval?.affirmed && approval.delete && conflict.length === 0) continue;
      let reason = `irreversible-delete: blocked \`${effect.act}\` (\`${cmd.text.slice(0, 200)}\`): it deletes data or a whole resource for good, and `;
      if (approval?.affirmed && approval.delete) {
        reason += `the approval covers ${approval.environments.join('/')} while this command targets ${conflict.join('/')}; ask the user to approve this deletion for ${conflict.join('/')} explicitly.`;
      } else {
        reason +=
          'a generic approval does not cover irreversible deletions. ' +
          (effect.preview ? `Show what it would delete (\`${effect.preview}\`), present` : 'Present') +
          ' the exact deletion to the user, end with `PLAN_STATUS: PENDING_APPROVAL`, and wait for an approval that says "delete".';
      }
      hits.push({ id: 'irreversible-delete', decision: 'deny', reason });
    }
  });
  return hits;
};
