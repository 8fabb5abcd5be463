// The key pair grant records are signed with. The hooks sign with the private key (0600, in a 0700
// folder the guard and the sandbox keep from the agent); anyone verifies with the public key. The
// pair is made on first use and published with link(2), which fails when the name exists: parallel
// hooks racing to create it all end up with the one that won.
//
// node:crypto is reached through process.getBuiltinModule, only when a session has grant records:
// a Bash call in a session without any pays one readdir. Keys are stored as JWKs: importing a PEM
// costs ~1 ms a call, a JWK a few µs.
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { statePaths } from './home.js';

type Crypto = typeof import('node:crypto');
type KeyObject = import('node:crypto').KeyObject;

const crypto = (): Crypto => process.getBuiltinModule('node:crypto') as Crypto;

/** Signatures are over this tag plus the record body, so no other signed text can pass as a record. */
const DOMAIN = 'execguard-grant-record-v1\n';

function publish(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  // Stryker disable next-line MethodExpression: the name only has to be unique, with or without the "0." of the random part
  const tmp = `${path}.${process.pid}.${Date.now()}.${Math.random().toString(16).slice(2)}.tmp`;
  writeFileSync(tmp, content, { mode: 0o600, flag: 'wx' });
  try {
    linkSync(tmp, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: tmp was written just above, so force never matters here
    rmSync(tmp, { force: true });
  }
}

type Jwk = import('node:crypto').JsonWebKey;

/** The private key file: an Ed25519 JWK (d and x), which imports in µs where a PEM takes ~1 ms. */
function readPrivateJwk(path: string): Jwk | null {
  try {
    const jwk = JSON.parse(readFileSync(path, 'utf8')) as Jwk;
    return jwk.kty === 'OKP' && jwk.crv === 'Ed25519' && typeof jwk.d === 'string' && typeof jwk.x === 'string' ? jwk : null;
  } catch {
    return null;
  }
}

const publicJwk = (jwk: Jwk): Jwk => ({ kty: 'OKP', crv: 'Ed25519', x: jwk.x });

/** The private key, created (with its public key) when there is none yet. Hooks only. */
export function signingKey(home: string): KeyObject {
  const paths = statePaths(home);
  const c = crypto();
  let jwk = readPrivateJwk(paths.grantSigningKey);
  // Stryker disable next-line ConditionalExpression: making a key when one exists loses the link(2) race to it and reads it back: only slower
  if (!jwk) {
    const { privateKey } = c.generateKeyPairSync('ed25519');
    publish(paths.grantSigningKey, `${JSON.stringify(privateKey.export({ format: 'jwk' }))}\n`);
    jwk = readPrivateJwk(paths.grantSigningKey);
    if (!jwk) throw new Error(`the grant signing key ${paths.grantSigningKey} is not an Ed25519 key`);
  }
  const key = c.createPrivateKey({ key: jwk, format: 'jwk' });
  // The x a private JWK carries must be its own public key: otherwise it verifies nothing we signed.
  if (c.createPublicKey(key).export({ format: 'jwk' }).x !== jwk.x)
    throw new Error(`the grant signing key ${paths.grantSigningKey} is inconsistent`);
  const pub = `${JSON.stringify(publicJwk(jwk))}\n`;
  let current: string | undefined;
  try {
    current = readFileSync(paths.grantVerifyKey, 'utf8');
  } catch {
    current = undefined;
  }
  // Stryker disable next-line ConditionalExpression: publishing the same public key again leaves the same file: only slower
  if (current !== pub) {
    // Missing, or not ours (replaced): the public key always follows the private one.
    rmSync(paths.grantVerifyKey, { force: true });
    publish(paths.grantVerifyKey, pub);
  }
  return key;
}

/**
 * The key records are verified with. Where the private key is readable (the hooks), its public
 * half is taken from it, so a replaced public key file changes nothing there; elsewhere (the
 * executor under a sandbox that hides keys) the published public key is used. Both are JWKs:
 * importing one costs µs. No key: nothing verifies.
 */
export function verifyKey(home: string): KeyObject | null {
  const paths = statePaths(home);
  const own = readPrivateJwk(paths.grantSigningKey);
  try {
    if (own) return crypto().createPublicKey({ key: publicJwk(own), format: 'jwk' });
    const jwk = JSON.parse(readFileSync(paths.grantVerifyKey, 'utf8')) as Jwk;
    if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') return null;
    return crypto().createPublicKey({ key: publicJwk(jwk), format: 'jwk' });
  } catch {
    return null;
  }
}

export function sign(body: string, key: KeyObject): string {
  return crypto()
    .sign(null, Buffer.from(DOMAIN + body), key)
    .toString('base64');
}

export function verify(body: string, signature: string, key: KeyObject): boolean {
  try {
    return crypto().verify(null, Buffer.from(DOMAIN + body), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
