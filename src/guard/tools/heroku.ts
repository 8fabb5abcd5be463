// Heroku and Fly.io: `heroku apps:destroy` / `fly apps destroy` tear an app down with its add-ons;
// `heroku pg:reset`, `addons:destroy`, `fly volumes destroy`, `fly postgres destroy` delete data for
// good. Deploys, releases and scaling change live state; info/logs/status read.
import type { SimpleCommand } from '../../shell/types.js';
import type { Tier } from '../types.js';
import { all, parseArgv, set } from './grammar.js';
import type { Effect, ToolModule } from './types.js';

const VALUED = set('-a --app -r --remote -c --config -o --org --region -t --team --confirm --image');
const read = (argv: string[]) => parseArgv(argv, VALUED);

/** `heroku apps:destroy` and `fly apps destroy` as one verb path. */
const verbPath = (argv: string[]) =>
  read(argv)
    .words.flatMap((w) => w.split(':'))
    .slice(0, 3);

const LOCAL = new Set(['login', 'logout', 'auth', 'version', 'help', 'plugins', 'update', 'launch', 'doctor', 'autocomplete']);
const READ_GROUPS = new Set([
  'info',
  'logs',
  'status',
  'ps',
  'releases',
  'list',
  'ls',
  'apps',
  'pg',
  'addons',
  'volumes',
  'postgres',
  'machine',
  'secrets',
  'config',
  'regions',
  'domains',
  'certs',
]);
const READ_ACTION = /^(info|list|ls|show|status|logs|credentials|diagnose|get|display)$/;

function tier(argv: string[]): Tier {
  const [group, action] = verbPath(argv);
  if (!group) return 'T0';
  if (LOCAL.has(group)) return 'T1';
  if (READ_GROUPS.has(group) && (!action || READ_ACTION.test(action))) return 'T0';
  return 'T3'; // deploy, scale, restart, run, config:set, releases:rollback, destroy
}

function effects(cmd: SimpleCommand): Effect[] {
  const [group, action] = verbPath(cmd.argv);
  const program = cmd.argv[0];
  if (group === 'apps' && action === 'destroy') return [{ kind: 'destroy', act: `${program} apps destroy` }];
  if (group === 'destroy' && program !== 'heroku') return [{ kind: 'destroy', act: `${program} destroy` }];
  if (group === 'pg' && action === 'reset') return [{ kind: 'delete', act: 'heroku pg:reset' }];
  if (group === 'addons' && action === 'destroy') return [{ kind: 'delete', act: `${program} addons destroy` }];
  if (
    (group === 'volumes' || group === 'postgres' || group === 'mpg' || group === 'redis') &&
    (action === 'destroy' || action === 'delete')
  )
    return [{ kind: 'delete', act: `${program} ${group} ${action}` }];
  return [];
}

function targets(cmd: SimpleCommand): string[] {
  const p = read(cmd.argv);
  const [group, action] = verbPath(cmd.argv);
  return [...all(p, '-a', '--app', '-r', '--remote'), ...(group === 'apps' && action === 'destroy' ? p.words.slice(1) : [])];
}

export const heroku: ToolModule = {
  id: 'heroku',
  programs: ['heroku', 'fly', 'flyctl'],
  env: ['HEROKU_APP', 'FLY_APP'],
  tier,
  effects,
  targets,
};
