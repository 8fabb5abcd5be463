import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);

// src/hooks/answer.ts
var EVENTS = ["pre-tool-use", "user-prompt-submit", "subagent-stop", "stop", "session-start"];

// src/hooks/run.ts
var STDIN_TIMEOUT_MS = 5e3;
var STDIN_MAX_BYTES = 8 * 1024 * 1024;
var HANDLERS = {
  "pre-tool-use": () => import("./chunks/pre-tool-use-5LONSHJO.mjs"),
  "user-prompt-submit": () => import("./chunks/user-prompt-submit-CHJDTYB4.mjs"),
  "subagent-stop": () => import("./chunks/subagent-stop-MXG7OSGL.mjs"),
  stop: () => import("./chunks/stop-SRY7FUYX.mjs"),
  "session-start": () => import("./chunks/session-start-KSWXY35G.mjs")
};
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
async function answerEvent(event, stdinText, env) {
  if (!EVENTS.includes(event)) {
    return { stderr: `execguard hook: unknown event '${event}' (expected one of ${EVENTS.join(", ")})
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
function emit(answer) {
  if (answer.stderr) process.stderr.write(answer.stderr);
  if (answer.json) process.stdout.write(`${JSON.stringify(answer.json)}
`);
  return answer.exitCode;
}
async function runHook(event, env) {
  let text;
  try {
    text = await readStdin();
  } catch (error) {
    return emit(failClosed(event, error.message));
  }
  return emit(await answerEvent(event, text, env));
}

// src/hooks/main.ts
runHook(process.argv[2] ?? "", process.env).then((code) => process.exit(code));
