// Flux: `flux delete …` removes a source or reconciler (and with it what it deployed); `flux
// uninstall` removes Flux and its objects from the cluster. Both are irreversible deletes.
import type { SimpleCommand } from '../../shell/types.js';
import type { Tier } from '../types.js';
import { all, dryRun, has, parseArgv, set } from './grammar.js';
import type { Effect, ToolModule } from './types.js';

const VALUED = set(
  '-n --namespace --context --kubeconfig --timeout -l --label-selector --kind --path --source --interval --cluster --verbose',
);
const read = (argv: string[]) => parseArgv(argv, VALUED);

function tier(argv: string[]): Tier {
  const p = read(argv);
  const [verb] = p.words;
  if (!verb) return 'T0';
  if (['get', 'logs', 'tree', 'stats', 'events', 'check', 'version', 'export', 'trace', 'completion', 'debug'].includes(verb)) return 'T0';
  if (verb === 'build') return 'T1';
  if (verb === 'diff') return 'T2';
  if (has(p, '--export')) return 'T1';
  if (dryRun(p)) return 'T2';
  return 'T3'; // reconcile, suspend, resume, create, delete, bootstrap, install, uninstall, push, tag
}

function effects(cmd: SimpleCommand): Effect[] {
  const p = read(cmd.argv);
  const [verb, ...rest] = p.words;
  if (dryRun(p)) return [];
  if (verb === 'delete') return [{ kind: 'delete', act: `flux delete ${rest.slice(0, 2).join(' ')}`.trim(), preview: 'flux get all' }];
  if (verb === 'uninstall') return [{ kind: 'delete', act: 'flux uninstall', preview: 'flux uninstall --dry-run' }];
  return [];
}

function targets(cmd: SimpleCommand): string[] {
  const p = read(cmd.argv);
  const names = all(p, '-n', '--namespace', '--context', '--kubeconfig');
  if (p.words[0] === 'delete') names.push(...p.words.slice(2));
  return names;
}

export const flux: ToolModule = { id: 'flux', programs: ['flux'], env: ['KUBECONFIG'], tier, effects, targets };
