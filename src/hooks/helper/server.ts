// The warm helper: `node dist/hook.mjs --helper SOCKET`. Serves hook requests over a private unix
// socket with answerEvent (the same code the hook runs in-process), proves each answer with the
// state folder's helper secret (proof.ts), and exits when idle.
import { chmodSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { dirname } from 'node:path';
import { stateHome, statePaths } from '../../state/home.js';
import { answerEvent } from '../answer-event.js';
import { privateDir } from './address.js';
import { answerMac, helperSecret } from './proof.js';

const IDLE_MS = 5 * 60_000;
const WATCH_MS = 2_000;

/** A token for the bundle's current build; '' when it is gone. */
const buildOf = (bundle: string) => {
  try {
    const s = statSync(bundle);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return '';
  }
};
const MAX_REQUEST_BYTES = 16 * 1024 * 1024;

function alive(socket: string): Promise<boolean> {
  return new Promise((resolve) => {
    const c = connect(socket);
    c.on('connect', () => {
      c.destroy();
      resolve(true);
    });
    c.on('error', () => resolve(false));
  });
}

function listen(server: Server, socket: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(socket, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

export async function serveHelper(socket: string): Promise<void> {
  if (!privateDir(dirname(socket))) process.exit(1);
  const idleMs = Number(process.env.EXECGUARD_HOOK_HELPER_IDLE_MS) || IDLE_MS;
  const secretFile = statePaths(stateHome(process.env)).helperSecret;
  let idle: NodeJS.Timeout | undefined;
  let active = 0;
  const armIdle = () => {
    clearTimeout(idle);
    if (active === 0) idle = setTimeout(() => server.close(() => process.exit(0)), idleMs);
  };
  // allowHalfOpen: the client half-closes after its request; the answer still has to go back.
  const server = createServer({ allowHalfOpen: true }, (conn) => {
    active++;
    clearTimeout(idle);
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = () => {
      active--;
      armIdle();
    };
    conn.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_REQUEST_BYTES) conn.destroy();
      else chunks.push(c);
    });
    conn.on('error', () => undefined);
    conn.on('close', finish);
    conn.on('end', () => {
      const raw = Buffer.concat(chunks);
      let request: { nonce?: unknown; event?: unknown; stdin?: unknown; env?: unknown };
      try {
        request = JSON.parse(raw.toString('utf8'));
      } catch {
        conn.destroy();
        return;
      }
      const { nonce, event, stdin, env } = request;
      if (typeof nonce !== 'string' || typeof event !== 'string' || typeof stdin !== 'string' || typeof env !== 'object' || env === null) {
        conn.destroy();
        return;
      }
      // Read for every request: a secret made anew (state folder wiped) is picked up at once.
      const secret = helperSecret(secretFile, false);
      if (!secret) {
        conn.destroy(); // the client answers in-process
        return;
      }
      answerEvent(event, stdin, env as NodeJS.ProcessEnv).then(
        (answer) => {
          const answerText = JSON.stringify(answer);
          conn.end(JSON.stringify({ answer: answerText, mac: answerMac(secret, nonce, raw, answerText) }));
        },
        () => conn.destroy(), // the client then answers in-process
      );
    });
  });
  // The socket is born private (umask), not made private after: no moment where another user can connect.
  const umask = process.umask(0o177);
  try {
    await listen(server, socket);
  } catch {
    // A helper already answers there: leave it be. A stale socket file: take its place once.
    if (await alive(socket)) process.exit(0);
    try {
      unlinkSync(socket);
      await listen(server, socket);
    } catch {
      process.exit(0);
    }
  } finally {
    process.umask(umask);
  }
  chmodSync(socket, 0o600);
  const inode = statSync(socket).ino;
  rmSync(`${socket}.starting`, { force: true });
  // Remove the socket on exit only while it is still ours (not a successor's).
  const cleanup = () => {
    try {
      if (statSync(socket).ino === inode) rmSync(socket, { force: true });
    } catch {
      // already gone
    }
  };
  process.on('exit', cleanup);
  process.on('SIGTERM', () => process.exit(0));
  armIdle();
  // Nobody can reach a helper whose socket was removed or replaced (its state folder deleted, a
  // hook took the name back from an impostor) or whose bundle was rebuilt (hooks now use a new
  // socket name): such a helper leaves at once, not when idle.
  const bundle = process.argv[1] ?? '';
  const build = buildOf(bundle);
  setInterval(() => {
    let socketThere = true;
    try {
      const s = statSync(socket);
      socketThere = s.isSocket() && s.ino === inode;
    } catch {
      socketThere = false;
    }
    if (!socketThere || buildOf(bundle) !== build) server.close(() => process.exit(0));
  }, WATCH_MS).unref();
}
