// Serverless Framework: `serverless remove` (`sls remove`) deletes the service's whole stack.
import type { SimpleCommand } from '../../shell/types.js';
import type { Tier } from '../types.js';
import { all, parseArgv, set } from './grammar.js';
import type { Effect, ToolModule } from './types.js';

const VALUED = set('-s --stage -r --region --aws-profile -c --config -f --function --param -p --path --org --app --package');
const read = (argv: string[]) => parseArgv(argv, VALUED);

function tier(argv: string[]): Tier {
  const [sub, action] = read(argv).words;
  if (!sub) return 'T1';
  if (['info', 'print', 'logs', 'metrics', 'help', 'version'].includes(sub)) return 'T0';
  if (sub === 'deploy') return action === 'list' ? 'T0' : 'T3';
  if (sub === 'invoke') return action === 'local' ? 'T1' : 'T3';
  if (['remove', 'rollback'].includes(sub)) return 'T3';
  return 'T1'; // package, create, install, plugin, offline, login
}

function effects(cmd: SimpleCommand): Effect[] {
  return read(cmd.argv).words[0] === 'remove' ? [{ kind: 'destroy', act: 'serverless remove', preview: 'serverless info' }] : [];
}

function targets(cmd: SimpleCommand): string[] {
  const p = read(cmd.argv);
  return [...all(p, '-s', '--stage', '--aws-profile'), cmd.assignments.AWS_PROFILE ?? ''];
}

export const serverless: ToolModule = {
  id: 'serverless',
  programs: ['serverless', 'sls', 'osls'],
  env: ['AWS_PROFILE', 'SLS_STAGE'],
  tier,
  effects,
  targets,
};
