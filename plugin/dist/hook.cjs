"use strict";

// src/hooks/hook-cjs-entry.ts
var import_node_path6 = require("node:path");
var import_node_url = require("node:url");

// src/hooks/decision-log.ts
var import_node_fs4 = require("node:fs");
var import_node_path2 = require("node:path");

// src/state/append-line.ts
var import_node_fs = require("node:fs");
function appendLine(file, line) {
  const fd = (0, import_node_fs.openSync)(file, "a+", 384);
  try {
    const size = (0, import_node_fs.fstatSync)(fd).size;
    const last = Buffer.alloc(1);
    const torn = size > 0 && (0, import_node_fs.readSync)(fd, last, 0, 1, size - 1) === 1 && last[0] !== 10;
    (0, import_node_fs.writeSync)(fd, `${torn ? "\n" : ""}${line}
`);
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}

// src/state/home.ts
var import_node_fs2 = require("node:fs");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
function installedPluginData(env = process.env) {
  const config = env.CLAUDE_CONFIG_DIR || (0, import_node_path.join)(env.HOME || (0, import_node_os.homedir)(), ".claude");
  const data = (0, import_node_path.join)(config, "plugins", "data");
  let names;
  try {
    names = (0, import_node_fs2.readdirSync)(data);
  } catch {
    return [];
  }
  return names.filter((n) => /^execguard-[A-Za-z0-9_-]+$/.test(n) && isDir((0, import_node_path.join)(data, n))).sort((a, b) => Number(a.endsWith("-inline")) - Number(b.endsWith("-inline")) || (a < b ? -1 : a > b ? 1 : 0)).map((n) => (0, import_node_path.join)(data, n));
}
function isDir(path) {
  try {
    return (0, import_node_fs2.statSync)(path).isDirectory();
  } catch {
    return false;
  }
}
function stateHome(env = process.env) {
  if (env.EXECGUARD_HOME) return env.EXECGUARD_HOME;
  if (env.CLAUDE_PLUGIN_DATA) return env.CLAUDE_PLUGIN_DATA;
  const installed = installedPluginData(env)[0];
  if (installed) return installed;
  return (0, import_node_path.join)(env.HOME || (0, import_node_os.homedir)(), ".local", "state", "execguard");
}
var statePaths = (home = stateHome()) => ({
  home,
  grants: (0, import_node_path.join)(home, "grants"),
  runs: (0, import_node_path.join)(home, "runs"),
  locks: (0, import_node_path.join)(home, "locks"),
  /** Every guard denial, one JSON object a line. */
  decisions: (0, import_node_path.join)(home, "decisions.jsonl"),
  /** Key material the hooks keep from the agent (grant signing key, helper secret). Never readable by the agent. */
  keys: (0, import_node_path.join)(home, "keys"),
  /** Private key the hooks sign grant records with (the sandbox denies reading it). */
  grantSigningKey: (0, import_node_path.join)(home, "keys", "grant-signing.key"),
  /** Public key anyone (the executor too) verifies grant records with. */
  grantVerifyKey: (0, import_node_path.join)(home, "keys", "grant-signing.pub"),
  /** Secret the warm helper proves it knows (the sandbox denies reading it). */
  helperSecret: (0, import_node_path.join)(home, "keys", "helper.secret"),
  /** Pending approval requests (a turn that ended PENDING_APPROVAL), per session. */
  pending: (0, import_node_path.join)(home, "pending")
});

// src/state/log-rotate.ts
var import_node_fs3 = require("node:fs");
var DEFAULT_DECISION_LOG_MAX_BYTES = 5 * 1024 * 1024;
var DEFAULT_DECISION_LOG_KEEP = 3;
function rotateBySize(path, maxBytes = DEFAULT_DECISION_LOG_MAX_BYTES, keep = DEFAULT_DECISION_LOG_KEEP) {
  let size;
  try {
    size = (0, import_node_fs3.statSync)(path).size;
  } catch {
    return false;
  }
  if (size <= maxBytes) return false;
  for (let i = keep - 1; i >= 1; i--) {
    try {
      (0, import_node_fs3.renameSync)(`${path}.${i}`, `${path}.${i + 1}`);
    } catch {
    }
  }
  try {
    (0, import_node_fs3.renameSync)(path, `${path}.1`);
  } catch {
    return false;
  }
  return true;
}

// src/hooks/decision-log.ts
var MAX_FIELD = 4e3;
var clip = (text) => text.length > MAX_FIELD ? `${text.slice(0, MAX_FIELD)}\u2026` : text;
function decisionsFile(env = process.env) {
  return statePaths(stateHome(env)).decisions;
}
function logDecision(entry, env = process.env) {
  try {
    const file = decisionsFile(env);
    (0, import_node_fs4.mkdirSync)((0, import_node_path2.dirname)(file), { recursive: true, mode: 448 });
    const line = JSON.stringify({ ...entry, command: clip(entry.command), reason: clip(entry.reason) });
    rotateBySize(file);
    appendLine(file, line);
    return void 0;
  } catch (error) {
    return `execguard: could not record the decision (${error.message})
`;
  }
}
function describeInput(event2, stdinText) {
  try {
    const input = JSON.parse(stdinText);
    const toolInput = input.tool_input ?? {};
    const command = toolInput.command ?? toolInput.file_path ?? toolInput.notebook_path ?? input.prompt ?? "";
    return {
      session: typeof input.session_id === "string" ? input.session_id : "",
      tool: typeof input.tool_name === "string" ? input.tool_name : event2,
      command: typeof command === "string" ? command : JSON.stringify(command),
      ...typeof input.agent_id === "string" && input.agent_id ? { agentId: input.agent_id } : {}
    };
  } catch {
    return { session: "", tool: event2, command: stdinText.slice(0, 200) };
  }
}
function logFallback(event2, stdinText, rule, reason, env = process.env, decision = "fallback") {
  return logDecision({ time: (/* @__PURE__ */ new Date()).toISOString(), ...describeInput(event2, stdinText), decision, rules: [rule], reason }, env);
}

// src/hooks/helper/client.ts
var import_node_fs7 = require("node:fs");
var import_node_net = require("node:net");
var import_node_path5 = require("node:path");

// src/hooks/helper/address.ts
var import_node_fs5 = require("node:fs");
var import_node_os2 = require("node:os");
var import_node_path3 = require("node:path");
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
    const s = (0, import_node_fs5.lstatSync)(dir);
    return s.isDirectory() && (s.mode & 63) === 0 && (typeof process.getuid !== "function" || s.uid === process.getuid());
  } catch {
    return false;
  }
}
function helperDir(env) {
  const dir = (0, import_node_path3.join)(stateHome(env), "hookd");
  if (dir.length <= 80) return dir;
  const uid = typeof process.getuid === "function" ? process.getuid() : 0;
  return (0, import_node_path3.join)((0, import_node_os2.tmpdir)(), `execguard-hookd-${uid}-${fnv(dir)}`);
}
function socketPath(bundle, env) {
  const s = (0, import_node_fs5.statSync)(bundle);
  const key = [bundle, s.size, s.mtimeMs, ...KEY_ENV.map((k) => `${k}=${env[k] ?? ""}`)].join("\n");
  return (0, import_node_path3.join)(helperDir(env), `${fnv(key)}.sock`);
}

