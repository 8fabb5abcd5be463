import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  sign,
  signingKey,
  verify,
  verifyKey
} from "./chunk-SHPKBHHF.mjs";

// src/state/executor-calls.ts
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
var CALL_ENV = "EXECGUARD_CALL";
var CLAIM_TTL_MS = 10 * 6e4;
var NONCE = /^[0-9a-f]{64}$/;
var crypto = () => process.getBuiltinModule("node:crypto");
var sha256 = (text) => crypto().createHash("sha256").update(text).digest("hex");
var callsDir = (home) => join(home, "executor-calls");
function recordExecutorCall(home, call, now = /* @__PURE__ */ new Date()) {
  const nonce = crypto().randomBytes(32).toString("hex");
  const nonceHash = sha256(nonce);
  const claim = {
    kind: "executor-call",
    sessionId: call.sessionId,
    ...call.agentId ? { agentId: call.agentId } : {},
    ...call.agentType ? { agentType: call.agentType } : {},
    ...call.toolUseId ? { toolUseId: call.toolUseId } : {},
    commandHash: sha256(call.command),
    nonceHash,
    createdAt: now.toISOString()
  };
  const body = JSON.stringify(claim);
  mkdirSync(callsDir(home), { recursive: true, mode: 448 });
  writeFileSync(join(callsDir(home), `${nonceHash}.json`), JSON.stringify({ body, sig: sign(body, signingKey(home)) }), {
    mode: 384,
    flag: "wx"
  });
  return nonce;
}
var CallClaimError = class extends Error {
};
function useExecutorCall(home, nonce, sessionId, now = Date.now()) {
  if (!nonce)
    throw new CallClaimError(
      `this run was not started by a Bash call execguard's hook saw (no ${CALL_ENV}), so it cannot tell which agent runs it`
    );
  if (!NONCE.test(nonce)) throw new CallClaimError(`${CALL_ENV} is not a nonce execguard's hook minted`);
  const nonceHash = sha256(nonce);
  const file = join(callsDir(home), `${nonceHash}.json`);
  let claim;
  try {
    const { body, sig } = JSON.parse(readFileSync(file, "utf8"));
    const key = verifyKey(home);
    if (typeof body !== "string" || typeof sig !== "string" || !key || !verify(body, sig, key)) throw new Error("unsigned");
    claim = JSON.parse(body);
  } catch {
    throw new CallClaimError(`${CALL_ENV} names no call claim the hooks signed`);
  }
  if (claim.kind !== "executor-call" || claim.nonceHash !== nonceHash) throw new CallClaimError("the call claim is not for this nonce");
  if (claim.sessionId !== sessionId) throw new CallClaimError(`the call claim belongs to another session than ${sessionId}`);
  const created = Date.parse(claim.createdAt);
  if (!Number.isFinite(created) || now - created > CLAIM_TTL_MS)
    throw new CallClaimError("the call claim has expired: run the command again as its own Bash call");
  try {
    writeFileSync(join(callsDir(home), `${nonceHash}.used`), `${process.pid}
`, { mode: 384, flag: "wx" });
  } catch {
    throw new CallClaimError("the call claim was already used: each Bash call starts the executor once");
  }
  return claim;
}
function sweepExecutorCalls(home, now = Date.now()) {
  const dir = callsDir(home);
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed = [];
  const remove = (name) => {
    rmSync(join(dir, name), { force: true });
    removed.push(join(dir, name));
  };
  const kept = /* @__PURE__ */ new Set();
  for (const name of names.filter((n) => n.endsWith(".json"))) {
    if (now - createdAt(join(dir, name)) > CLAIM_TTL_MS) remove(name);
    else kept.add(name);
  }
  for (const name of names.filter((n) => n.endsWith(".used"))) {
    if (!kept.has(name.replace(/\.used$/, ".json"))) remove(name);
  }
  return removed;
}
function createdAt(file) {
  try {
    const { body } = JSON.parse(readFileSync(file, "utf8"));
    const created = typeof body === "string" ? Date.parse(JSON.parse(body).createdAt) : Number.NaN;
    if (Number.isFinite(created)) return created;
  } catch {
  }
  try {
    return statSync(file).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

export {
  CALL_ENV,
  recordExecutorCall,
  CallClaimError,
  useExecutorCall,
  sweepExecutorCalls
};
