// DigitalOcean CLI: `doctl GROUP… VERB`. Deleting a Kubernetes cluster, a database cluster, a
// droplet, a volume or a Spaces-backed app is irreversible; get/list read.
import type { SimpleCommand } from '../../shell/types.js';
import type { Tier } from '../types.js';
import { all, parseArgv, set } from './grammar.js';
import type { Effect, ToolModule } from './types.js';

const VALUED = set('-t --access-token -c --config --context -o --output --format --region --tag-name');
const read = (argv: string[]) => parseArgv(argv, VALUED);

const READ_VERB = /^(get|list|ls|show|describe|logs|kubeconfig|version|help|completion|whoami)$/;
const ACT_VERB =
  /^(create|delete|rm|update|resize|restore|reset|upgrade|deploy|apply|run|add|remove|attach|detach|power-\S+|reboot|shutdown|tag|untag|save|switch|init)$/;

function path(words: string[]): { groups: string[]; verb?: string } {
  const at = words.findIndex((x, i) => i > 0 && (READ_VERB.test(x) || ACT_VERB.test(x)));
  return at === -1 ? { groups: words } : { groups: words.slice(0, at), verb: words[at] };
}

function tier(argv: string[]): Tier {
  const p = read(argv);
  if (p.words.length === 0) return 'T0';
  if (['auth', 'account', 'version', 'completion', 'help'].includes(p.words[0])) return p.words[0] === 'account' ? 'T0' : 'T1';
  const { verb } = path(p.words);
  if (!verb) return 'T1';
  if (READ_VERB.test(verb)) return verb === 'kubeconfig' ? 'T1' : 'T0';
  return 'T3';
}

const DELETES = /^(kubernetes cluster|k8s cluster|databases|database|compute droplet|compute volume|apps|registry|projects)$/;

function effects(cmd: SimpleCommand): Effect[] {
  const { groups, verb } = path(read(cmd.argv).words);
  const g = groups.join(' ');
  return (verb === 'delete' || verb === 'rm') && DELETES.test(g) ? [{ kind: 'delete', act: `doctl ${g} ${verb}` }] : [];
}

function targets(cmd: SimpleCommand): string[] {
  const p = read(cmd.argv);
  return [...all(p, '--context'), ...p.words.slice(path(p.words).groups.length + 1)];
}

export const doctl: ToolModule = {
  id: 'doctl',
  programs: ['doctl'],
  env: ['DIGITALOCEAN_ACCESS_TOKEN', 'DIGITALOCEAN_CONTEXT'],
  tier,
  effects,
  targets,
};
