// kubectl-delete-prod: `kubectl delete` (and `k`), `helm uninstall` / `helm delete` against
// production, mass deletes anywhere, and `--dry-run=none`. Lifted by an approval that authorizes
// the deletion and names no conflicting environment.
import type { SimpleCommand } from '../../shell/types.js';
import { deletedNamespaces, environmentConflict, kubeTarget } from '../command-environments.js';
import type { Policy } from '../policy.js';
import { isDryRun, isLocalContext, isProductionName, segments } from '../environment-names.js';
import { hasOption, kubeInvocation, lastOption } from '../tool-invocations.js';
import type { GuardContext, Rule, RuleHit } from '../types.js';

const HELM_DELETE = new Set(['uninstall', 'delete', 'del', 'un']);
/** Raw API paths of a namespace or a workload (a Deployment, a StatefulSet, its volumes...). */
const RAW_WORKLOAD =
  /\/(namespaces(\/[^/]+)?$|namespaces\/[^/]+\/(deployments|statefulsets|daemonsets|replicasets|pods|jobs|cronjobs|persistentvolumeclaims|services|secrets|configmaps)\b)|\/persistentvolumes\b/;

function isDelete(cmd: SimpleCommand): 'kubectl' | 'helm' | undefined {
  const name = cmd.argv[0];
  // Stryker disable next-line ConditionalExpression: each check below tests the name again; this only skips parsing
  if (name !== 'kubectl' && name !== 'oc' && name !== 'helm') return undefined;
  const verb = kubeInvocation(cmd.argv).verb;
  if ((name === 'kubectl' || name === 'oc') && verb === 'delete') return 'kubectl';
  // `replace --force` deletes the object and creates it again
  if ((name === 'kubectl' || name === 'oc') && verb === 'replace' && hasOption(kubeInvocation(cmd.argv), 'force')) return 'kubectl';
  // Stryker disable next-line ConditionalExpression,LogicalOperator: kubectl and oc have no verb uninstall, del or un (delete returned above)
  if (name === 'helm' && verb && HELM_DELETE.has(verb)) return 'helm';
  return undefined;
}

interface Verdict {
  why?: string;
  /** No namespace / context / kubeconfig named and none known. */
  unknownTarget?: boolean;
}

