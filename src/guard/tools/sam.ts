// AWS SAM: `sam delete` deletes the application's CloudFormation stack and its artifacts.
// `deploy`/`sync` change live state; `build`/`validate`/`local` stay on this machine.
import type { SimpleCommand } from '../../shell/types.js';
import type { Tier } from '../types.js';
import { all, parseArgv, set } from './grammar.js';
import type { Effect, ToolModule } from './types.js';

const VALUED = set(
  '--stack-name --profile --region --config-env --config-file -t --template-file --template --s3-bucket --s3-prefix ' +
    '--capabilities --parameter-overrides --tags --image-repository --role-arn --kms-key-id --signing-profiles --base-dir -u -b',
);
const read = (argv: string[]) => parseArgv(argv, VALUED);

function tier(argv: string[]): Tier {
  const p = read(argv);
  const [sub, action] = p.words;
  if (!sub) return 'T0';
  if (['list', 'logs', 'traces'].includes(sub)) return 'T0';
  if (sub === 'remote') return action === 'invoke' || action === 'test-event' ? 'T3' : 'T0';
  if (sub === 'deploy') return p.options.has('--no-execute-changeset') ? 'T2' : 'T3';
  if (['delete', 'sync', 'publish', 'pipeline'].includes(sub)) return sub === 'pipeline' && action !== 'bootstrap' ? 'T1' : 'T3';
  return 'T1'; // build, validate, init, local, package
}

function effects(cmd: SimpleCommand): Effect[] {
  return read(cmd.argv).words[0] === 'delete' ? [{ kind: 'destroy', act: 'sam delete', preview: 'sam list resources' }] : [];
}

function targets(cmd: SimpleCommand): string[] {
  const p = read(cmd.argv);
  return [...all(p, '--stack-name', '--profile', '--config-env'), cmd.assignments.AWS_PROFILE ?? ''];
}

export const sam: ToolModule = { id: 'sam', programs: ['sam'], env: ['AWS_PROFILE', 'AWS_REGION'], tier, effects, targets };
