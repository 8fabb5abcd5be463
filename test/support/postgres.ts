// A real PostgreSQL server for the team-store tests: `initdb` into a temporary folder and
// `postgres` on a free loopback port, run as the `postgres` system user when the tests run as
// root (the server refuses root). Debian's postgresql package provides the binaries (.ci/run
// installs it). Two login roles stand for two people (four-eyes): `alice` and `bob`.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { tempDir } from '../helpers/tmp.js';

function binDir(): string | undefined {
  for (const dir of ['/usr/lib/postgresql']) {
    if (!existsSync(dir)) continue;
    const versions = readdirSync(dir).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) if (existsSync(join(dir, v, 'bin', 'initdb'))) return join(dir, v, 'bin');
  }
  return undefined;
}

const postgresBin = binDir();
export const postgresAvailable = postgresBin !== undefined;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface PostgresServer {
  port: number;
  /** A URL for a role (no password: trust on loopback, for tests only). */
  url: (role?: string, database?: string) => string;
  /** Runs SQL as the superuser through psql (in the execguard database unless named). */
  psql: (sql: string, database?: string) => string;
  stop: () => Promise<void>;
  /** Stops the server (a database outage) and starts it again on the same port and data. */
  restart: () => Promise<void>;
  pause: () => Promise<void>;
  resume: () => Promise<void>;
}

const asRoot = process.getuid?.() === 0;
const run = (program: string, args: string[]) =>
  asRoot
    ? execFileSync('runuser', ['-u', 'postgres', '--', program, ...args], { encoding: 'utf8' })
    : execFileSync(program, args, { encoding: 'utf8' });

export async function startPostgres(): Promise<PostgresServer> {
  if (!postgresBin) throw new Error('PostgreSQL is not installed (Debian: apt-get install postgresql)');
  const root = tempDir('execguard-pg-');
  chmodSync(root, 0o777);
  const data = join(root, 'data');
  const socket = join(root, 'sock');
  mkdirSync(socket, { mode: 0o777 });
  chmodSync(socket, 0o777);
  run(join(postgresBin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const port = await freePort();
  let server: ChildProcess | undefined;
  const start = async () => {
    const args = ['-D', data, '-p', String(port), '-k', socket, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'];
    server = asRoot
      ? spawn('runuser', ['-u', 'postgres', '--', join(postgresBin!, 'postgres'), ...args], { stdio: 'ignore' })
      : spawn(join(postgresBin!, 'postgres'), args, { stdio: 'ignore' });
    for (let i = 0; i < 600; i++) {
      try {
        run(join(postgresBin!, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port), '-q']);
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    throw new Error('PostgreSQL did not start');
  };
  const stop = async () => {
    if (!server || server.exitCode !== null) return;
    const exited = new Promise((r) => server!.once('exit', r));
    // Fast shutdown: clients are disconnected at once (a database outage, as a client sees it).
    try {
      run(join(postgresBin!, 'pg_ctl'), ['stop', '-D', data, '-m', 'fast', '-w']);
    } catch {
      /* already stopped */
    }
    await exited;
  };
  await start();
  const psql = (sql: string, database = 'execguard') =>
    execFileSync(
      join(postgresBin!, 'psql'),
      ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', database, '-v', 'ON_ERROR_STOP=1', '-Atc', sql],
      {
        encoding: 'utf8',
      },
    );
  // The team's roles: each person logs in as themselves; execguard_team gets the store's rights.
  for (const sql of [
    'CREATE ROLE execguard_team NOLOGIN',
    'CREATE ROLE alice LOGIN IN ROLE execguard_team',
    'CREATE ROLE bob LOGIN IN ROLE execguard_team',
    'CREATE DATABASE execguard',
  ])
    psql(sql, 'postgres');
  psql('GRANT ALL ON SCHEMA public TO alice, bob');
  return {
    port,
    url: (role = 'alice', database = 'execguard') => `postgres://${role}@127.0.0.1:${port}/${database}`,
    psql,
    stop,
    restart: async () => {
      await stop();
      await start();
    },
    pause: stop,
    resume: start,
  };
}
