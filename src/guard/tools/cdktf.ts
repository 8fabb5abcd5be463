// CDK for Terraform: `cdktf destroy` runs terraform destroy on its stacks. `diff`/`plan` simulate.
import type { SimpleCommand } from '../../shell/types.js';
import type { Tier } from '../types.js';
import { parseArgv, set } from './grammar.js';
import type { Effect, ToolModule } from './types.js';

const VALUED = set('-a --app -o --output --log-level --var --var-file --parallelism --outputs-file --plugin-cache-dir --language');
const read = (argv: string[]) => parseArgv(argv, VALUED);

function tier(argv: string[]): Tier {
  const [sub] = read(argv).words;
  if (!sub) return 'T0';
  if (['list', 'ls', 'output', 'outputs', 'debug', 'help'].includes(sub)) return 'T0';
  if (sub === 'diff' || sub === 'plan') return 'T2';
  if (['deploy', 'apply', 'destroy', 'watch'].includes(sub)) return 'T3';
  return 'T1'; // synth, get, init, convert, provider, login
}

function effects(cmd: SimpleCommand): Effect[] {
  return read(cmd.argv).words[0] === 'destroy' ? [{ kind: 'destroy', act: 'cdktf destroy', preview: 'cdktf diff' }] : [];
}

function targets(cmd: SimpleCommand): string[] {
  const p = read(cmd.argv);
  return [...p.words.slice(1), ...(p.options.get('--var-file') ?? [])];
}

export const cdktf: ToolModule = {
  id: 'cdktf',
  programs: ['cdktf', 'cdktf-cli'],
  env: ['TF_CLI_ARGS', 'TF_WORKSPACE'],
  tier,
  effects,
  targets,
};
