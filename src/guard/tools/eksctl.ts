// eksctl: `delete cluster` tears an EKS cluster down with everything on it. Other deletes
// (nodegroup, iamserviceaccount) and create/upgrade/scale change live state; `get` reads.
import type { SimpleCommand } from '../../shell/types.js';
import type { Tier } from '../types.js';
import { all, dryRun, parseArgv, set } from './grammar.js';
import type { Effect, ToolModule } from './types.js';

const VALUED = set(
  '-n --name -r --region -p --profile -f --config-file --cluster -o --output -v --verbose --timeout --nodegroup-name --namespace ' +
    '--version --node-type --nodes --nodes-min --nodes-max --zones --kubeconfig --color',
);
const read = (argv: string[]) => parseArgv(argv, VALUED);

function tier(argv: string[]): Tier {
  const p = read(argv);
  const [verb] = p.words;
  if (!verb) return 'T0';
  if (['get', 'version', 'info', 'completion', 'help'].includes(verb)) return 'T0';
  if (verb === 'utils') return 'T1';
  if (dryRun(p)) return 'T2';
  return 'T3'; // create, delete, upgrade, scale, set, unset, drain, enable, update, register, deregister
}

function effects(cmd: SimpleCommand): Effect[] {
  const p = read(cmd.argv);
  const [verb, noun] = p.words;
  return verb === 'delete' && noun === 'cluster' ? [{ kind: 'destroy', act: 'eksctl delete cluster', preview: 'eksctl get cluster' }] : [];
}

function targets(cmd: SimpleCommand): string[] {
  const p = read(cmd.argv);
  return [
    ...all(p, '-n', '--name', '--cluster', '-p', '--profile', '-f', '--config-file'),
    ...p.words.slice(2),
    cmd.assignments.AWS_PROFILE ?? '',
  ];
}

export const eksctl: ToolModule = {
  id: 'eksctl',
  programs: ['eksctl'],
  env: ['AWS_PROFILE', 'AWS_REGION', 'KUBECONFIG'],
  tier,
  effects,
  targets,
};
