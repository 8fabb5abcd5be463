// Azure CLI: `az GROUP... VERB [flags]`. Effects:
//   destroy  group delete (a resource group and everything in it)
//   delete   aks, sql db/server, storage account/container, cosmosdb, vm, database servers, keyvault
import type { SimpleCommand } from '../../shell/types.js';
import type { Tier } from '../types.js';
import { all, has, parseArgv, set } from './grammar.js';
import type { Effect, ToolModule } from './types.js';

const VALUED = set(
  '--subscription -o --output --query -g --resource-group -n --name --location -l --server -s --account-name --vault-name ' +
    '--cluster-name --database-name --tags --sku --image --size --admin-username --query-examples --ids',
);
const read = (argv: string[]) => parseArgv(argv, VALUED);

const READ_VERB = /^(show|list|get|get-\S+|list-\S+|show-\S+|exists|check-name|check-\S+|query|download|browse|logs|tail|wait|version)$/;
const ACT_VERB =
  /^(create|delete|update|set|add|remove|start|stop|restart|resize|scale|upgrade|deploy|import|export|purge|restore|rotate|run|invoke|move|reset|enable|disable|attach|detach|upload|copy|sync|nodepool|delete-\S+|set-\S+|add-\S+|remove-\S+|up|swap|failover|flush|regenerate-key|renew|start-\S+|stop-\S+)$/;

function path(words: string[]): { groups: string[]; verb?: string } {
  const at = words.findIndex((x, i) => i > 0 && (READ_VERB.test(x) || ACT_VERB.test(x)));
  return at === -1 ? { groups: words } : { groups: words.slice(0, at), verb: words[at] };
}

function tier(argv: string[]): Tier {
  const p = read(argv);
  const [group] = p.words;
  if (!group) return 'T0';
  if (
    ['login', 'logout', 'account', 'config', 'extension', 'version', 'help', 'init', 'upgrade', 'feedback', 'find', 'bicep'].includes(group)
  )
    return group === 'account' && p.words[1] === 'show' ? 'T0' : 'T1';
  const { verb } = path(p.words);
  if (!verb) return 'T1';
  if (READ_VERB.test(verb)) return 'T0';
  if (verb === 'get-credentials') return 'T1';
  if (group === 'deployment' && p.words.includes('what-if')) return 'T2';
  if (has(p, '--dry-run') || has(p, '--what-if')) return 'T2';
  return 'T3';
}

const DELETES: RegExp[] = [
  /^aks$/,
  /^aks nodepool$/,
  /^sql (db|server|mi)$/,
  /^storage (account|container|share)$/,
  /^cosmosdb( sql database| mongodb database)?$/,
  /^vm$/,
  /^vmss$/,
  /^(postgres|mysql) (flexible-server|server)$/,
  /^keyvault$/,
  /^redis$/,
  /^acr$/,
];

function effects(cmd: SimpleCommand): Effect[] {
  const p = read(cmd.argv);
  const { groups, verb } = path(p.words);
  const g = groups.join(' ');
  if (has(p, '--dry-run')) return [];
  if (verb !== 'delete') return batchDelete(p.words);
  if (g === 'group') return [{ kind: 'destroy', act: 'az group delete', preview: 'az resource list -g <group>' }];
  if (DELETES.some((re) => re.test(g))) return [{ kind: 'delete', act: `az ${g} delete` }];
  return [];
}

/** `az storage blob delete-batch`: every blob of a container that matches, like `s3 rm --recursive`. */
function batchDelete(words: string[]): Effect[] {
  const { groups, verb } = path(words);
  if (groups.join(' ') === 'storage blob' && verb === 'delete-batch') return [{ kind: 'delete', act: 'az storage blob delete-batch' }];
  return [];
}

function targets(cmd: SimpleCommand): string[] {
  const p = read(cmd.argv);
  const names = all(p, '--subscription', '-g', '--resource-group', '-n', '--name', '--server', '-s', '--account-name', '--cluster-name');
  if (cmd.assignments.AZURE_SUBSCRIPTION_ID) names.push(cmd.assignments.AZURE_SUBSCRIPTION_ID);
  return names;
}

export const az: ToolModule = { id: 'az', programs: ['az'], env: ['AZURE_SUBSCRIPTION_ID', 'AZURE_CONFIG_DIR'], tier, effects, targets };
