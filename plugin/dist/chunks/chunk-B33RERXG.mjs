import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  stateHome,
  statePaths
} from "./chunk-VL7M2WAP.mjs";

// src/state/grant-store.ts
import { linkSync as linkSync2, mkdirSync as mkdirSync2, readdirSync, readFileSync as readFileSync2, rmSync as rmSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { join } from "node:path";

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
    if (current !== void 0) rmSync(paths.grantVerifyKey, { force: true });
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

// src/state/grant-store.ts
var DAY_MS = 24 * 60 * 60 * 1e3;
var NAME = /^(\d{12,16})\.json$/;
var MAX_RECORD_BYTES = 256 * 1024;
var homeOf = (options = {}) => options.home ?? stateHome(options.env ?? process.env);
var grantsRoot = (options) => statePaths(homeOf(options)).grants;
function sessionKey(sessionId) {
  if (/^[A-Za-z0-9_-]{1,100}$/.test(sessionId)) return sessionId;
  const { createHash } = process.getBuiltinModule("node:crypto");
  return `h-${createHash("sha256").update(sessionId).digest("hex").slice(0, 40)}`;
}
var sessionDir = (sessionId, options) => join(grantsRoot(options), sessionKey(sessionId));
var fileName = (seq) => `${String(seq).padStart(12, "0")}.json`;
var recordId = (seq) => String(seq).padStart(12, "0");
function numbersIn(dir) {
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const numbers = [];
  for (const name of names) {
    const m = NAME.exec(name);
    if (m) numbers.push(Number(m[1]));
  }
  return numbers.sort((a, b) => b - a);
}
function append(record, options) {
  const home = homeOf(options);
  const key = signingKey(home);
  const dir = sessionDir(record.sessionId, options);
  mkdirSync2(grantsRoot(options), { recursive: true, mode: 448 });
  mkdirSync2(dir, { recursive: true, mode: 448 });
  let seq = (numbersIn(dir)[0] ?? 0) + 1;
  for (let attempt = 0; attempt < 64; attempt++, seq++) {
    const full = { ...record, seq, id: recordId(seq) };
    const body = JSON.stringify(full);
    const tmp = join(dir, `.tmp-${process.pid}-${Date.now()}-${Math.random().toString(16).slice(2)}`);
    writeFileSync2(tmp, `${JSON.stringify({ body, sig: sign(body, key) })}
`, { mode: 384, flag: "wx" });
    try {
      linkSync2(tmp, join(dir, fileName(seq)));
      return full;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
    } finally {
      rmSync2(tmp, { force: true });
    }
  }
  throw new Error(`could not append to the grant log in ${dir}: no free sequence number`);
}
var SOURCES = /* @__PURE__ */ new Set(["user-prompt", "orchestrator-prompt", "cli"]);
function readVerified(dir, seq, sessionId, key) {
  try {
    const raw = readFileSync2(join(dir, fileName(seq)), "utf8");
    if (raw.length > MAX_RECORD_BYTES) return null;
    const wrapper = JSON.parse(raw);
    if (typeof wrapper.body !== "string" || typeof wrapper.sig !== "string") return null;
    if (!verify(wrapper.body, wrapper.sig, key)) return null;
    const r = JSON.parse(wrapper.body);
    if (r.seq !== seq || r.sessionId !== sessionId || typeof r.createdAt !== "string") return null;
    if (r.kind === "grant" || r.kind === "revoke") {
      if (typeof r.expiresAt !== "string" || typeof r.scope !== "object" || r.scope === null || !SOURCES.has(r.source)) return null;
      return r;
    }
    if (r.kind === "pending" || r.kind === "answered") return r;
    return null;
  } catch {
    return null;
  }
}
function* newestFirst(sessionId, options) {
  const dir = sessionDir(sessionId, options);
  const numbers = numbersIn(dir);
  if (numbers.length === 0) return;
  const key = verifyKey(homeOf(options));
  if (!key) return;
  let previous;
  for (const seq of numbers) {
    if (seq === previous) continue;
    previous = seq;
    const record = readVerified(dir, seq, sessionId, key);
    if (record) yield record;
  }
}
var isLive = (r, now) => r.kind === "grant" && r.scope.affirmed === true && Date.parse(r.expiresAt) > now.getTime();
function activeUserGrant(sessionId, now = /* @__PURE__ */ new Date(), options) {
  for (const r of newestFirst(sessionId, options)) {
    if (r.kind !== "grant" && r.kind !== "revoke") continue;
    if (r.source === "orchestrator-prompt") continue;
    return isLive(r, now) ? r : null;
  }
  return null;
}
function activeGrant(sessionId, now = /* @__PURE__ */ new Date(), options = {}) {
  let own;
  for (const r of newestFirst(sessionId, options)) {
    if (r.kind !== "grant" && r.kind !== "revoke") continue;
    if (r.source === "orchestrator-prompt") {
      if (options.agentId && r.agentId === options.agentId) own ??= r;
      continue;
    }
    if (!isLive(r, now)) return null;
    if (!options.agentId) return r;
    if (!own || own.parentGrantId !== r.id) return null;
    return isLive(own, now) ? own : null;
  }
  return null;
}
function claimLaunch(sessionId, agentId, agentType, now = /* @__PURE__ */ new Date(), options = {}) {
  const launches = [];
  const claimed = /* @__PURE__ */ new Set();
  let user;
  for (const r of newestFirst(sessionId, options)) {
    if (r.kind !== "grant" && r.kind !== "revoke") continue;
    if (r.source !== "orchestrator-prompt") {
      user = r;
      break;
    }
    if (r.agentId === agentId) return r;
    for (const id of r.claims ?? []) claimed.add(id);
    if (r.launch && !r.agentId) launches.push(r);
  }
  if (!user || !isLive(user, now)) return null;
  const open = launches.filter(
    (l) => l.parentGrantId === user.id && !claimed.has(l.id) && (agentType === void 0 || l.launch?.agentType === agentType)
  );
  if (open.length === 0) return null;
  const exact = options.promptHash ? open.filter((l) => l.launch?.promptHash === options.promptHash) : [];
  const candidates = exact.length ? [exact[exact.length - 1]] : open;
  const mine = candidates[candidates.length - 1];
  let scope = mine.scope;
  for (const other of candidates) if (other !== mine) scope = intersectScopes(scope, other.scope);
  const grants = candidates.every((l) => l.kind === "grant") && scope.affirmed;
  return append(
    {
      kind: grants ? "grant" : "revoke",
      sessionId,
      source: "orchestrator-prompt",
      text: mine.text,
      scope: grants ? scope : { ...scope, affirmed: false },
      createdAt: now.toISOString(),
      expiresAt: grants ? mine.expiresAt : now.toISOString(),
      parentGrantId: user.id,
      agentId,
      claims: [mine.id],
      ...mine.binding ? { binding: mine.binding } : {}
    },
    options
  );
}
var PENDING_MAX_AGE_MS = DAY_MS;
function openPendingRequest(sessionId, now = /* @__PURE__ */ new Date(), options) {
  const records = [];
  for (const r of newestFirst(sessionId, options)) {
    if (r.kind === "pending") {
      if (now.getTime() - Date.parse(r.createdAt) > PENDING_MAX_AGE_MS) break;
      if (r.source !== "subagent-stop") records.unshift(r);
      continue;
    }
    if (r.kind === "answered") break;
    if ((r.kind === "grant" || r.kind === "revoke") && r.source !== "orchestrator-prompt") break;
  }
  if (records.length === 0) return null;
  const unique = (xs) => [...new Set(xs)];
  return {
    records,
    commands: records.flatMap((r) => r.commands),
    environments: unique(records.flatMap((r) => r.environments)),
    digests: unique(records.flatMap((r) => r.digests))
  };
}
function recordGrant(input, options) {
  if (!input.sessionId) throw new Error("cannot record a grant without a session id");
  if (!input.scope.affirmed) throw new Error("cannot record a grant from text that does not approve");
  const now = input.now ?? /* @__PURE__ */ new Date();
  let expires = now.getTime() + Math.max(0, input.approvalMinutes) * 6e4;
  if (input.notAfter) expires = Math.min(expires, Date.parse(input.notAfter));
  const record = append(
    {
      kind: "grant",
      sessionId: input.sessionId,
      source: input.source,
      text: input.scope.text,
      scope: input.scope,
      createdAt: now.toISOString(),
      expiresAt: new Date(expires).toISOString(),
      ...input.parentGrantId ? { parentGrantId: input.parentGrantId } : {},
      ...input.binding ? { binding: input.binding } : {},
      ...input.launch ? { launch: input.launch } : {}
    },
    options
  );
  pruneOld(input.sessionId, now, options);
  return record;
}
function revokeGrants(input, options) {
  if (!input.sessionId) throw new Error("cannot revoke without a session id");
  const now = input.now ?? /* @__PURE__ */ new Date();
  return append(
    {
      kind: "revoke",
      sessionId: input.sessionId,
      source: input.source,
      text: input.scope.text,
      scope: input.scope,
      createdAt: now.toISOString(),
      expiresAt: now.toISOString(),
      ...input.parentGrantId ? { parentGrantId: input.parentGrantId } : {},
      ...input.reason ? { reason: input.reason } : {},
      ...input.launch ? { launch: input.launch } : {}
    },
    options
  );
}
function recordPending(input, options) {
  if (!input.sessionId) throw new Error("cannot record a pending request without a session id");
  const { now, ...rest } = input;
  return append({ kind: "pending", ...rest, createdAt: (now ?? /* @__PURE__ */ new Date()).toISOString() }, options);
}
function markAnswered(sessionId, now = /* @__PURE__ */ new Date(), options) {
  append({ kind: "answered", sessionId, createdAt: now.toISOString() }, options);
}
function intersectScopes(user, derived) {
  let environments;
  if (user.environments.length === 0) environments = derived.environments;
  else if (derived.environments.length === 0) environments = user.environments;
  else environments = user.environments.filter((e) => derived.environments.includes(e));
  const both = user.environments.length > 0 && derived.environments.length > 0;
  const disjoint = both && environments.length === 0;
  return {
    text: derived.text,
    affirmed: user.affirmed && derived.affirmed && !disjoint,
    destroy: user.destroy && derived.destroy,
    delete: user.delete && derived.delete,
    forcePush: user.forcePush && derived.forcePush,
    environments
  };
}
function pruneOld(sessionId, now, options) {
  const dir = sessionDir(sessionId, options);
  const cutoff = now.getTime() - DAY_MS;
  try {
    const records = [...newestFirst(sessionId, options)];
    const newestUser = records.find((r) => (r.kind === "grant" || r.kind === "revoke") && r.source !== "orchestrator-prompt");
    for (const r of records) {
      if (!newestUser || r.seq >= newestUser.seq) continue;
      const end = r.kind === "grant" || r.kind === "revoke" ? r.expiresAt : r.createdAt;
      if (Date.parse(end) < cutoff) rmSync2(join(dir, fileName(r.seq)), { force: true });
    }
  } catch {
  }
}

export {
  sessionKey,
  activeUserGrant,
  activeGrant,
  claimLaunch,
  openPendingRequest,
  recordGrant,
  revokeGrants,
  recordPending,
  markAnswered,
  intersectScopes
};
