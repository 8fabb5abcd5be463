"use strict";

// src/hooks/fast.ts
var import_node_path4 = require("node:path");
var import_node_url = require("node:url");

// src/hooks/helper/client.ts
var import_node_fs2 = require("node:fs");
var import_node_net = require("node:net");
var import_node_path3 = require("node:path");

// src/hooks/helper/address.ts
var import_node_fs = require("node:fs");
var import_node_os2 = require("node:os");
var import_node_path2 = require("node:path");

// src/state/home.ts
var import_node_os = require("node:os");
var import_node_path = require("node:path");
function stateHome(env = process.env) {
  if (env.EXECGUARD_HOME) return env.EXECGUARD_HOME;
  if (env.CLAUDE_PLUGIN_DATA) return env.CLAUDE_PLUGIN_DATA;
  return (0, import_node_path.join)((0, import_node_os.homedir)(), ".local", "state", "execguard");
}

// src/hooks/helper/address.ts
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
    const s = (0, import_node_fs.lstatSync)(dir);
    return s.isDirectory() && (s.mode & 63) === 0 && (typeof process.getuid !== "function" || s.uid === process.getuid());
  } catch {
    return false;
  }
}
function helperDir(env) {
  const dir = (0, import_node_path2.join)(stateHome(env), "hookd");
  if (dir.length <= 80) return dir;
  const uid = typeof process.getuid === "function" ? process.getuid() : 0;
  return (0, import_node_path2.join)((0, import_node_os2.tmpdir)(), `execguard-hookd-${uid}-${fnv(dir)}`);
}
function socketPath(bundle, env) {
  const s = (0, import_node_fs.statSync)(bundle);
  const key = [bundle, s.size, s.mtimeMs, ...KEY_ENV.map((k) => `${k}=${env[k] ?? ""}`)].join("\n");
  return (0, import_node_path2.join)(helperDir(env), `${fnv(key)}.sock`);
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
    const conn = (0, import_node_net.connect)(socket);
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
    if (Date.now() - (0, import_node_fs2.statSync)(mark).mtimeMs < SPAWN_MARK_STALE_MS) return;
    (0, import_node_fs2.unlinkSync)(mark);
  } catch {
  }
  try {
    (0, import_node_fs2.closeSync)((0, import_node_fs2.openSync)(mark, "wx", 384));
  } catch {
    return;
  }
  const { spawn } = process.getBuiltinModule("node:child_process");
  const child = spawn(process.execPath, [bundle, "--helper", socket], { detached: true, stdio: "ignore", env, cwd: (0, import_node_path3.dirname)(socket) });
  child.on("error", () => void 0);
  child.unref();
}
async function answerViaHelper(bundle, event2, stdin, env) {
  if (helperDisabled(env)) return void 0;
  let socket;
  try {
    socket = socketPath(bundle, env);
    (0, import_node_fs2.mkdirSync)((0, import_node_path3.dirname)(socket), { recursive: true, mode: 448 });
    if (!privateDir((0, import_node_path3.dirname)(socket))) return void 0;
  } catch {
    return void 0;
  }
  const answer = await askHelper(socket, { event: event2, stdin, env });
  if (!answer) startHelper(bundle, socket, env);
  return answer;
}

// src/hooks/answer.ts
var EVENTS = ["pre-tool-use", "user-prompt-submit", "subagent-stop", "stop", "session-start"];

// src/hooks/stdio.ts
var STDIN_TIMEOUT_MS = 5e3;
var STDIN_MAX_BYTES = 8 * 1024 * 1024;
function failClosed(event2, reason) {
  const text = `execguard: ${reason}`;
  switch (event2) {
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
function helperWorthy(event2, text) {
  if (!EVENTS.includes(event2)) return false;
  try {
    const input = JSON.parse(text);
    return typeof input === "object" && input !== null && typeof input.cwd === "string" && input.cwd !== "";
  } catch {
    return false;
  }
}

// src/hooks/fast.ts
async function main(event2) {
  let text;
  try {
    text = await readStdin();
  } catch (error) {
    return emit(failClosed(event2, error.message));
  }
  if (helperWorthy(event2, text)) {
    const answer = await answerViaHelper((0, import_node_path4.join)(__dirname, "hook.mjs"), event2, text, process.env);
    if (answer) return emit(answer);
  }
  try {
    const core = await import((0, import_node_url.pathToFileURL)((0, import_node_path4.join)(__dirname, "hook-core.mjs")).href);
    return emit(await core.answerEvent(event2, text, process.env));
  } catch (error) {
    return emit(failClosed(event2, `could not load the hook: ${error.message}`));
  }
}
var event = process.argv[2] ?? "";
main(event).then(
  (code) => process.exit(code),
  (error) => process.exit(emit(failClosed(event, String(error))))
);
