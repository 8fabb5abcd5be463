// The grant log's signing keys (src/state/grant-keys.ts): the hooks sign with a private Ed25519 key
// they create once; the executor, which may see only the public key, verifies with that. A key file
// that is not what it claims fails loudly or verifies nothing; it never verifies a forgery.
import { createPrivateKey, generateKeyPairSync, sign as rawSign } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sign, signingKey, verify, verifyKey } from '../../src/state/grant-keys.js';
import { statePaths } from '../../src/state/home.js';
import { tempDir } from '../helpers/tmp.js';

const home = () => tempDir('execguard-keys-');
const BODY = '{"kind":"grant","seq":1}';

describe('grant signing keys', () => {
  it('the key is made once; what it signs verifies with the published public key alone', () => {
    const h = home();
    const key = signingKey(h);
    const signature = sign(BODY, key);
    expect(sign(BODY, signingKey(h))).toBe(signature);
    // The executor under a sandbox that hides the private key: only the public file is readable.
    rmSync(statePaths(h).grantSigningKey);
    const pub = verifyKey(h);
    expect(pub).not.toBeNull();
    expect(verify(BODY, signature, pub!)).toBe(true);
    expect(verify(`${BODY} `, signature, pub!)).toBe(false);
    expect(verify(BODY, 'not base64 at all', pub!)).toBe(false);
  });

  it('a replaced public key file is put back by the hooks, and ignored where the private key is readable', () => {
    const h = home();
    const signature = sign(BODY, signingKey(h));
    const own = readFileSync(statePaths(h).grantVerifyKey, 'utf8');
    const { publicKey } = generateKeyPairSync('ed25519');
    writeFileSync(statePaths(h).grantVerifyKey, `${JSON.stringify(publicKey.export({ format: 'jwk' }))}\n`);
    expect(verify(BODY, signature, verifyKey(h)!)).toBe(true);
    signingKey(h);
    expect(readFileSync(statePaths(h).grantVerifyKey, 'utf8')).toBe(own);
  });

  it('a public key file that is not an Ed25519 key verifies nothing', () => {
    const h = home();
    signingKey(h);
    rmSync(statePaths(h).grantSigningKey);
    writeFileSync(statePaths(h).grantVerifyKey, JSON.stringify({ kty: 'RSA', n: 'x', e: 'AQAB' }));
    expect(verifyKey(h)).toBeNull();
    writeFileSync(statePaths(h).grantVerifyKey, JSON.stringify({ kty: 'OKP', crv: 'X25519', x: 'abc' }));
    expect(verifyKey(h)).toBeNull();
    writeFileSync(statePaths(h).grantVerifyKey, JSON.stringify({ kty: 'OKP', crv: 'Ed25519' }));
    expect(verifyKey(h)).toBeNull();
    writeFileSync(statePaths(h).grantVerifyKey, 'not json');
    expect(verifyKey(h)).toBeNull();
    rmSync(statePaths(h).grantVerifyKey);
    expect(verifyKey(h)).toBeNull();
  });

  it('a private key file that is not an Ed25519 key, or whose public half is not its own, is an error', () => {
    const h = home();
    signingKey(h);
    const path = statePaths(h).grantSigningKey;
    writeFileSync(path, JSON.stringify({ kty: 'OKP', crv: 'Ed25519', x: 'abc' }));
    expect(() => signingKey(h)).toThrow(/is not an Ed25519 key/);
    const { privateKey } = generateKeyPairSync('ed25519');
    const { publicKey: other } = generateKeyPairSync('ed25519');
    const jwk = { ...privateKey.export({ format: 'jwk' }), x: other.export({ format: 'jwk' }).x };
    writeFileSync(path, JSON.stringify(jwk));
    expect(() => signingKey(h)).toThrow(/is inconsistent/);
  });

  it('the keys are kept from other users (folder 0700, files 0600) and leave no temporary file behind', () => {
    const h = home();
    signingKey(h);
    const paths = statePaths(h);
    expect(statSync(dirname(paths.grantSigningKey)).mode & 0o777).toBe(0o700);
    expect(statSync(paths.grantSigningKey).mode & 0o777).toBe(0o600);
    expect(statSync(paths.grantVerifyKey).mode & 0o777).toBe(0o600);
    expect(readdirSync(dirname(paths.grantSigningKey)).sort()).toEqual(['grant-signing.key', 'grant-signing.pub']);
  });

  it('a signature the same key made over the bare body (not a grant record) does not verify', () => {
    const h = home();
    signingKey(h);
    const jwk = JSON.parse(readFileSync(statePaths(h).grantSigningKey, 'utf8'));
    const bare = rawSign(null, Buffer.from(BODY), createPrivateKey({ key: jwk, format: 'jwk' })).toString('base64');
    expect(verify(BODY, bare, verifyKey(h)!)).toBe(false);
  });

  it('a private key file that is not an Ed25519 private key is an error, field by field', () => {
    const h = home();
    signingKey(h);
    const path = statePaths(h).grantSigningKey;
    const good = JSON.parse(readFileSync(path, 'utf8'));
    for (const bad of [
      { ...good, kty: 'EC' },
      { ...good, crv: 'Ed448' },
      { ...good, d: 1 },
      { ...good, x: undefined },
    ]) {
      writeFileSync(path, JSON.stringify(bad));
      expect(() => signingKey(h)).toThrow(/is not an Ed25519 key/);
    }
  });

  it('where no private key is readable, a public key file with a foreign key type or curve verifies nothing', () => {
    const h = home();
    const signature = sign(BODY, signingKey(h));
    const paths = statePaths(h);
    const pub = JSON.parse(readFileSync(paths.grantVerifyKey, 'utf8'));
    rmSync(paths.grantSigningKey);
    expect(verify(BODY, signature, verifyKey(h)!)).toBe(true);
    for (const bad of [
      { ...pub, kty: 'EC' },
      { ...pub, crv: 'Ed448' },
    ]) {
      writeFileSync(paths.grantVerifyKey, JSON.stringify(bad));
      expect(verifyKey(h)).toBeNull();
    }
  });
});
