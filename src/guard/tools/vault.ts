// HashiCorp Vault: reads (read/list/kv get) are T0. `kv destroy` and `kv metadata delete` remove
// secret versions for good, `secrets disable` drops a whole mount with its data: irreversible.
// (`kv delete` is a soft delete that `kv undelete` reverses: an ordinary change.)
import type { SimpleCommand } from '../../shell/types.js';
import type { Tier } from '../types.js';
import { all, parseArgv, set } from './grammar.js';
import type { Effect, ToolModule } from './types.js';

const VALUED = set(
  '-address -namespace -ns -format -field -mount -output-curl-string -ca-cert -client-cert -client-key -tls-server-name -wrap-ttl ' +
    '-policy -method -path -versions -header -agent-address',
);
/** Vault takes `-flag` and `--flag` alike; read both as `-flag`. */
const read = (argv: string[]) =>
  parseArgv(
    argv.map((a, i) => (i > 0 ? a.replace(/^--(?=\w)/, '-') : a)),
    VALUED,
  );

function tier(argv: string[]): Tier {
  const [sub, action] = read(argv).words;
  if (!sub) return 'T0';
  if (['read', 'list', 'status', 'version', 'print', 'path-help', 'version-history', 'help'].includes(sub)) return 'T0';
  if (sub === 'login' || sub === 'token') return sub === 'token' && ['lookup', 'capabilities'].includes(action ?? '') ? 'T0' : 'T1';
  if (sub === 'kv') return ['get', 'list'].includes(action ?? '') || (action === 'metadata' && read(argv).words[2] === 'get') ? 'T0' : 'T3';
  if (['secrets', 'auth', 'policy', 'audit'].includes(sub)) return action === 'list' || action === 'read' ? 'T0' : 'T3';
  return 'T3'; // write, delete, kv put, operator ...
}

function effects(cmd: SimpleCommand): Effect[] {
  const [sub, action, third] = read(cmd.argv).words;
  if (sub === 'kv' && action === 'destroy') return [{ kind: 'delete', act: 'vault kv destroy' }];
  if (sub === 'kv' && action === 'metadata' && third === 'delete') return [{ kind: 'delete', act: 'vault kv metadata delete' }];
  if (sub === 'secrets' && action === 'disable') return [{ kind: 'delete', act: 'vault secrets disable' }];
  return [];
}

function targets(cmd: SimpleCommand): string[] {
  const p = read(cmd.argv);
  const names = all(p, '-address', '-namespace', '-ns', '-mount');
  for (const v of ['VAULT_ADDR', 'VAULT_NAMESPACE']) if (cmd.assignments[v]) names.push(cmd.assignments[v]);
  return names;
}

export const vault: ToolModule = {
  id: 'vault',
  programs: ['vault'],
  env: ['VAULT_ADDR', 'VAULT_NAMESPACE', 'VAULT_TOKEN'],
  tier,
  effects,
  targets,
};
