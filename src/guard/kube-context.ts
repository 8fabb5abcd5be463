// When a decision needs the current kube context: a kubectl/oc delete or helm uninstall (any
// alias: `helm un`, `helm del`) that names no namespace, context or kubeconfig. Read from the
// analysed commands, never from the raw text, so every caller asks for it in the same cases. The
// reading itself is I/O, done by the caller (readCurrentKubeContext) only when this says so.
import type { Analysis } from '../shell/types.js';
import { kubeTarget } from './command-environments.js';
import { kubeInvocation } from './tool-invocations.js';

const HELM_DELETE = new Set(['uninstall', 'delete', 'del', 'un']);

/** Does the command hold a delete whose target only the current kube context can tell? */
export function needsKubeContext(analysis: Analysis): boolean {
  return analysis.commands.some((cmd, index) => {
    const name = cmd.argv[0];
    const verb = kubeInvocation(cmd.argv).verb;
    const isDelete =
      ((name === 'kubectl' || name === 'oc') && verb === 'delete') || (name === 'helm' && verb !== undefined && HELM_DELETE.has(verb));
    if (!isDelete) return false;
    const target = kubeTarget(cmd, index, analysis.commands);
    const known = (v: string) => v !== '' && !/[$`]/.test(v);
    return ![...target.namespaces, ...target.contexts, ...target.kubeconfigs, ...target.priorContexts, ...target.priorNamespaces].some(
      known,
    );
  });
}

/** `kubectl config current-context`, bounded in time; undefined when it cannot be read. */
export async function readCurrentKubeContext(
  timeoutMs = 1500,
  env: NodeJS.ProcessEnv = process.env,
  cwd?: string,
): Promise<string | undefined> {
  // Loaded on demand: node:child_process would cost every hook call a few ms.
  const { execFile } = await import('node:child_process');
  return new Promise((done) => {
    try {
      execFile(
        'kubectl',
        ['config', 'current-context'],
        { timeout: timeoutMs, env, encoding: 'utf8', ...(cwd ? { cwd } : {}) },
        (error, stdout) => {
          const name = stdout?.trim();
          done(error || !name ? undefined : name);
        },
      );
    } catch {
      done(undefined);
    }
  });
}
