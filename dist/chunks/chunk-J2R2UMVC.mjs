import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  stateHome,
  statePaths
} from "./chunk-JYZVYPDW.mjs";

// src/approval/store.ts
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
var DAY_MS = 24 * 60 * 60 * 1e3;
function grantsRoot(options = {}) {
  return statePaths(options.home ?? stateHome(options.env ?? process.env)).grants;
}
function sessionKey(sessionId) {
  if (/^[A-Za-z0-9_-]{1,100}$/.test(sessionId)) return sessionId;
  const { createHash } = process.getBuiltinModule("node:crypto");
  return `h-${createHash("sha256").update(sessionId).digest("hex").slice(0, 40)}`;
}
function sessionDir(sessionId, options) {
  return join(grantsRoot(options), sessionKey(sessionId));
}
function ensurePrivateDir(dir) {
  mkdirSync(dir, { recursive: true, mode: 448 });
}
function newId(now) {
  const random = Math.floor(Math.random() * 281474976710656).toString(16).padStart(12, "0");
  return `${now.getTime().toString().padStart(14, "0")}-${process.pid}-${random}`;
}
function writeRecord(record, options) {
  const dir = sessionDir(record.sessionId, options);
  ensurePrivateDir(grantsRoot(options));
  ensurePrivateDir(dir);
  const tmp = join(dir, `.tmp-${record.id}`);
  writeFileSync(tmp, `${JSON.stringify(record)}
`, { mode: 384, flag: "wx" });
  renameSync(tmp, join(dir, `${record.id}.json`));
}
function isRecord(value, sessionId) {
  if (typeof value !== "object" || value === null) return false;
  const r = value;
  return (r.kind === "grant" || r.kind === "revoke") && typeof r.id === "string" && r.sessionId === sessionId && typeof r.createdAt === "string" && typeof r.expiresAt === "string" && typeof r.scope === "object" && r.scope !== null && (r.source === "user-prompt" || r.source === "orchestrator-prompt" || r.source === "cli");
}
function listRecords(sessionId, options) {
  const dir = sessionDir(sessionId, options);
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const records = [];
  for (const name of names) {
    if (!name.endsWith(".json") || name.startsWith(".")) continue;
    try {
      const value = JSON.parse(readFileSync(join(dir, name), "utf8"));
      if (isRecord(value, sessionId)) records.push(value);
    } catch {
    }
  }
  return records.sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
var isLive = (r, now) => r.kind === "grant" && r.scope.affirmed && Date.parse(r.expiresAt) > now.getTime();
function activeUserGrant(sessionId, now = /* @__PURE__ */ new Date(), options) {
  const own = listRecords(sessionId, options).filter((r) => r.source !== "orchestrator-prompt");
  const newest = own[own.length - 1];
  return newest && isLive(newest, now) ? newest : null;
}
function activeGrant(sessionId, now = /* @__PURE__ */ new Date(), options = {}) {
  const records = listRecords(sessionId, options);
  const own = records.filter((r) => r.source !== "orchestrator-prompt");
  const newest = own[own.length - 1];
  const user = newest && isLive(newest, now) ? newest : null;
  if (!user || !options.agentId) return user;
  const derived = records.filter((r) => r.source === "orchestrator-prompt" && r.parentGrantId === user.id);
  const latest = derived[derived.length - 1];
  return latest && isLive(latest, now) ? latest : null;
}
function recordGrant(input, options) {
  if (!input.sessionId) throw new Error("cannot record a grant without a session id");
  if (!input.scope.affirmed) throw new Error("cannot record a grant from text that does not approve");
  const now = input.now ?? /* @__PURE__ */ new Date();
  let expires = now.getTime() + Math.max(0, input.approvalMinutes) * 6e4;
  if (input.notAfter) expires = Math.min(expires, Date.parse(input.notAfter));
  const record = newRecord("grant", input, now, new Date(expires));
  writeRecord(record, options);
  pruneOld(input.sessionId, now, options);
  return record;
}
function revokeGrants(input, options) {
  if (!input.sessionId) throw new Error("cannot revoke without a session id");
  const now = input.now ?? /* @__PURE__ */ new Date();
  const record = newRecord("revoke", input, now, now);
  writeRecord(record, options);
  return record;
}
function newRecord(kind, input, now, expires) {
  return {
    kind,
    id: newId(now),
    sessionId: input.sessionId,
    source: input.source,
    text: input.scope.text,
    scope: input.scope,
    createdAt: now.toISOString(),
    expiresAt: expires.toISOString(),
    ...input.parentGrantId ? { parentGrantId: input.parentGrantId } : {}
  };
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
function scopeWithin(inner, outer) {
  const wants = inner.affirmed || inner.destroy || inner.delete || inner.forcePush;
  if (!outer) return !wants;
  if (inner.affirmed && !outer.affirmed) return false;
  if (inner.destroy && !outer.destroy) return false;
  if (inner.delete && !outer.delete) return false;
  if (inner.forcePush && !outer.forcePush) return false;
  if (outer.environments.length === 0) return true;
  if (inner.environments.length === 0) return !wants;
  return inner.environments.every((e) => outer.environments.includes(e));
}
function pruneOld(sessionId, now, options) {
  const dir = sessionDir(sessionId, options);
  const cutoff = now.getTime() - DAY_MS;
  const records = listRecords(sessionId, options);
  records.forEach((record, index) => {
    if (Date.parse(record.expiresAt) >= cutoff) return;
    if (record.kind === "revoke" && records.slice(0, index).some((r) => Date.parse(r.expiresAt) >= cutoff)) return;
    rmSync(join(dir, `${record.id}.json`), { force: true });
  });
  try {
    for (const name of readdirSync(dir)) {
      if (!name.startsWith(".tmp-")) continue;
      const path = join(dir, name);
      try {
        if (statSync(path).mtimeMs < cutoff) rmSync(path, { force: true });
      } catch {
      }
    }
  } catch {
  }
}

export {
  activeUserGrant,
  activeGrant,
  recordGrant,
  revokeGrants,
  intersectScopes,
  scopeWithin
};