// src/hooks/helper/proof.ts
var import_node_crypto = require("node:crypto");
var import_node_fs6 = require("node:fs");
var import_node_path4 = require("node:path");
var SECRET_BYTES = 32;
var LABEL = "execguard-helper-v1";
var ownedByUs = (uid) => typeof process.getuid !== "function" || uid === process.getuid();
function readSecret(file) {
  let fd;
  try {
    fd = (0, import_node_fs6.openSync)(file, import_node_fs6.constants.O_RDONLY | (import_node_fs6.constants.O_NOFOLLOW ?? 0));
  } catch {
    return void 0;
  }
  try {
    const s = (0, import_node_fs6.fstatSync)(fd);
    if (!s.isFile() || (s.mode & 63) !== 0 || !ownedByUs(s.uid) || s.size !== SECRET_BYTES) return void 0;
    const secret = Buffer.alloc(SECRET_BYTES);
    return (0, import_node_fs6.readSync)(fd, secret, 0, SECRET_BYTES, 0) === SECRET_BYTES ? secret : void 0;
  } finally {
    (0, import_node_fs6.closeSync)(fd);
  }
}
function helperSecret(file, create) {
  const dir = (0, import_node_path4.dirname)(file);
  const existing = readSecret(file);
  if (existing && privateDir(dir)) return existing;
  if (existing || !create) return void 0;
  try {
    (0, import_node_fs6.mkdirSync)(dir, { recursive: true, mode: 448 });
  } catch {
    return void 0;
  }
  if (!privateDir(dir)) return void 0;
  const temp = `${file}.${process.pid}.${(0, import_node_crypto.randomBytes)(6).toString("hex")}.tmp`;
  try {
    (0, import_node_fs6.writeFileSync)(temp, (0, import_node_crypto.randomBytes)(SECRET_BYTES), { mode: 384, flag: "wx" });
    try {
      (0, import_node_fs6.linkSync)(temp, file);
    } catch {
    }
  } catch {
    return void 0;
  } finally {
    try {
      (0, import_node_fs6.unlinkSync)(temp);
    } catch {
    }
  }
  return readSecret(file);
}
var newNonce = () => (0, import_node_crypto.randomBytes)(32).toString("hex");
var sha256 = (data) => (0, import_node_crypto.createHash)("sha256").update(data).digest("hex");
function answerMac(secret, nonce, request, answerText) {
  return (0, import_node_crypto.createHmac)("sha256", secret).update(`${LABEL}
${nonce}
${sha256(request)}
`).update(answerText).digest("hex");
}
function verifyAnswer(secret, nonce, request, answerText, mac) {
  if (typeof mac !== "string" || !/^[0-9a-f]{64}$/.test(mac)) return false;
  return (0, import_node_crypto.timingSafeEqual)(Buffer.from(answerMac(secret, nonce, request, answerText), "hex"), Buffer.from(mac, "hex"));
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
    const conn = (0, import_node_net.connect)(socket);
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
    if (Date.now() - (0, import_node_fs7.statSync)(mark).mtimeMs < SPAWN_MARK_STALE_MS) return;
    (0, import_node_fs7.unlinkSync)(mark);
  } catch {
  }
  try {
    (0, import_node_fs7.closeSync)((0, import_node_fs7.openSync)(mark, "wx", 384));
  } catch {
    return;
  }
  const { spawn } = process.getBuiltinModule("node:child_process");
  const child = spawn(process.execPath, [bundle, "--helper", socket], { detached: true, stdio: "ignore", env, cwd: (0, import_node_path5.dirname)(socket) });
  child.on("error", () => void 0);
  child.unref();
}
function ownSocket(socket) {
  try {
    const s = (0, import_node_fs7.lstatSync)(socket);
    return s.isSocket() && (typeof process.getuid !== "function" || s.uid === process.getuid());
  } catch {
    return void 0;
  }
}
async function answerViaHelper(bundle, event2, stdin, env) {
  if (helperDisabled(env)) return miss("helper-off", `EXECGUARD_HOOK_HELPER=${env.EXECGUARD_HOOK_HELPER}`, false);
  let socket;
  try {
    socket = socketPath(bundle, env);
    (0, import_node_fs7.mkdirSync)((0, import_node_path5.dirname)(socket), { recursive: true, mode: 448 });
  } catch (error) {
    return miss("helper-untrusted-folder", `no helper folder (${error.message})`, true);
  }
  if (!privateDir((0, import_node_path5.dirname)(socket)))
    return miss("helper-untrusted-folder", `the helper folder ${(0, import_node_path5.dirname)(socket)} is not private to this user`, true);
  const secret = helperSecret(statePaths(stateHome(env)).helperSecret, true);
  if (!secret) return miss("helper-no-secret", "the helper secret is missing and cannot be created privately", true);
  const owned = ownSocket(socket);
  if (owned === false) {
    removeSocket(socket);
    startHelper(bundle, socket, env);
    return miss("helper-unverified", "the helper socket is not a socket of this user: removed", true);
  }
  const result = owned === void 0 ? miss("helper-absent", "no helper is listening", false) : await askHelper(socket, secret, { event: event2, stdin, env });
  if ("miss" in result) {
    if (result.miss.rule === "helper-unverified") removeSocket(socket);
    if (result.miss.rule !== "helper-slow" && result.miss.rule !== "helper-no-answer") startHelper(bundle, socket, env);
  }
  return result;
}
function removeSocket(socket) {
  try {
    (0, import_node_fs7.unlinkSync)(socket);
  } catch {
  }
}

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

