import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  sign,
  signingKey,
  verify,
  verifyKey
} from "./chunk-SHPKBHHF.mjs";
import {
  stateHome,
  statePaths
} from "./chunk-VL7M2WAP.mjs";

// src/approval/scope-algebra.ts
function intersectScopes(user, derived) {
  let environments;
  let disjoint = false;
  if (user.environments.length === 0) environments = derived.environments;
  else if (derived.environments.length === 0) environments = user.environments;
  else {
    environments = user.environments.filter((e) => derived.environments.includes(e));
    disjoint = environments.length === 0;
  }
  return {
    text: derived.text,
    affirmed: user.affirmed && derived.affirmed && !disjoint,
    destroy: user.destroy && derived.destroy,
    delete: user.delete && derived.delete,
    forcePush: user.forcePush && derived.forcePush,
    environments
  };
}

// src/state/grant-store.ts
import {
  closeSync,
  existsSync,
  fstatSync,
  futimesSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
var headFile = (sessionId, options) => join(grantsRoot(options), `${sessionKey(sessionId)}.head`);
var digest = (raw) => process.getBuiltinModule("node:crypto").createHash("sha256").update(raw).digest("hex");
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
var pause = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
function writeNew(tmp, content) {
  try {
    writeFileSync(tmp, content, { mode: 384, flag: "wx" });
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}
function readRaw(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}
var UNREADABLE = "unreadable";
var VOID = "void";
function readHead(path, sessionId, key) {
  return parseHead(readRaw(path), sessionId, key);
}
function parseHead(raw, sessionId, key) {
  try {
    if (raw === null || raw.length > 4096) return null;
    const wrapper = JSON.parse(raw);
    if (typeof wrapper.body !== "string" || typeof wrapper.sig !== "string") return null;
    if (!verify(wrapper.body, wrapper.sig, key)) return null;
    const h = JSON.parse(wrapper.body);
    if (h.kind !== "head" || h.sessionId !== sessionId || !Number.isSafeInteger(h.seq) || typeof h.hash !== "string") return null;
    return { seq: h.seq, hash: h.hash };
  } catch {
    return null;
  }
}
function moveHead(dir, sessionId, seq, raw, key, options) {
  const path = headFile(sessionId, options);
  for (let round = 0; round < 8; round++) {
    let top = seq;
    let topRaw = raw;
    for (let next = readRaw(join(dir, fileName(top + 1))); next !== null && parseRecord(next, top + 1, sessionId, key, false); next = readRaw(join(dir, fileName(top + 1)))) {
      top++;
      topRaw = next;
    }
    const current = readHead(path, sessionId, key);
    if (current && current.seq >= top) return;
    writeHead(path, sessionId, top, digest(topRaw), key);
  }
}
function writeHead(path, sessionId, seq, hash, key) {
  const body = JSON.stringify({ kind: "head", sessionId, seq, hash });
  const tmp = `${path}.tmp-${process.pid}-${Math.random().toString(16).slice(2)}`;
  writeNew(tmp, `${JSON.stringify({ body, sig: sign(body, key) })}
`);
  try {
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}
function anchored(dir, sessionId, key, options) {
  const headRaw = readRaw(headFile(sessionId, options));
  const numbers = numbersIn(dir);
  if (numbers.length === 0) return headRaw === null || parseHead(headRaw, sessionId, key)?.seq === 0;
  const head = parseHead(headRaw, sessionId, key);
  if (!head || numbers[0] < head.seq) return false;
  let expected;
  for (let seq = numbers[0]; seq > head.seq; seq--) {
    const raw2 = readRaw(join(dir, fileName(seq)));
    if (raw2 === null) return false;
    if (expected !== void 0 && digest(raw2) !== expected) return false;
    const record = parseRecord(raw2, seq, sessionId, key, false);
    if (!record) return false;
    expected = record.prev;
  }
  if (head.seq === 0) return expected === "";
  const raw = readRaw(join(dir, fileName(head.seq)));
  if (raw === null) return false;
  const hash = digest(raw);
  return (expected === void 0 || hash === expected) && hash === head.hash;
}
function voidGrants(sessionId, options) {
  const path = headFile(sessionId, options);
  try {
    rmSync(path, { force: true });
    return !existsSync(path);
  } catch {
    return false;
  }
}
function append(record, options) {
  const home = homeOf(options);
  const key = signingKey(home);
  const dir = sessionDir(record.sessionId, options);
  mkdirSync(grantsRoot(options), { recursive: true, mode: 448 });
  mkdirSync(dir, { recursive: true, mode: 448 });
  const headPath = headFile(record.sessionId, options);
  if (numbersIn(dir).length === 0 && !existsSync(headPath)) writeHead(headPath, record.sessionId, 0, "", key);
  const intact = anchored(dir, record.sessionId, key, options);
  let seq = (numbersIn(dir)[0] ?? 0) + 1;
  if (!intact) seq = Math.max(seq, (readHead(headPath, record.sessionId, key)?.seq ?? 0) + 1);
  const hashOf = (n) => {
    if (n < 1) return "";
    const raw = readRaw(join(dir, fileName(n)));
    return raw === null ? UNREADABLE : digest(raw);
  };
  let prev = intact ? hashOf(seq - 1) : VOID;
  for (let collisions = 0; ; collisions++) {
    const full = { ...record, seq, id: recordId(seq), prev };
    const body = JSON.stringify(full);
    const raw = `${JSON.stringify({ body, sig: sign(body, key) })}
`;
    const tmp = join(dir, `.tmp-${process.pid}-${Date.now()}-${Math.random().toString(16).slice(2)}`);
    writeNew(tmp, raw);
    let linked = false;
    try {
      linkSync(tmp, join(dir, fileName(seq)));
      linked = true;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
    } finally {
      rmSync(tmp, { force: true });
    }
    if (linked) {
      try {
        moveHead(dir, record.sessionId, seq, raw, key, options);
      } catch (error) {
        rmSync(headFile(record.sessionId, options), { force: true });
        throw new Error(`the grant log's head could not be written (${error.message}); the session's grants are void`);
      }
      return full;
    }
    const taken = readRaw(join(dir, fileName(seq)));
    prev = taken !== null && parseRecord(taken, seq, record.sessionId, key, false) ? digest(taken) : VOID;
    seq++;
    pause(Math.random() * Math.min(2 ** Math.min(collisions, 5), 25));
  }
}
var SOURCES = /* @__PURE__ */ new Set(["user-prompt", "orchestrator-prompt", "cli"]);
function parseRecord(raw, seq, sessionId, key, chained) {
  try {
    if (raw.length > MAX_RECORD_BYTES) return null;
    const wrapper = JSON.parse(raw);
    if (typeof wrapper.body !== "string" || typeof wrapper.sig !== "string") return null;
    if (!chained && !verify(wrapper.body, wrapper.sig, key)) return null;
    const r = JSON.parse(wrapper.body);
    if (r.seq !== seq || r.sessionId !== sessionId || typeof r.createdAt !== "string" || typeof r.prev !== "string") return null;
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
var BROKEN = /* @__PURE__ */ Symbol("broken log");
function* newestFirst(sessionId, options) {
  const dir = sessionDir(sessionId, options);
  const headRaw = readRaw(headFile(sessionId, options));
  const numbers = numbersIn(dir);
  if (numbers.length === 0) return;
  const verifier = verifyKey(homeOf(options));
  const head = verifier && parseHead(headRaw, sessionId, verifier);
  if (!verifier || !head || numbers[0] < head.seq) {
    yield BROKEN;
    return;
  }
  let expected;
  for (let seq = numbers[0]; seq >= 1; seq--) {
    const raw = readRaw(join(dir, fileName(seq)));
    const hash = raw === null ? void 0 : digest(raw);
    if (raw === null || expected !== void 0 && hash !== expected || seq === head.seq && hash !== head.hash) {
      yield BROKEN;
      return;
    }
    const record = parseRecord(raw, seq, sessionId, verifier, seq <= head.seq);
    if (!record) {
      yield BROKEN;
      return;
    }
    expected = record.prev;
    yield record;
  }
}
var SKEW_MS = 2 * 6e4;
var MAX_GRANT_MS = DAY_MS;
var OWN_CLOCK_MS = 5e3;
function ctimeNow(path) {
  const fd = openSync(path, "a", 384);
  try {
    futimesSync(fd, 0, 0);
    return fstatSync(fd).ctimeMs;
  } finally {
    closeSync(fd);
  }
}
function trustedNow(options, claimed) {
  if (claimed && Math.abs(claimed.getTime() - Date.now()) > OWN_CLOCK_MS) return claimed;
  const home = homeOf(options);
  try {
    mkdirSync(home, { recursive: true, mode: 448 });
    return new Date(ctimeNow(join(home, "clock")));
  } catch {
    return new Date(ctimeNow(join(tmpdir(), `execguard-clock-${process.getuid?.() ?? "user"}`)));
  }
}
function isLive(r, now) {
  if (r.kind !== "grant" || r.scope.affirmed !== true) return false;
  const created = Date.parse(r.createdAt);
  const expires = Date.parse(r.expiresAt);
  if (!Number.isFinite(created) || !Number.isFinite(expires) || expires - created > MAX_GRANT_MS) return false;
  const t = now();
  return created <= t + SKEW_MS && expires > t;
}
function lazyNow(options, claimed) {
  let t;
  return () => t ??= trustedNow(options, claimed).getTime();
}
function activeUserGrant(sessionId, claimed, options) {
  const now = lazyNow(options, claimed);
  for (const r of newestFirst(sessionId, options)) {
    if (r === BROKEN) return null;
    if (r.kind !== "grant" && r.kind !== "revoke") continue;
    if (r.source === "orchestrator-prompt") continue;
    return isLive(r, now) ? r : null;
  }
  return null;
}
function activeGrant(sessionId, claimed, options = {}) {
  const now = lazyNow(options, claimed);
  let own;
  for (const r of newestFirst(sessionId, options)) {
    if (r === BROKEN) return null;
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
function claimLaunch(sessionId, agentId, agentType, claimedNow, options = {}) {
  const now = lazyNow(options, claimedNow);
  const launches = [];
  const claimed = /* @__PURE__ */ new Set();
  let user;
  for (const r of newestFirst(sessionId, options)) {
    if (r === BROKEN) return null;
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
    // Stryker disable next-line OptionalChaining: every launch in the list has `launch` (it was put there for it)
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
      createdAt: new Date(now()).toISOString(),
      expiresAt: grants ? mine.expiresAt : new Date(now()).toISOString(),
      parentGrantId: user.id,
      agentId,
      claims: [mine.id],
      ...mine.binding ? { binding: mine.binding } : {}
    },
    options
  );
}
var PENDING_MAX_AGE_MS = DAY_MS;
function openPendingRequest(sessionId, claimed, options) {
  const now = lazyNow(options, claimed);
  const records = [];
  for (const r of newestFirst(sessionId, options)) {
    if (r === BROKEN) break;
    if (r.kind === "pending") {
      const age = now() - Date.parse(r.createdAt);
      if (!(age <= PENDING_MAX_AGE_MS && age >= -SKEW_MS)) break;
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
  const now = trustedNow(options, input.now);
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
  const now = trustedNow(options, input.now);
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
  return append({ kind: "pending", ...rest, createdAt: trustedNow(options, now).toISOString() }, options);
}
function markAnswered(sessionId, claimed, options) {
  append({ kind: "answered", sessionId, createdAt: trustedNow(options, claimed).toISOString() }, options);
}
function pruneOld(sessionId, now, options) {
  const dir = sessionDir(sessionId, options);
  const cutoff = now.getTime() - DAY_MS;
  try {
    const records = [];
    let newestUser;
    for (const r of newestFirst(sessionId, options)) {
      if (r === BROKEN) {
        if (!newestUser) return;
        break;
      }
      records.push(r);
      if (!newestUser && (r.kind === "grant" || r.kind === "revoke") && r.source !== "orchestrator-prompt") newestUser = r;
    }
    if (!newestUser) return;
    for (const r of records.reverse()) {
      if (r.seq >= newestUser.seq) break;
      const end = r.kind === "grant" || r.kind === "revoke" ? r.expiresAt : r.createdAt;
      if (!(Date.parse(end) < cutoff)) break;
      rmSync(join(dir, fileName(r.seq)), { force: true });
    }
    for (const name of readdirSync(dir)) {
      if (!name.startsWith(".tmp-")) continue;
      const path = join(dir, name);
      if (Date.now() - statSync(path).mtimeMs > 10 * 6e4) rmSync(path, { force: true });
    }
  } catch {
  }
}

export {
  intersectScopes,
  sessionKey,
  voidGrants,
  activeUserGrant,
  activeGrant,
  claimLaunch,
  openPendingRequest,
  recordGrant,
  revokeGrants,
  recordPending,
  markAnswered
};
