// helm: reads (status, list, get, history, show), local work (lint, template, package, repo),
// `diff` and `--dry-run` simulations, and changes (install, upgrade, rollback, uninstall). Where it
// points is read like kubectl's (`--kube-context`, `-n`, values files; HELM_NAMESPACE,
// HELM_KUBECONTEXT and KUBECONFIG are already flags in argv). `helm uninstall` is judged by the
// kubectl-delete-prod rule.
import { kubeInvocation } from '../tool-invocations.js';
import { isDryRun } from '../environment-names.js';
import type { Tier } from '../types.js';
import { kubeTargetNames } from './kubectl.js';
import type { ToolModule } from './types.js';

function tier(argv: string[]): Tier {
  const inv = kubeInvocation(argv);
  const verb = inv.verb;
  if (!verb) return 'T0';
  if (
    ['status', 'list', 'ls', 'get', 'history', 'hist', 'show', 'inspect', 'search', 'version', 'env', 'completion', 'verify'].includes(verb)
  )
    return 'T0';
  if (verb === 'repo' || verb === 'dependency' || verb === 'dep' || verb === 'plugin' || verb === 'registry') return 'T1';
  if (['lint', 'template', 'package', 'pull', 'fetch', 'create'].includes(verb)) return 'T1';
  if (verb === 'diff') return 'T2';
  if (isDryRun(argv)) return 'T2';
  return 'T3'; // install, upgrade, rollback, uninstall, delete, push, test (runs pods)
}

export const helm: ToolModule = {
  id: 'helm',
  programs: ['helm'],
  env: ['KUBECONFIG', 'HELM_NAMESPACE', 'HELM_KUBECONTEXT'],
  tier,
  targets: kubeTargetNames,
};