// src/hooks/stdio.ts
var STDIN_IDLE_MS = 12e4;
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
function failClosedLogged(event2, stdinText, reason, env) {
  const answer = failClosed(event2, reason);
  const blocks = event2 === "pre-tool-use" || event2 === "stop" || event2 === "subagent-stop";
  const logError = logFallback(event2, stdinText, "fail-closed", `execguard: ${reason}`, env, blocks ? "deny" : "fallback");
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
function helperWorthy(event2, text) {
  if (!EVENTS.includes(event2)) return false;
  try {
    const input = JSON.parse(text);
    return typeof input === "object" && input !== null && typeof input.cwd === "string" && input.cwd !== "";
  } catch {
    return false;
  }
}

// src/hooks/hook-cjs-entry.ts
async function main(event2) {
  let text;
  try {
    text = await readStdin();
  } catch (error) {
    return emit(failClosedLogged(event2, "", error.message, process.env));
  }
  let logError;
  if (helperWorthy(event2, text)) {
    const result = await answerViaHelper((0, import_node_path6.join)(__dirname, "hook.mjs"), event2, text, process.env);
    if ("answer" in result) return emit(result.answer);
    if (result.miss.log)
      logError = logFallback(event2, text, result.miss.rule, `execguard: answered in-process: ${result.miss.reason}`, process.env);
  }
  try {
    const core = await import((0, import_node_url.pathToFileURL)((0, import_node_path6.join)(__dirname, "hook-core.mjs")).href);
    const answer = await core.answerEvent(event2, text, process.env);
    return emit(logError ? { ...answer, stderr: `${answer.stderr ?? ""}${logError}` } : answer);
  } catch (error) {
    return emit(failClosedLogged(event2, text, `could not load the hook: ${error.message}`, process.env));
  }
}
var event = process.argv[2] ?? "";
main(event).then(
  (code) => process.exit(code),
  (error) => process.exit(emit(failClosedLogged(event, "", String(error), process.env)))
);
