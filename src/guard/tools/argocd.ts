// Argo CD: `argocd app delete` removes the application and, by default, every resource it
// deployed (cascade). So do `appset delete`, `proj delete` and `cluster rm`. Sync/rollback/set
// change live state; get/list/diff/history read.
import type { SimpleCommand } from '../../shell/types.js';
import type { Tier } from '../types.js';
import { all, dryRun, has, parseArgv, set } from './grammar.js';
import type { Effect, ToolModule } from './types.js';

const VALUED = set(
  '--server --auth-token --config --grpc-web-root-path -H --header --kube-context --port-forward-namespace --loglevel --logformat ' +
    '-N --app-namespace -p --parameter --revision --dest-namespace --dest-server --dest-name --project -l --selector -o --output ' +
    '--propagation-policy --cascade --timeout --resource --repo --path --sync-policy --values --helm-set --kustomize-image',
);
const read = (argv: string[]) => parseArgv(argv, VALUED);

const READS = new Set(['get', 'list', 'ls', 'history', 'manifests', 'logs', 'resources', 'diff', 'wait', 'show', 'get-resource', 'man']);

function tier(argv: string[]): Tier {
  const p = read(argv);
  const [group, action] = p.words;
  if (!group) return 'T0';
  if (['version', 'context', 'login', 'logout', 'relogin', 'completion', 'help', 'configure', 'admin'].includes(group))
    return group === 'version' ? 'T0' : 'T1';
  if (!action || READS.has(action)) return action === 'diff' ? 'T2' : 'T0';
  if (dryRun(p) || has(p, '--preview-changes')) return 'T2';
  return 'T3'; // sync, delete, rollback, set, unset, create, patch, terminate-op, edit, add, rm
}

function effects(cmd: SimpleCommand): Effect[] {
  const p = read(cmd.argv);
  const [group, action] = p.words;
  if (dryRun(p)) return [];
  if (['app', 'appset', 'proj'].includes(group) && action === 'delete')
    return [{ kind: 'delete', act: `argocd ${group} delete`, preview: `argocd ${group} get` }];
  if (group === 'cluster' && (action === 'rm' || action === 'delete')) return [{ kind: 'delete', act: 'argocd cluster rm' }];
  return [];
}

function targets(cmd: SimpleCommand): string[] {
  const p = read(cmd.argv);
  return [...p.words.slice(2), ...all(p, '--server', '--kube-context', '-N', '--app-namespace', '--dest-namespace', '--project')];
}

export const argocd: ToolModule = { id: 'argocd', programs: ['argocd'], env: ['ARGOCD_SERVER', 'ARGOCD_OPTS'], tier, effects, targets };