function judge(cmd: SimpleCommand, index: number, ctx: GuardContext, tool: 'kubectl' | 'helm'): Verdict {
  const policy: Policy = ctx.policy;
  const commands = ctx.analysis.commands;
  const inv = kubeInvocation(cmd.argv);
  const target = kubeTarget(cmd, index, commands);
  const prod = (v: string) => isProductionName(v, policy);
  const objects = tool === 'kubectl' ? deletedNamespaces(inv.positionals) : [];
  const mass = tool === 'kubectl' && hasOption(inv, 'all', 'A', 'all-namespaces');

  const prodNamespace = [...target.namespaces, ...target.priorNamespaces].find(prod);
  if (prodNamespace) return { why: `namespace \`${prodNamespace}\` is production` };
  const prodObject = objects.find(prod);
  if (prodObject) return { why: `it deletes the production namespace \`${prodObject}\`` };
  const prodContext = [...target.contexts, ...target.priorContexts].find(prod);
  if (prodContext) return { why: `context \`${prodContext}\` is production` };
  const prodConfig = target.kubeconfigs.find(prod);
  if (prodConfig) return { why: `kubeconfig \`${prodConfig}\` is production` };
  const prodManifest = target.manifests.find(prod);
  if (prodManifest) return { why: `manifest path \`${prodManifest}\` is production` };
  // `--raw /api/v1/namespaces/production`: the API path names what it deletes
  const raw = tool === 'kubectl' ? lastOption(inv, 'raw') : undefined;
  if (raw && prod(raw)) return { why: `the raw API path \`${raw}\` is production` };
  // `delete namespaces -l environment=production`: the selector picks production objects
  // Stryker disable next-line StringLiteral: an absent selector reads the same as any text that names no production
  const selector = [lastOption(inv, 'selector', 'l') ?? '', lastOption(inv, 'field-selector') ?? ''].find(prod);
  if (selector) return { why: `the selector \`${selector}\` picks production objects` };
  if (raw && RAW_WORKLOAD.test(raw))
    return { why: `a raw API delete (\`${raw}\`) removes a namespace or workload irreversibly, in any environment` };
  if (mass) return { why: 'it is a mass delete (`--all` / `-A` / `--all-namespaces`), which is blocked in every namespace' };
  // Listed on its own in docs/guard-rules.md: `--dry-run=none` looks like a simulation and is not.
  // Stryker disable next-line Regex,StringLiteral: kubectl refuses any other --dry-run value, so such a command never runs
  const dryRunNone = /^none$/i.test(lastOption(inv, 'dry-run') ?? '');
  if (dryRunNone) return { why: '`--dry-run=none` makes it a real deletion, not a simulation' };

  // Names fed by xargs, a loop, or words the analysis could not resolve.
  // (the program word is kubectl or helm here, so it is static)
  const dynamicTarget = cmd.dynamic.some(Boolean);
  if (cmd.via.includes('xargs') || dynamicTarget) {
    const fed = [cmd.stdin?.text ?? '', ...commands.filter((c) => c !== cmd).flatMap((c) => c.argv.slice(1))].join(' ');
    if (segments(fed).some((s) => policy.productionNames.includes(s))) {
      return { why: 'the names it deletes (from xargs or a loop) include production' };
    }
  }

  const local = [...target.contexts, ...target.priorContexts, ...target.kubeconfigs].some((c) => isLocalContext(c, policy));
  if (local) return {};
  // A name the analysis could not resolve (`-n "$NS"`) names nothing.
  const known = (v: string) => v !== '' && !/[$`]/.test(v);
  const named = [...target.namespaces, ...target.contexts, ...target.kubeconfigs, ...target.priorContexts, ...target.priorNamespaces].some(
    known,
  );
  if (named) return {};
  if (ctx.currentKubeContext) {
    if (prod(ctx.currentKubeContext)) return { why: `the current kube context \`${ctx.currentKubeContext}\` is production` };
    return {};
  }
  if (objects.length > 0) return {}; // a non-production namespace object (kubectl only): the context does not matter for its name
  return { unknownTarget: true };
}

export const kubectlDeleteProd: Rule = (ctx) => {
  const hits: RuleHit[] = [];
  const commands = ctx.analysis.commands;
  commands.forEach((cmd, index) => {
    const tool = isDelete(cmd);
    if (!tool) return;
    // kubectl: only --dry-run=client|server simulate (=none is real, a bare --dry-run is not a
    // documented simulation); helm: --dry-run.
    // Stryker disable next-line Regex,StringLiteral: kubectl refuses any other --dry-run value, so such a command never runs
    const kubectlSimulates = /^(client|server)$/i.test(lastOption(kubeInvocation(cmd.argv), 'dry-run') ?? '');
    if (tool === 'helm' ? isDryRun(cmd.argv) : kubectlSimulates) return;
    const verdict = judge(cmd, index, ctx, tool);
    let why = verdict.why;
    if (!why && verdict.unknownTarget) {
      if (ctx.policy.mode !== 'strict') return;
      why = 'it names no namespace or context and the current context is unknown (strict mode)';
    }
    if (!why) return;
    const approval = ctx.approval;
    const conflict = environmentConflict(cmd, index, commands, approval, ctx.policy);
    if (approval?.affirmed && approval.delete && conflict.length === 0) return;
    const what = tool === 'helm' ? 'helm uninstall' : 'kubectl delete';
    let reason = `kubectl-delete-prod: blocked \`${cmd.text.slice(0, 200)}\`: ${what} where ${why}. `;
    if (approval?.affirmed && approval.delete) {
      reason += `The approval covers ${approval.environments.join('/')} but this command targets ${conflict.join('/')}; ask the user to approve this deletion for ${conflict.join('/')} explicitly.`;
    } else {
      reason +=
        'A generic approval does not cover deletions. Name a non-production namespace and context explicitly (`-n <ns> --context <ctx>`), delete objects one by one instead of `--all`, or present the exact deletion to the user, end with `PLAN_STATUS: PENDING_APPROVAL`, and wait for an approval that says "delete" (or "uninstall").';
    }
    hits.push({ id: 'kubectl-delete-prod', decision: 'deny', reason });
  });
  return hits;
};
