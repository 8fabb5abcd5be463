// Database clients (mysql/mariadb, psql, redis-cli, mongo/mongosh): a statement given on the
// command line that only reads (SELECT, SHOW, \d, PING, GET, find) is T0; one that writes is T3;
// an interactive session or a script file is local work (T1). DROP DATABASE/SCHEMA/TABLE,
// TRUNCATE, FLUSHALL/FLUSHDB and mongo's dropDatabase()/drop()/deleteMany({}) irreversibly delete
// data. Their password slots (`-pX`, `MYSQL_PWD`, `PGPASSWORD`, `-a X`, `REDISCLI_AUTH`) are the
// secret rule's.
import type { SimpleCommand } from '../../shell/types.js';
import type { Tier } from '../types.js';
import { all, parseArgv, set } from './grammar.js';
import type { Effect, ToolModule } from './types.js';

const MYSQL = set('-u --user -h --host -P --port -D --database -e --execute -S --socket --default-character-set --defaults-file');
const PSQL = set('-c --command -h --host -U --username -d --dbname -p --port -f --file -v --set -o --output');
const MONGO = set('--eval --host --port -u --username -p --password --authenticationDatabase --file -f');
const REDIS = set('-h -p -a -n -u -s --user --pass -r -i --tls-cert --tls-key --cacert');

const isMysql = (p: string) => /^(mysql|mariadb)$/.test(p);

/** The statements given on the command line (or, for redis-cli, the command words). */
function statements(argv: string[]): string[] | undefined {
  const program = argv[0];
  if (isMysql(program)) {
    const p = parseArgv(argv, MYSQL);
    const sql = all(p, '-e', '--execute');
    return sql.length > 0 ? sql : undefined;
  }
  if (program === 'psql') {
    const p = parseArgv(argv, PSQL);
    const sql = all(p, '-c', '--command');
    return sql.length > 0 ? sql : undefined;
  }
  if (/^mongo(sh)?$/.test(program)) {
    const js = all(parseArgv(argv, MONGO), '--eval');
    return js.length > 0 ? js : undefined;
  }
  if (program === 'redis-cli') {
    const words = parseArgv(argv, REDIS).words;
    return words.length > 0 ? [words.join(' ')] : undefined;
  }
  return undefined;
}

const SQL_READ = /^\s*(select|show|describe|desc|explain|\\d\S*|\\l|\\dt|\\conninfo|with\s[\s\S]*\bselect\b)/i;
const SQL_WRITE =
  /\b(insert|update|delete|drop|truncate|alter|create|grant|revoke|rename|replace|call|set\s+global|vacuum|reindex|copy)\b/i;
const REDIS_READ =
  /^(ping|get|mget|keys|scan|info|ttl|pttl|exists|type|llen|lrange|hget|hgetall|smembers|scard|zrange|dbsize|client\s+list|config\s+get|--\S+|monitor|hello|strlen)\b/i;

function tier(argv: string[]): Tier {
  const given = statements(argv);
  if (!given) return 'T1';
  if (argv[0] === 'redis-cli') return given.every((s) => REDIS_READ.test(s)) ? 'T0' : 'T3';
  if (/^mongo(sh)?$/.test(argv[0]))
    return given.every((s) => /^[\s\w.]*\.(find|findOne|count\w*|aggregate|stats|getCollectionNames|version|serverStatus)\s*\(/.test(s))
      ? 'T0'
      : 'T3';
  return given.every((s) => SQL_READ.test(s) && !SQL_WRITE.test(s.replace(/'[^']*'/g, ''))) ? 'T0' : 'T3';
}

function effects(cmd: SimpleCommand): Effect[] {
  const given = statements(cmd.argv) ?? [];
  const text = given.join('\n');
  if (cmd.argv[0] === 'redis-cli') {
    const m = /^(flushall|flushdb)\b/i.exec(text);
    return m ? [{ kind: 'delete', act: `redis-cli ${m[1].toUpperCase()}` }] : [];
  }
  if (/^mongo(sh)?$/.test(cmd.argv[0])) {
    const js = /\.(dropDatabase|drop)\s*\(|\.(deleteMany)\s*\(\s*\{\s*\}\s*\)/.exec(text);
    return js ? [{ kind: 'delete', act: `${cmd.argv[0]} ${js[1] ?? js[2]}()` }] : [];
  }
  const m = /\b(drop\s+(?:database|schema|table)|truncate(?:\s+table)?)\b/i.exec(text);
  return m ? [{ kind: 'delete', act: `${cmd.argv[0]} ${m[1].toUpperCase().replace(/\s+/g, ' ')}` }] : [];
}

function targets(cmd: SimpleCommand): string[] {
  const program = cmd.argv[0];
  if (isMysql(program)) return all(parseArgv(cmd.argv, MYSQL), '-h', '--host', '-D', '--database');
  if (program === 'psql') {
    const p = parseArgv(cmd.argv, PSQL);
    return [
      ...all(p, '-h', '--host', '-d', '--dbname'),
      ...p.words.slice(0, 1),
      cmd.assignments.PGHOST ?? '',
      cmd.assignments.PGDATABASE ?? '',
    ];
  }
  return all(parseArgv(cmd.argv, REDIS), '-h', '-u');
}

export const sqlClients: ToolModule = {
  id: 'sql-clients',
  programs: ['mysql', 'mariadb', 'psql', 'redis-cli', 'mongo', 'mongosh'],
  env: ['MYSQL_PWD', 'MYSQL_HOST', 'PGPASSWORD', 'PGHOST', 'PGDATABASE', 'REDISCLI_AUTH'],
  tier,
  effects,
  targets,
};
