import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  logFallback
} from "./chunk-R7ODJEZY.mjs";
import {
  stateHome,
  statePaths
} from "./chunk-VL7M2WAP.mjs";

// src/hooks/hook-protocol.ts
var EVENTS = [
  "pre-tool-use",
  "post-tool-use",
  "user-prompt-submit",
  "subagent-start",
  "subagent-stop",
  "stop",
  "session-start"
];

// src/hooks/helper/client.ts
import { closeSync as closeSync2, lstatSync as lstatSync2, mkdirSync as mkdirSync2, openSync as openSync2, statSync as statSync2, unlinkSync as unlinkSync2 } from "node:fs";
import { connect } from "node:net";
import { dirname as dirname2 } from "node:path";

// src/hooks/helper/address.ts
import { lstatSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
var KEY_ENV = ["EXECGUARD_HOME", "CLAUDE_PLUGIN_DATA", "CLAUDE_PLUGIN_ROOT", "HOME", "PATH", "KUBECONFIG"];
function fnv(text) {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
function privateDir(dir) {
  try {
    const s = lstatSync(dir);
    return s.isDirectory() && (s.mode & 63) === 0 && (typeof process.getuid !== "function" || s.uid === process.getuid());
  } catch {
    return false;
  }
}
function helperDir(env) {
  const dir = join(stateHome(env), "hookd");
  if (dir.length <= 80) return dir;
  const uid = typeof process.getuid === "function" ? process.getuid() : 0;
  return join(tmpdir(), `execguard-hookd-${uid}-${fnv(dir)}`);
}
function socketPath(bundle, env) {
  const s = statSync(bundle);
  const key = [bundle, s.size, s.mtimeMs, ...KEY_ENV.map((k) => `${k}=${env[k] ?? ""}`)].join("\n");
  return join(helperDir(env), `${fnv(key)}.sock`);
}

// src/hooks/helper/proof.ts
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { closeSync, constants, fstatSync, linkSync, mkdirSync, openSync, readSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
var SECRET_BYTES = 32;
var LABEL = "execguard-helper-v1";
var ownedByUs = (uid) => typeof process.getuid !== "function" || uid === process.getuid();
function readSecret(file) {
  let fd;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return void 0;
  }
  try {
    const s = fstatSync(fd);
    if (!s.isFile() || (s.mode & 63) !== 0 || !ownedByUs(s.uid) || s.size !== SECRET_BYTES) return void 0;
    const secret = Buffer.alloc(SECRET_BYTES);
    return readSync(fd, secret, 0, SECRET_BYTES, 0) === SECRET_BYTES ? secret : void 0;
  } finally {
    closeSync(fd);
  }
}
function helperSecret(file, create) {
  const dir = dirname(file);
  const existing = readSecret(file);
  if (existing && privateDir(dir)) return existing;
  if (existing || !create) return void 0;
  try {
    mkdirSync(dir, { recursive: true, mode: 448 });
  } catch {
    return void 0;
  }
  if (!privateDir(dir)) return void 0;
  const temp = `${file}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    writeFileSync(temp, randomBytes(SECRET_BYTES), { mode: 384, flag: "wx" });
    try {
      linkSync(temp, file);
    } catch {
    }
  } catch {
    return void 0;
  } finally {
    try {
      unlinkSync(temp);
    } catch {
    }
  }
  return readSecret(file);
}
var newNonce = () => randomBytes(32).toString("hex");
var sha256 = (data) => createHash("sha256").update(data).digest("hex");
function answerMac(secret, nonce, request, answerText) {
  return createHmac("sha256", secret).update(`${LABEL}
${nonce}
${sha256(request)}
`).update(answerText).digest("hex");
}
function verifyAnswer(secret, nonce, request, answerText, mac) {
  if (typeof mac !== "string" || !/^[0-9a-f]{64}$/.test(mac)) return false;
  return timingSafeEqual(Buffer.from(answerMac(secret, nonce, request, answerText), "hex"), Buffer.from(mac, "hex"));
}

// src/hooks/helper/client.ts
var CONNECT_TIMEOUT_MS = 300;
var ANSWER_TIMEOUT_MS = 6e3;
var SPAWN_MARK_STALE_MS = 1e4;
var helperDisabled = (env) => /^(0|off|false|no)$/i.test(env.EXECGUARD_HOOK_HELPER?.trim() ?? "");
function isAnswer(value) {
  if (typeof value !== "object" || value === null) return false;
  const a = value;
  return Number.isInteger(a.exitCode) && (a.json === void 0 || typeof a.json === "object" && a.json !== null) && (a.stderr === void 0 || typeof a.stderr === "string");
}
var miss = (rule, reason, log) => ({ miss: { rule, reason, log } });
function provenAnswer(reply, secret, nonce, request) {
  let value;
  try {
    value = JSON.parse(reply);
  } catch {
    return void 0;
  }
  if (typeof value !== "object" || value === null || typeof value.answer !== "string") return void 0;
  if (!verifyAnswer(secret, nonce, request, value.answer, value.mac)) return void 0;
  try {
    const answer = JSON.parse(value.answer);
    return isAnswer(answer) ? answer : void 0;
  } catch {
    return void 0;
  }
}
function askHelper(socket, secret, request) {
  return new Promise((resolve) => {
    const nonce = newNonce();
    const text = JSON.stringify({ v: 1, nonce, ...request });
    const conn = connect(socket);
    const chunks = [];
    let sent = false;
    const done = (result) => {
      clearTimeout(timer);
      conn.destroy();
      resolve(result);
    };
    let timer = setTimeout(() => done(miss("helper-absent", "the helper did not accept the connection", false)), CONNECT_TIMEOUT_MS);
    conn.on("connect", () => {
      clearTimeout(timer);
      sent = true;
      timer = setTimeout(
        () => done(miss("helper-slow", `the helper did not answer within ${ANSWER_TIMEOUT_MS / 1e3} s`, true)),
        ANSWER_TIMEOUT_MS
      );
      conn.end(text);
    });
    conn.on("data", (c) => chunks.push(c));
    conn.on(
      "error",
      () => done(
        sent ? miss("helper-no-answer", "the helper closed the connection without an answer", true) : miss("helper-absent", "no helper is listening", false)
      )
    );
    conn.on("end", () => {
      const reply = Buffer.concat(chunks).toString("utf8");
      if (!reply) return done(miss("helper-no-answer", "the helper closed the connection without an answer", true));
      const answer = provenAnswer(reply, secret, nonce, text);
      done(
        answer ? { answer } : miss(
          "helper-unverified",
          "whatever listens on the helper socket gave an answer without a valid proof (not execguard's helper)",
          true
        )
      );
    });
  });
}
function startHelper(bundle, socket, env) {
  const mark = `${socket}.starting`;
  try {
    if (Date.now() - statSync2(mark).mtimeMs < SPAWN_MARK_STALE_MS) return;
    unlinkSync2(mark);
  } catch {
  }
  try {
    closeSync2(openSync2(mark, "wx", 384));
  } catch {
    return;
  }
  const { spawn } = process.getBuiltinModule("node:child_process");
  const child = spawn(process.execPath, [bundle, "--helper", socket], { detached: true, stdio: "ignore", env, cwd: dirname2(socket) });
  child.on("error", () => void 0);
  child.unref();
}
function ownSocket(socket) {
  try {
    const s = lstatSync2(socket);
    return s.isSocket() && (typeof process.getuid !== "function" || s.uid === process.getuid());
  } catch {
    return void 0;
  }
}
async function answerViaHelper(bundle, event, stdin, env) {
  if (helperDisabled(env)) return miss("helper-off", `EXECGUARD_HOOK_HELPER=${env.EXECGUARD_HOOK_HELPER}`, false);
  let socket;
  try {
    socket = socketPath(bundle, env);
    mkdirSync2(dirname2(socket), { recursive: true, mode: 448 });
  } catch (error) {
    return miss("helper-untrusted-folder", `no helper folder (${error.message})`, true);
  }
  if (!privateDir(dirname2(socket)))
    return miss("helper-untrusted-folder", `the helper folder ${dirname2(socket)} is not private to this user`, true);
  const secret = helperSecret(statePaths(stateHome(env)).helperSecret, true);
  if (!secret) return miss("helper-no-secret", "the helper secret is missing and cannot be created privately", true);
  const owned = ownSocket(socket);
  if (owned === false) {
    removeSocket(socket);
    startHelper(bundle, socket, env);
    return miss("helper-unverified", "the helper socket is not a socket of this user: removed", true);
  }
  const result = owned === void 0 ? miss("helper-absent", "no helper is listening", false) : await askHelper(socket, secret, { event, stdin, env });
  if ("miss" in result) {
    if (result.miss.rule === "helper-unverified") removeSocket(socket);
    if (result.miss.rule !== "helper-slow" && result.miss.rule !== "helper-no-answer") startHelper(bundle, socket, env);
  }
  return result;
}
function removeSocket(socket) {
  try {
    unlinkSync2(socket);
  } catch {
  }
}

// src/hooks/stdio.ts
var STDIN_IDLE_MS = 12e4;
var STDIN_MAX_BYTES = 8 * 1024 * 1024;
function failClosed(event, reason) {
  const text = `execguard: ${reason}`;
  switch (event) {
    case "pre-tool-use":
      return {
        json: { hookSpecificOutput: { hookEventName: "PreToolUse", permissionDecision: "deny", permissionDecisionReason: text } },
        exitCode: 0
      };
    case "stop":
    case "subagent-stop":
      return { json: { decision: "block", reason: text }, exitCode: 0 };
    default:
      return { stderr: `${text}
`, exitCode: 0 };
  }
}
function failClosedLogged(event, stdinText, reason, env) {
  const answer = failClosed(event, reason);
  const blocks = event === "pre-tool-use" || event === "stop" || event === "subagent-stop";
  const logError = logFallback(event, stdinText, "fail-closed", `execguard: ${reason}`, env, blocks ? "deny" : "fallback");
  return logError ? { ...answer, stderr: `${answer.stderr ?? ""}${logError}` } : answer;
}
function readStdin(idleMs = STDIN_IDLE_MS, maxBytes = STDIN_MAX_BYTES, stdin = process.stdin) {
  return new Promise((resolve, reject) => {
    if (stdin.isTTY) return reject(new Error("no hook input: stdin is a terminal (expected the hook JSON on a pipe)"));
    const chunks = [];
    let size = 0;
    let done = false;
    let received = 0;
    let timer;
    const finish = (error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      stdin.removeAllListeners();
      stdin.pause();
      if (error) reject(error);
      else resolve(Buffer.concat(chunks).toString("utf8"));
    };
    const arm = () => {
      clearTimeout(timer);
      const mark = received;
      timer = setTimeout(() => {
        setImmediate(
          () => setImmediate(() => {
            if (received === mark)
              finish(new Error(`no hook input on stdin for ${Math.round(idleMs / 1e3)} s (the pipe was never closed)`));
            else arm();
          })
        );
      }, idleMs);
    };
    stdin.on("data", (chunk) => {
      received++;
      size += chunk.length;
      if (size > maxBytes) return finish(new Error(`hook input larger than ${maxBytes} bytes`));
      chunks.push(chunk);
      arm();
    });
    stdin.on("end", () => finish());
    stdin.on("error", (e) => finish(e));
    arm();
  });
}
function emit(answer) {
  if (answer.stderr) process.stderr.write(answer.stderr);
  if (answer.json) process.stdout.write(`${JSON.stringify(answer.json)}
`);
  return answer.exitCode;
}
function helperWorthy(event, text) {
  if (!EVENTS.includes(event)) return false;
  try {
    const input = JSON.parse(text);
    return typeof input === "object" && input !== null && typeof input.cwd === "string" && input.cwd !== "";
  } catch {
    return false;
  }
}

// src/hooks/answer-event.ts
var HANDLERS = {
  "pre-tool-use": () => import("./pre-tool-use-UFV2EQ5S.mjs"),
  "post-tool-use": () => import("./post-tool-use-N3PUFXTT.mjs"),
  "subagent-start": () => import("./subagent-start-GMXVUECM.mjs"),
  "user-prompt-submit": () => import("./user-prompt-submit-ZTCE3EHB.mjs"),
  "subagent-stop": () => import("./subagent-stop-QSJPZTWC.mjs"),
  stop: () => import("./stop-V6QWBV3C.mjs"),
  "session-start": () => import("./session-start-R5DJN53B.mjs")
};
function parseHookInput(text) {
  if (!text.trim()) throw new Error("empty hook input: expected a JSON object on stdin");
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`hook input is not valid JSON (${error.message})`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new Error("hook input must be a JSON object");
  }
  return value;
}
var EVENT_NAMES = {
  PreToolUse: "pre-tool-use",
  PostToolUse: "post-tool-use",
  SubagentStart: "subagent-start",
  UserPromptSubmit: "user-prompt-submit",
  SubagentStop: "subagent-stop",
  Stop: "stop",
  SessionStart: "session-start"
};
function eventFromInput(text) {
  try {
    const name = JSON.parse(text).hook_event_name;
    return typeof name === "string" ? EVENT_NAMES[name] : void 0;
  } catch {
    return void 0;
  }
}
async function answerEvent(event, stdinText, env) {
  if (!EVENTS.includes(event)) {
    const message = `execguard hook: unknown event '${event}' (expected one of ${EVENTS.join(", ")})`;
    const claimed = eventFromInput(stdinText);
    if (claimed) {
      const answer = failClosedLogged(claimed, stdinText, message.replace(/^execguard hook: /, ""), env);
      return { ...answer, stderr: `${message}
${answer.stderr ?? ""}` };
    }
    return { stderr: `${message}
`, exitCode: 1 };
  }
  try {
    const input = parseHookInput(stdinText);
    const { handle } = await HANDLERS[event]();
    return await handle(input, env);
  } catch (error) {
    return failClosedLogged(event, stdinText, error instanceof Error ? error.message : String(error), env);
  }
}
async function runHook(event, env, bundle) {
  let text;
  try {
    text = await readStdin();
  } catch (error) {
    return emit(failClosedLogged(event, "", error.message, env));
  }
  let logError;
  if (bundle && helperWorthy(event, text)) {
    const result = await answerViaHelper(bundle, event, text, env);
    if ("answer" in result) return emit(result.answer);
    if (result.miss.log)
      logError = logFallback(event, text, result.miss.rule, `execguard: answered in-process: ${result.miss.reason}`, env);
  }
  const answer = await answerEvent(event, text, env);
  return emit(logError ? { ...answer, stderr: `${answer.stderr ?? ""}${logError}` } : answer);
}

export {
  EVENTS,
  privateDir,
  helperSecret,
  answerMac,
  failClosed,
  readStdin,
  emit,
  parseHookInput,
  answerEvent,
  runHook
};
