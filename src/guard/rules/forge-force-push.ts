// forge-force-push: history rewritten or removed on the forge instead of through `git push`:
// `gh api -X PATCH …/git/refs/… force=true` (a force push), `-X DELETE` on a ref or on branch
// protection, `gh repo delete`. Lifted by an approval that says "force push" (deletions also by
// one that says "delete"), and names no conflicting environment.
import { environmentConflict } from '../command-environments.js';
import { effectsOf } from '../tools/index.js';
import type { Rule, RuleHit } from '../types.js';

export const forgeForcePush: Rule = (ctx) => {
  const hits: RuleHit[] = [];
  const commands = ctx.analysis.commands;
  commands.forEach((cmd, index) => {
    // Stryker disable next-line MethodExpression: only terraform's effects read earlier commands, and it declares only destroys
    for (const effect of effectsOf(cmd, commands.slice(0, index))) {
      if (effect.kind !== 'forge') continue;
      const approval = ctx.approval;
      const conflict = environmentConflict(cmd, index, commands, approval, ctx.policy);
      const words = approval?.affirmed && (approval.forcePush || (effect.lifts === 'delete' && approval.delete));
      if (words && conflict.length === 0) continue;
      const needed = effect.lifts === 'delete' ? '"delete" (or "force push")' : '"force push"';
      hits.push({
        id: 'forge-force-push',
        decision: 'deny',
        reason:
          `forge-force-push: blocked \`${effect.act}\` (\`${cmd.text.slice(0, 200)}\`): it rewrites or removes history on the forge, which a generic approval does not cover. ` +
          `Present exactly what it changes to the user, end with \`PLAN_STATUS: PENDING_APPROVAL\`, and wait for an approval that says ${needed}.`,
      });
    }
  });
  return hits;
};
