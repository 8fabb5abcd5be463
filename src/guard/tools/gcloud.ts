// gcloud (and gsutil): `gcloud [alpha|beta] GROUP... VERB [NAME] [flags]`. The verb is the first
// word of the path that names an act. Effects:
//   destroy  projects delete (a whole project, everything in it)
//   delete   container clusters, sql instances/databases, run services, compute instances and
//            disks, storage buckets and recursive removes, spanner/bigtable/redis/filestore
//            instances, secrets; `gsutil rm -r`/`rb`
import type { SimpleCommand } from '../../shell/types.js';
import type { Tier } from '../types.js';
import { all, has, parseArgv, set } from './grammar.js';
import type { Effect, ToolModule } from './types.js';

const VALUED = set(
  '--project --account --configuration --format --verbosity --impersonate-service-account --billing-project --flags-file ' +
    '--region --zone --location --filter --limit --sort-by --page-size --cluster --instance --database --async-timeout ' +
    '--trace-token --user-output-enabled --image --platform --service-account --labels --tier --machine-type --num-nodes',
);
const read = (argv: string[]) => parseArgv(argv, VALUED);

const READ_VERB =
  /^(describe|list|get|get-\S+|show|read|view|tail|print|ls|cat|du|stat|hash|lookup|search|explain|check|test-iam-permissions|list-\S+|describe-\S+|diff)$/;
const ACT_VERB =
  /^(create|delete|update|deploy|set|add|remove|start|stop|restart|resize|run|apply|import|submit|patch|reset|move|rename|enable|disable|attach|detach|upgrade|rollback|scale|invoke|purge|cancel|rm|cp|mv|rsync|mb|rb|promote|failover|restore|clone|undelete|replace|execute|suspend|resume|ssh|scp|unset|add-\S+|remove-\S+|set-\S+)$/;

/** The command path (release track dropped) and the index of the verb in it. */
function path(words: string[]): { groups: string[]; verb?: string; rest: string[] } {
  const w = words[0] === 'alpha' || words[0] === 'beta' ? words.slice(1) : words;
  const at = w.findIndex((x, i) => i > 0 && (READ_VERB.test(x) || ACT_VERB.test(x)));
  if (at === -1) return { groups: w, rest: [] };
  return { groups: w.slice(0, at), verb: w[at], rest: w.slice(at + 1) };
}

function gsutilTier(argv: string[]): Tier {
  const [sub] = parseArgv(argv, set('-o -h -u -p')).words;
  if (!sub) return 'T0';
  if (['ls', 'cat', 'du', 'stat', 'hash', 'version', 'help', 'lsb'].includes(sub)) return 'T0';
  if (['config', 'signurl', 'perfdiag'].includes(sub)) return 'T1';
  return 'T3';
}

function tier(argv: string[]): Tier {
  if (argv[0] === 'gsutil') return gsutilTier(argv);
  const p = read(argv);
  if (p.words.length === 0) return 'T0';
  if (['config', 'auth', 'init', 'info', 'help', 'version', 'components', 'feedback', 'topic', 'cheat-sheet'].includes(p.words[0]))
    return 'T1';
  const { verb } = path(p.words);
  if (!verb) return 'T1';
  if (READ_VERB.test(verb)) return 'T0';
  if (has(p, '--dry-run') || has(p, '--validate-only')) return 'T2';
  return 'T3';
}

/** Command groups whose `delete` irreversibly removes a data-bearing or top-level resource. */
const DELETES: RegExp[] = [
  /^container (clusters|node-pools)$/,
  /^sql (instances|databases)$/,
  /^run (services|jobs)$/,
  /^compute (instances|disks|snapshots)$/,
  /^storage buckets$/,
  /^(spanner|bigtable|redis|filestore|alloydb) (instances|clusters)$/,
  /^secrets$/,
  /^kms keys versions$/,
  /^firestore databases$/,
  /^artifacts repositories$/,
];

function effects(cmd: SimpleCommand): Effect[] {
  if (cmd.argv[0] === 'gsutil') {
    const p = parseArgv(cmd.argv, set('-o -h -u -p'));
    const [sub] = p.words;
    if (sub === 'rb') return [{ kind: 'delete', act: 'gsutil rb' }];
    if (sub === 'rm' && (has(p, '-r', '-R', '-a', '--recursive') || p.words.some((w) => w.includes('**'))))
      return [{ kind: 'delete', act: 'gsutil rm -r' }];
    return [];
  }
  const p = read(cmd.argv);
  const { groups, verb } = path(p.words);
  const g = groups.join(' ');
  if (has(p, '--dry-run') || has(p, '--validate-only')) return [];
  if (g === 'projects' && verb === 'delete')
    return [{ kind: 'destroy', act: 'gcloud projects delete', preview: 'gcloud projects describe' }];
  // `gs://b/**` matches every object below, like -r
  if (g === 'storage' && verb === 'rm' && (has(p, '-r', '-R', '--recursive') || p.words.some((w) => w.includes('**'))))
    return [{ kind: 'delete', act: 'gcloud storage rm -r' }];
  if (verb !== 'delete') return [];
  if (DELETES.some((re) => re.test(g))) return [{ kind: 'delete', act: `gcloud ${g} delete` }];
  return [];
}

function targets(cmd: SimpleCommand): string[] {
  if (cmd.argv[0] === 'gsutil') return parseArgv(cmd.argv, set('-o -h -u -p')).words.slice(1);
  const p = read(cmd.argv);
  const names = [...all(p, '--project', '--configuration', '--cluster', '--instance'), ...path(p.words).rest];
  for (const v of ['CLOUDSDK_CORE_PROJECT', 'CLOUDSDK_ACTIVE_CONFIG_NAME']) if (cmd.assignments[v]) names.push(cmd.assignments[v]);
  return names;
}

export const gcloud: ToolModule = {
  id: 'gcloud',
  programs: ['gcloud', 'gsutil'],
  env: ['CLOUDSDK_CORE_PROJECT', 'CLOUDSDK_ACTIVE_CONFIG_NAME', 'CLOUDSDK_CONFIG'],
  tier,
  effects,
  targets,
};
