// The grant log's signing keys (src/state/grant-keys.ts): the hooks sign with a private Ed25519 key
// they create once; the executor, which may see only the public key, verifies with that. A key file
// that is not what it claims fails loudly or verifies nothing; it never verifies a forgery.
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
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
});
