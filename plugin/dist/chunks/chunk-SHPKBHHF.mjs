import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  statePaths
} from "./chunk-VL7M2WAP.mjs";

// src/state/grant-keys.ts
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
var crypto = () => process.getBuiltinModule("node:crypto");
var DOMAIN = "execguard-grant-record-v1\n";
function publish(path, content) {
  mkdirSync(dirname(path), { recursive: true, mode: 448 });
  const tmp = `${path}.${process.pid}.${Date.now()}.${Math.random().toString(16).slice(2)}.tmp`;
  writeFileSync(tmp, content, { mode: 384, flag: "wx" });
  try {
    linkSync(tmp, path);
  } catch (error) {
    if (error.code !== "EEXIST") throw error;
  } finally {
    rmSync(tmp, { force: true });
  }
}
function readPrivateJwk(path) {
  try {
    const jwk = JSON.parse(readFileSync(path, "utf8"));
    return jwk.kty === "OKP" && jwk.crv === "Ed25519" && typeof jwk.d === "string" && typeof jwk.x === "string" ? jwk : null;
  } catch {
    return null;
  }
}
var publicJwk = (jwk) => ({ kty: "OKP", crv: "Ed25519", x: jwk.x });
function signingKey(home) {
  const paths = statePaths(home);
  const c = crypto();
  let jwk = readPrivateJwk(paths.grantSigningKey);
  if (!jwk) {
    const { privateKey } = c.generateKeyPairSync("ed25519");
    publish(paths.grantSigningKey, `${JSON.stringify(privateKey.export({ format: "jwk" }))}
`);
    jwk = readPrivateJwk(paths.grantSigningKey);
    if (!jwk) throw new Error(`the grant signing key ${paths.grantSigningKey} is not an Ed25519 key`);
  }
  const key = c.createPrivateKey({ key: jwk, format: "jwk" });
  if (c.createPublicKey(key).export({ format: "jwk" }).x !== jwk.x)
    throw new Error(`the grant signing key ${paths.grantSigningKey} is inconsistent`);
  const pub = `${JSON.stringify(publicJwk(jwk))}
`;
  let current;
  try {
    current = readFileSync(paths.grantVerifyKey, "utf8");
  } catch {
    current = void 0;
  }
  if (current !== pub) {
    rmSync(paths.grantVerifyKey, { force: true });
    publish(paths.grantVerifyKey, pub);
  }
  return key;
}
function verifyKey(home) {
  const paths = statePaths(home);
  const own = readPrivateJwk(paths.grantSigningKey);
  try {
    if (own) return crypto().createPublicKey({ key: publicJwk(own), format: "jwk" });
    const jwk = JSON.parse(readFileSync(paths.grantVerifyKey, "utf8"));
    if (jwk.kty !== "OKP" || jwk.crv !== "Ed25519" || typeof jwk.x !== "string") return null;
    return crypto().createPublicKey({ key: publicJwk(jwk), format: "jwk" });
  } catch {
    return null;
  }
}
function sign(body, key) {
  return crypto().sign(null, Buffer.from(DOMAIN + body), key).toString("base64");
}
function verify(body, signature, key) {
  try {
    return crypto().verify(null, Buffer.from(DOMAIN + body), key, Buffer.from(signature, "base64"));
  } catch {
    return false;
  }
}

export {
  signingKey,
  verifyKey,
  sign,
  verify
};
