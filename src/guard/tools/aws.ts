// AWS CLI: `aws [global options] SERVICE OPERATION [options]`. Reads (describe/list/get/ls) are T0,
// `--dry-run` (ec2) simulates, other operations change live state. Effects:
//   destroy  cloudformation delete-stack / delete-stack-set (a whole stack)
//   delete   data-bearing or top-level resources (rds, s3 rb / rm --recursive, dynamodb, ec2
//            terminate, eks, ssm parameters, ...); `s3 rm` of one key is an ordinary change
import type { SimpleCommand } from '../../shell/types.js';
import type { Tier } from '../types.js';
import { all, has, parseArgv, set } from './grammar.js';
import type { Effect, ToolModule } from './types.js';

const VALUED = set(
  '--profile --region --output --endpoint-url --query --cli-read-timeout --cli-connect-timeout --color --ca-bundle ' +
    '--cli-binary-format --cli-input-json --cli-input-yaml --generate-cli-skeleton --page-size --max-items --starting-token ' +
    '--stack-name --db-instance-identifier --db-cluster-identifier --table-name --name --names --cluster-name --instance-ids ' +
    '--bucket --key --include --exclude --storage-class --acl --sse --content-type --cache-control --metadata --expires ' +
    '--role-arn --parameters --template-body --template-url --capabilities --tags --filters --nodegroup-name --secret-id ' +
    '--key-id --pending-window-in-days --function-name --repository-name --file-system-id --volume-id --final-db-snapshot-identifier ' +
    '--stack-set-name --deletion-mode --retain-resources --client-request-token --value --type --description',
);
const read = (argv: string[]) => parseArgv(argv, VALUED);

const READ_OP =
  /^(describe|list|get|head|show|wait|help|lookup|batch-get|query|scan|search|filter|validate|estimate|simulate|test|check|preview|view|tail|read|print|ls|presign|detect|download|export|select)/;

function tier(argv: string[]): Tier {
  const p = read(argv);
  const [service, op] = p.words;
  if (!service) return 'T0';
  if (['configure', 'sso', 'help', 'login', 'logout', 'history'].includes(service)) return 'T1';
  if (service === 'sts' || service === 'pricing') return 'T0';
  if (service === 's3') return !op || op === 'ls' || op === 'presign' ? 'T0' : has(p, '--dryrun', '--dry-run') ? 'T2' : 'T3';
  if (!op || READ_OP.test(op)) return 'T0';
  if (op === 'create-change-set' || (op === 'deploy' && has(p, '--no-execute-changeset'))) return 'T2';
  return has(p, '--dry-run') ? 'T2' : 'T3';
}

/** `SERVICE OPERATION` pairs that irreversibly delete a data-bearing or top-level resource. */
const DELETES: Record<string, RegExp> = {
  rds: /^delete-db-(instance|cluster|snapshot|cluster-snapshot)$|^delete-global-cluster$/,
  dynamodb: /^delete-(table|backup)$/,
  ec2: /^(terminate-instances|delete-volume|delete-snapshot)$/,
  eks: /^delete-(cluster|nodegroup)$/,
  ssm: /^delete-parameters?$/,
  s3api: /^delete-(bucket|objects)$/,
  secretsmanager: /^delete-secret$/,
  kms: /^schedule-key-deletion$/,
  efs: /^delete-file-system$/,
  ecr: /^(delete-repository)$/,
  elasticache: /^delete-(cache-cluster|replication-group)$/,
  redshift: /^delete-cluster$/,
  docdb: /^delete-db-cluster$/,
  neptune: /^delete-db-cluster$/,
  opensearch: /^delete-domain$/,
  es: /^delete-elasticsearch-domain$/,
  backup: /^delete-backup-vault$/,
  route53: /^delete-hosted-zone$/,
  organizations: /^(close-account|delete-organization)$/,
};

function effects(cmd: SimpleCommand): Effect[] {
  const p = read(cmd.argv);
  const [service, op] = p.words;
  if (!service || !op || has(p, '--dry-run', '--dryrun')) return [];
  if (service === 'cloudformation' && /^delete-stack(-set)?$/.test(op))
    return [{ kind: 'destroy', act: `aws cloudformation ${op}`, preview: 'aws cloudformation describe-stack-resources' }];
  if (service === 's3') {
    if (op === 'rb') return [{ kind: 'delete', act: 'aws s3 rb', preview: 'aws s3 ls' }];
    if (op === 'rm' && has(p, '--recursive', '-r'))
      return [{ kind: 'delete', act: 'aws s3 rm --recursive', preview: 'aws s3 rm --recursive --dryrun' }];
    return [];
  }
  const deletes = DELETES[service];
  if (deletes?.test(op)) return [{ kind: 'delete', act: `aws ${service} ${op}` }];
  return [];
}

function targets(cmd: SimpleCommand): string[] {
  const p = read(cmd.argv);
  const names = all(
    p,
    '--profile',
    '--stack-name',
    '--stack-set-name',
    '--db-instance-identifier',
    '--db-cluster-identifier',
    '--table-name',
    '--name',
    '--names',
    '--cluster-name',
    '--nodegroup-name',
    '--bucket',
    '--secret-id',
    '--function-name',
    '--repository-name',
  );
  // s3: the bucket URLs (a local source path names no target); others: positional resource names
  const rest = p.words.slice(2);
  names.push(...(p.words[0] === 's3' ? rest.filter((w) => w.startsWith('s3://')) : rest));
  for (const v of ['AWS_PROFILE', 'AWS_DEFAULT_PROFILE']) if (cmd.assignments[v]) names.push(cmd.assignments[v]);
  return names;
}

export const aws: ToolModule = {
  id: 'aws',
  programs: ['aws'],
  env: ['AWS_PROFILE', 'AWS_DEFAULT_PROFILE', 'AWS_REGION', 'AWS_DEFAULT_REGION'],
  tier,
  effects,
  targets,
};
