// AWS CDK: `cdk destroy` tears its stacks down (`--force` only skips the prompt). `diff` simulates,
// `synth`/`ls` only read the app. Targets: stack names, `--profile`, `-c env=prod` context.
import type { SimpleCommand } from '../../shell/types.js';
import type { Tier } from '../types.js';
import { all, parseArgv, set } from './grammar.js';
import type { Effect, ToolModule } from './types.js';

const VALUED = set(
  '-a --app -c --context --profile -r --role-arn -o --output -p --plugin --proxy --ca-bundle-path --toolkit-stack-name ' +
    '--build -e --exclusively --parameters --outputs-file --method -m --change-set-name --require-approval --concurrency ' +
    '--asset-parallelism --progress --hotswap-ecs-minimum-healthy-percent -t --tags --notification-arns -l --language',
);
const read = (argv: string[]) => parseArgv(argv, VALUED);

function tier(argv: string[]): Tier {
  const [sub] = read(argv).words;
  if (!sub) return 'T0';
  if (['ls', 'list', 'doctor', 'notices', 'docs', 'version', 'metadata'].includes(sub)) return 'T0';
  if (sub === 'diff' || sub === 'drift') return 'T2';
  if (['deploy', 'destroy', 'bootstrap', 'import', 'rollback', 'watch', 'gc', 'refactor', 'migrate'].includes(sub))
    return sub === 'migrate' ? 'T1' : 'T3';
  return 'T1'; // synth, init, context, acknowledge
}

function effects(cmd: SimpleCommand): Effect[] {
  return read(cmd.argv).words[0] === 'destroy' ? [{ kind: 'destroy', act: 'cdk destroy', preview: 'cdk diff' }] : [];
}

function targets(cmd: SimpleCommand): string[] {
  const p = read(cmd.argv);
  return [...p.words.slice(1), ...all(p, '--profile', '-c', '--context'), cmd.assignments.AWS_PROFILE ?? ''];
}

export const cdk: ToolModule = {
  id: 'cdk',
  programs: ['cdk', 'aws-cdk'],
  env: ['AWS_PROFILE', 'CDK_DEFAULT_ACCOUNT', 'CDK_DEFAULT_REGION'],
  tier,
  effects,
  targets,
};
