// terraform-destroy, the destroy rule: every act a tool module declares a destroy
// (src/guard/tools): `terraform destroy` / `apply -destroy` / terragrunt's forms (tools/terraform.ts),
// `pulumi destroy`, `cdk destroy`, `aws cloudformation delete-stack`, `az group delete`, ... Lifted
// only by an approval that authorizes destruction and names no conflicting environment.
import type { SimpleCommand } from '../../shell/types.js';
import { environmentConflict } from '../command-environments.js';
import { effectsOf } from '../tools/index.js';
import type { Rule, RuleHit } from '../types.js';

export const terraformDestroy: Rule = (ctx) => {
  const hits: RuleHit[] = [];
  const commands = ctx.analysis.commands;
  commands.forEach((cmd: SimpleCommand, index) => {
    for (const effect of effectsOf(cmd, commands.slice(0, index))) {
      if (effect.kind !== 'destroy') continue;
      const approval = ctx.approval;
      const conflict = environmentConflict(cmd, index, commands, approval, ctx.policy);
      if (approval?.affirmed && approval.destroy && conflict.length === 0) continue;
      let reason = `terraform-destroy: blocked \`${effect.act}\` (\`${cmd.text.slice(0, 200)}\`). It destroys infrastructure, and `;
      if (approval?.affirmed && approval.destroy) {
        reason += `the approval covers ${approval.environments.join('/')} while this command targets ${conflict.join('/')}. Do not run it against another environment; ask the user to approve the destroy for ${conflict.join('/')} explicitly.`;
      } else {
        reason +=
          'no approval explicitly authorizes destruction (a generic approval does not). ' +
          (effect.preview ? `Run \`${effect.preview}\` to show what would be destroyed, present it` : 'Present what would be destroyed') +
          ' to the user, end with `PLAN_STATUS: PENDING_APPROVAL`, and wait for an approval that says "destroy" or "tear down".';
      }
      hits.push({ id: 'terraform-destroy', decision: 'deny', reason });
    }
  });
  return hits;
};
