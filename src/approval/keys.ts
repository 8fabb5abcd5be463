// The key pair grant records are signed with. The hooks sign with the private key (0600, in a 0700
// folder the guard and the sandbox keep from the agent); anyone verifies with the public key. The
// pair is made on first use and published with link(2), which fails when the name exists: parallel
// hooks racing to create it all end up with the one that won.
//
// node:crypto is loaded lazily (process.getBuiltinModule): importing it costs the hook several ms,
// and a Bash call only pays for it when the session has grant records to verify.
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { statePaths } from '../state/home.js';

type Crypto = typeof import('node:crypto');
type KeyObject = import('node:crypto').KeyObject;

export const crypto = (): Crypto => process.getBuiltinModule('node:crypto') as Crypto;

/** Signatures are over this tag plus the record body, so no other signed text can pass as a record. */
const DOMAIN = 'execguard-grant-record-v1\n';

function publish(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = `${path}.${process.pid}.${Date.now()}.${Math.random().toString(16).slice(2)}.tmp`;
  writeFileSync(tmp, content, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(tmp, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** The private key, created (with its public key) when there is none yet. Hooks only. */
export function signingKey(home: string): KeyObject {
  const paths = statePaths(home);
  const c = crypto();
  let pem: string;
  try {
    pem = readFileSync(paths.grantSigningKey, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const { privateKey } = c.generateKeyPairSync('ed25519');
    publish(paths.grantSigningKey, privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
    pem = readFileSync(paths.grantSigningKey, 'utf8');
  }
  const key = c.createPrivateKey(pem);
  const pub = c.createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString();
  let current: string | undefined;
  try {
    current = readFileSync(paths.grantVerifyKey, 'utf8');
  } catch {
    current = undefined;
  }
  if (current !== pub) {
    // Missing, or not ours (replaced): the public key always follows the private one.
    if (current !== undefined) rmSync(paths.grantVerifyKey, { force: true });
    publish(paths.grantVerifyKey, pub);
  }
  return key;
}

/**
 * The key records are verified with. Where the private key is readable (the hooks), the public key
 * is derived from it, so a replaced public key file changes nothing there; elsewhere (the
 * executor) the published public key is used. No key: nothing verifies.
 */
export function verifyKey(home: string): KeyObject | null {
  const paths = statePaths(home);
  const c = crypto();
  try {
    return c.createPublicKey(c.createPrivateKey(readFileSync(paths.grantSigningKey, 'utf8')));
  } catch {
    // Not readable here (or absent): fall back to the public key.
  }
  try {
    return c.createPublicKey(readFileSync(paths.grantVerifyKey, 'utf8'));
  } catch {
    return null;
  }
}

export function sign(body: string, key: KeyObject): string {
  return crypto().sign(null, Buffer.from(DOMAIN + body), key).toString('base64');
}

export function verify(body: string, signature: string, key: KeyObject): boolean {
  try {
    return crypto().verify(null, Buffer.from(DOMAIN + body), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
