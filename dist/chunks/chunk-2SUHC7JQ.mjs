import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  stateHome
} from "./chunk-JYZVYPDW.mjs";

// src/hooks/answer.ts
var EVENTS = ["pre-tool-use", "user-prompt-submit", "subagent-stop", "stop", "session-start"];

// src/hooks/helper/client.ts
import { closeSync, mkdirSync, openSync, statSync as statSync2, unlinkSync } from "node:fs";
import { connect } from "node:net";
import { dirname } from "node:path";

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

// src/hooks/helper/client.ts
var CONNECT_TIMEOUT_MS = 300;
var ANSWER_TIMEOUT_MS = 6e3;
var SPAWN_MARK_STALE_MS = 1e4;
var helperDisabled = (env) => env.EXECGUARD_HOOK_HELPER === "0";
function isAnswer(value) {
  if (typeof value !== "object" || value === null) return false;
  const a = value;
  return Number.isInteger(a.exitCode) && (a.json === void 0 || typeof a.json === "object" && a.json !== null) && (a.stderr === void 0 || typeof a.stderr === "string");
}
function askHelper(socket, request) {
  return new Promise((resolve) => {
    const conn = connect(socket);
    const chunks = [];
    const done = (answer) => {
      clearTimeout(timer);
      conn.destroy();
      resolve(answer);
    };
    let timer = setTimeout(() => done(void 0), CONNECT_TIMEOUT_MS);
    conn.on("connect", () => {
      clearTimeout(timer);
      timer = setTimeout(() => done(void 0), ANSWER_TIMEOUT_MS);
      conn.end(JSON.stringify(request));
    });
    conn.on("data", (c) => chunks.push(c));
    conn.on("error", () => done(void 0));
    conn.on("end", () => {
      try {
        const value = JSON.parse(Buffer.concat(chunks).toString("utf8"));
        done(isAnswer(value) ? value : void 0);
      } catch {
        done(void 0);
      }
    });
  });
}
function startHelper(bundle, socket, env) {
  const mark = `${socket}.starting`;
  try {
    if (Date.now() - statSync2(mark).mtimeMs < SPAWN_MARK_STALE_MS) return;
    unlinkSync(mark);
  } catch {
  }
  try {
    closeSync(openSync(mark, "wx", 384));
  } catch {
    return;
  }
  const { spawn } = process.getBuiltinModule("node:child_process");
  const child = spawn(process.execPath, [bundle, "--helper", socket], { detached: true, stdio: "ignore", env, cwd: dirname(socket) });
  child.on("error", () => void 0);
  child.unref();
}
async function answerViaHelper(bundle, event, stdin, env) {
  if (helperDisabled(env)) return void 0;
  let socket;
  try {
    socket = socketPath(bundle, env);
    mkdirSync(dirname(socket), { recursive: true, mode: 448 });
    if (!privateDir(dirname(socket))) return void 0;
  } catch {
    return void 0;
  }
  const answer = await askHelper(socket, { event, stdin, env });
  if (!answer) startHelper(bundle, socket, env);
  return answer;
}

// src/hooks/stdio.ts
var STDIN_TIMEOUT_MS = 5e3;
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
function readStdin(timeoutMs = STDIN_TIMEOUT_MS, maxBytes = STDIN_MAX_BYTES) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const timer = setTimeout(() => finish(new Error(`no hook input on stdin within ${timeoutMs} ms`)), timeoutMs);
    const finish = (error) => {
      clearTimeout(timer);
      process.stdin.removeAllListeners();
      process.stdin.pause();
      if (error) reject(error);
      else resolve(Buffer.concat(chunks).toString("utf8"));
    };
    process.stdin.on("data", (chunk) => {
      size += chunk.length;
      if (size > maxBytes) return finish(new Error(`hook input larger than ${maxBytes} bytes`));
      chunks.push(chunk);
    });
    process.stdin.on("end", () => finish());
    process.stdin.on("error", (e) => finish(e));
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

// src/hooks/run.ts
var HANDLERS = {
  "pre-tool-use": () => import("./pre-tool-use-IYGF27M5.mjs"),
  "user-prompt-submit": () => import("./user-prompt-submit-FONNXHBY.mjs"),
  "subagent-stop": () => import("./subagent-stop-I2B4NGPM.mjs"),
  stop: () => import("./stop-GT6AGQLJ.mjs"),
  "session-start": () => import("./session-start-2CGMSLNH.mjs")
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
    if (claimed) return { ...failClosed(claimed, message), stderr: `${message}
` };
    return { stderr: `${message}
`, exitCode: 1 };
  }
  try {
    const input = parseHookInput(stdinText);
    const { handle } = await HANDLERS[event]();
    return await handle(input, env);
  } catch (error) {
    return failClosed(event, error instanceof Error ? error.message : String(error));
  }
}
async function runHook(event, env, bundle) {
  let text;
  try {
    text = await readStdin();
  } catch (error) {
    return emit(failClosed(event, error.message));
  }
  if (bundle && helperWorthy(event, text)) {
    const answer = await answerViaHelper(bundle, event, text, env);
    if (answer) return emit(answer);
  }
  return emit(await answerEvent(event, text, env));
}

export {
  EVENTS,
  privateDir,
  failClosed,
  readStdin,
  emit,
  parseHookInput,
  answerEvent,
  runHook
};
