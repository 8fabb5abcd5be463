// terraform-destroy, the destroy rule: destroying infrastructure through terraform / tofu /
// terragrunt (and `tf`), and every act a tool module declares a destroy (`pulumi destroy`, `cdk
// destroy`, `aws cloudformation delete-stack`, `az group delete`, ...; src/guard/tools). Lifted
// only by an approval that authorizes destruction and names no conflicting environment.
import type { SimpleCommand } from '../../shell/types.js';
import { environmentConflict } from '../command-targets.js';
import { terraformInvocation, type TerraformInvocation } from '../tool-invocations.js';
import { effectsOf } from '../tools/index.js';
import type { Rule, RuleHit } from '../types.js';

/** `-destroy`, `--destroy`, `-destroy=true` (but not `-destroy=false`). */
function destroyFlag(args: string[]): boolean {
  let on = false;
  for (const a of args) {
    const m = /^--?destroy(?:=(.*))?$/i.exec(a);
    if (m) on = m[1] === undefined || !/^(false|0|f|no)$/i.test(m[1]);
  }
  return on;
}

/** The plan file a `plan -destroy -out=F` writes, if this is one. */
function destroyPlanFile(inv: TerraformInvocation): string | undefined {
  if (inv.sub !== 'plan' || !destroyFlag(inv.args)) return undefined;
  for (let i = 0; i < inv.args.length; i++) {
    const m = /^--?out(?:=(.*))?$/.exec(inv.args[i]);
    if (m) return m[1] ?? inv.args[i + 1];
  }
  return undefined;
}

const base = (p: string) => p.replace(/\/+$/, '').split('/').pop() ?? p;

/** Why this command destroys, or undefined when it does not. */
function destroys(inv: TerraformInvocation, destroyPlans: string[]): string | undefined {
  const { sub, args } = inv;
  if (!sub) return undefined;
  if (sub === 'destroy') return `\`${inv.tool} destroy\``;
  if (sub === 'apply') {
    if (destroyFlag(args)) return `\`${inv.tool} apply -destroy\``;
    // `apply F` where F came from `plan -destroy -out=F` earlier in this command line.
    const planFile = args.find((a) => !a.startsWith('-'));
    if (planFile && destroyPlans.some((p) => p === planFile || base(p) === base(planFile))) {
      return `\`${inv.tool} apply ${planFile}\`, a plan created by \`plan -destroy\``;
    }
  }
  return undefined;
}

export const terraformDestroy: Rule = (ctx) => {
  const hits: RuleHit[] = [];
  const commands = ctx.analysis.commands;
  const destroyPlans: string[] = [];
  commands.forEach((cmd: SimpleCommand, index) => {
    for (const effect of effectsOf(cmd)) {
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
    const inv = terraformInvocation(cmd.argv);
    if (!inv) return;
    const planFile = destroyPlanFile(inv);
    if (planFile) destroyPlans.push(planFile);
    const why = destroys(inv, destroyPlans);
    if (!why) return;
    const approval = ctx.approval;
    const conflict = environmentConflict(cmd, index, commands, approval, ctx.policy);
    if (approval?.affirmed && approval.destroy && conflict.length === 0) return;
    let reason = `terraform-destroy: blocked ${why} (\`${cmd.text.slice(0, 200)}\`). It destroys infrastructure, and `;
    if (approval?.affirmed && approval.destroy) {
      reason += `the approval covers ${approval.environments.join('/')} while this command targets ${conflict.join('/')}. Do not run it against another environment; ask the user to approve the destroy for ${conflict.join('/')} explicitly.`;
    } else {
      reason +=
        'no approval explicitly authorizes destruction (a generic approval does not). Run `' +
        `${inv.tool} plan -destroy` +
        '` to show what would be destroyed, present it to the user, end with `PLAN_STATUS: PENDING_APPROVAL`, and wait for an approval that says "destroy" or "tear down".';
    }
    hits.push({ id: 'terraform-destroy', decision: 'deny', reason });
  });
  return hits;
};
