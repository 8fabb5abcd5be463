// How the hook knows that the warm helper is execguard's and not a process the agent started on
// the same socket: both read a per-state-folder secret (statePaths().helperSecret, 0600 in the
// private keys/ folder, which the guard and the sandbox keep from the agent), the hook sends a
// fresh random nonce with each request, and the helper answers with an HMAC over the nonce, the
// hash of the exact request bytes (event, hook input, environment) and the exact answer. Without
// the secret no answer verifies; a recorded answer cannot be replayed (new nonce each call); an
// answer to a changed request (say `ls` instead of the destroy) does not verify either.
//
// Cost, measured: loading node:crypto in the CommonJS front door costs ~3.3 ms of CPU per process
// (it compiles a dozen internal modules), constant in the request size; hashing and the MAC then
// take microseconds. A pure-JS SHA-256 (fast-sha256, tried) runs cold in a fresh process: ~2.4 ms
// for a 2 KB request, ~5 ms for 8 KB, and it adds a dependency. So node:crypto it is; see
// src/hooks/README.md for the bench numbers.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, constants, fstatSync, linkSync, mkdirSync, openSync, readSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { privateDir } from './address.js';

const SECRET_BYTES = 32;
const LABEL = 'execguard-helper-v1';

const ownedByUs = (uid: number) => typeof process.getuid !== 'function' || uid === process.getuid();

/** The secret, if the file is a private regular file of ours holding exactly one secret. */
function readSecret(file: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return undefined;
  }
  try {
    const s = fstatSync(fd);
    if (!s.isFile() || (s.mode & 0o077) !== 0 || !ownedByUs(s.uid) || s.size !== SECRET_BYTES) return undefined;
    const secret = Buffer.alloc(SECRET_BYTES);
    return readSync(fd, secret, 0, SECRET_BYTES, 0) === SECRET_BYTES ? secret : undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * The helper secret of a state folder. With `create`, a missing secret is made: written to a
 * private temporary file and hard-linked into place, so parallel hooks agree on one secret (the
 * first link wins) and nobody ever reads a half-written one. undefined when the folder or the file
 * is not private to this user: then no helper is trusted.
 */
export function helperSecret(file: string, create: boolean): Buffer | undefined {
  const dir = dirname(file);
  // The usual case first: the secret is there (one open, one fstat, one read).
  const existing = readSecret(file);
  if (existing && privateDir(dir)) return existing;
  if (existing || !create) return undefined;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch {
    return undefined;
  }
  if (!privateDir(dir)) return undefined;
  const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeFileSync(temp, randomBytes(SECRET_BYTES), { mode: 0o600, flag: 'wx' });
    try {
      linkSync(temp, file);
    } catch {
      // Another hook linked its secret first (EEXIST): use that one.
    }
  } catch {
    return undefined;
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  }
  return readSecret(file);
}

export const newNonce = (): string => randomBytes(32).toString('hex');

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** The proof the helper attaches to `answerText`, its answer to the exact `request` bytes. */
export function answerMac(secret: Buffer, nonce: string, request: string | Buffer, answerText: string): string {
  return createHmac('sha256', secret)
    .update(`${LABEL}\n${nonce}\n${sha256(request)}\n`)
    .update(answerText)
    .digest('hex');
}

/** True when `mac` proves that a holder of the secret gave `answerText` to this very request. */
export function verifyAnswer(secret: Buffer, nonce: string, request: string, answerText: string, mac: unknown): boolean {
  if (typeof mac !== 'string' || !/^[0-9a-f]{64}$/.test(mac)) return false;
  return timingSafeEqual(Buffer.from(answerMac(secret, nonce, request, answerText), 'hex'), Buffer.from(mac, 'hex'));
}
