// pulumi: `destroy` (alias `down`) and `stack rm` tear a stack down, whatever global options come
// first (`-C infra/prod`, `--cwd`, `-s prod`). `preview` simulates; `destroy --preview-only` too.
import type { SimpleCommand } from '../../shell/types.js';
import type { Tier } from '../types.js';
import { all, has, parseArgv, set } from './grammar.js';
import type { Effect, ToolModule } from './types.js';

const VALUED = set(
  '-C --cwd -s --stack --color --config-file -v --verbose --tracing --profiling --memprofilerate --logflow -t --target -m --message ' +
    '-p --parallel --exclude --target-dependents -c --config --secrets-provider --policy-pack --policy-pack-config --plan ' +
    '--client --suppress-progress --exec-kind --exec-agent --diff-display -j --import-file --from -o --out',
);

const read = (argv: string[]) => parseArgv(argv, VALUED);

function tier(argv: string[]): Tier {
  const p = read(argv);
  const { words } = p;
  const [sub, action] = words;
  if (!sub) return 'T0';
  if (['whoami', 'version', 'about', 'logs', 'help', 'gen-completion', 'schema', 'console'].includes(sub)) return 'T0';
  if (sub === 'preview' || sub === 'pre') return 'T2';
  if (sub === 'destroy' || sub === 'down' || sub === 'dn') return has(p, '--preview-only') ? 'T2' : 'T3';
  if (sub === 'up' || sub === 'update') return 'T3';
  if (['refresh', 'import', 'cancel', 'watch'].includes(sub)) return has(p, '--preview-only') ? 'T2' : 'T3';
  if (sub === 'stack') {
    if (['ls', 'output', 'history', 'export', 'graph'].includes(action ?? 'ls')) return 'T0';
    if (['select', 'init', 'unselect', 'change-secrets-provider'].includes(action ?? '')) return 'T1';
    if (action === 'tag') return words[2] === 'ls' || words[2] === 'get' ? 'T0' : 'T3';
    return 'T3'; // rm, import, rename change the backend
  }
  if (sub === 'state') return 'T3';
  if (sub === 'config') return !action || action === 'get' || action === 'ls' ? 'T0' : 'T1';
  if (sub === 'plugin' || sub === 'package' || sub === 'policy') return action === 'ls' || action === 'get-schema' ? 'T0' : 'T1';
  return 'T1'; // new, login, logout, install, convert, org, env (local or account settings)
}

function effects(cmd: SimpleCommand): Effect[] {
  const p = read(cmd.argv);
  const [sub, action] = p.words;
  if ((sub === 'destroy' || sub === 'down' || sub === 'dn') && !has(p, '--preview-only'))
    return [{ kind: 'destroy', act: 'pulumi destroy', preview: 'pulumi preview --destroy' }];
  if (sub === 'stack' && (action === 'rm' || action === 'remove'))
    return [{ kind: 'destroy', act: 'pulumi stack rm', preview: 'pulumi stack output' }];
  return [];
}

function targets(cmd: SimpleCommand): string[] {
  const p = read(cmd.argv);
  const names = all(p, '-s', '--stack', '-C', '--cwd');
  // `pulumi stack rm prod`, `pulumi stack select prod`: the stack is named positionally
  if (p.words[0] === 'stack' && ['rm', 'remove', 'select', 'init'].includes(p.words[1] ?? '')) names.push(...p.words.slice(2));
  return names;
}

export const pulumi: ToolModule = {
  id: 'pulumi',
  programs: ['pulumi'],
  env: ['PULUMI_BACKEND_URL', 'PULUMI_CONFIG_PASSPHRASE', 'PULUMI_ACCESS_TOKEN'],
  tier,
  effects,
  targets,
};
