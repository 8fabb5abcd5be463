import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  FORMAT_TEMPLATE,
  checkStatus,
  formatStatusError
} from "./chunk-FP4XGDEA.mjs";
import {
  recordPendingRequest
} from "./chunk-WGEBBMG6.mjs";
import {
  stateHome,
  statePaths
} from "./chunk-VL7M2WAP.mjs";

// src/hooks/events/stop.ts
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
var MAX_CONSECUTIVE_BLOCKS = 3;
var MAX_LISTED_PROBLEMS = 15;
var TRANSCRIPT_TAIL_BYTES = 16 * 1024 * 1024;
var EXAMPLE = [
  "<!-- AGENT_STATUS -->",
  "PLAN_STATUS: COMPLETE",
  "CURRENT_PHASE: Execute",
  "PENDING_STEPS: []",
  "NEXT_ACTION: Task complete - execution successful",
  "AGENT_ID: a12345",
  "<!-- /AGENT_STATUS -->"
].join("\n");
var HookInputError = class extends Error {
};
function optionalString(input, field) {
  const value = input[field];
  if (value === void 0 || value === null) return void 0;
  if (typeof value !== "string")
    throw new HookInputError(`malformed hook input: '${field}' must be a string, got ${Array.isArray(value) ? "an array" : typeof value}`);
  return value;
}
function textBlocks(entry) {
  const content = entry.message?.content;
  if (typeof content === "string") return [content];
  if (!Array.isArray(content)) return [];
  return content.filter((b) => b?.type === "text" && typeof b.text === "string").map((b) => b.text);
}
function lastAssistantText(transcriptPath) {
  let text;
  try {
    const fd = openSync(transcriptPath, "r");
    try {
      const size = fstatSync(fd).size;
      const length = Math.min(size, TRANSCRIPT_TAIL_BYTES);
      const buffer = Buffer.alloc(length);
      readSync(fd, buffer, 0, length, size - length);
      text = buffer.toString("utf8");
    } finally {
      closeSync(fd);
    }
  } catch {
    return void 0;
  }
  const lines = text.split("\n");
  const parts = [];
  let messageId;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!lines[i].trim()) continue;
    let entry;
    try {
      entry = JSON.parse(lines[i]);
    } catch {
      continue;
    }
    const isAssistant = entry?.type === "assistant";
    const id = typeof entry?.message?.id === "string" ? entry.message.id : void 0;
    if (parts.length === 0) {
      const texts = isAssistant ? textBlocks(entry) : [];
      if (texts.length === 0) continue;
      parts.unshift(texts.join("\n"));
      messageId = id;
      if (id === void 0) break;
      continue;
    }
    if (isAssistant && id === messageId) {
      const texts = textBlocks(entry);
      if (texts.length) parts.unshift(texts.join("\n"));
      continue;
    }
    if (isAssistant || entry?.type === "user") break;
  }
  return parts.length ? parts.join("\n") : void 0;
}
var safeName = (id) => id.replace(/[^A-Za-z0-9_-]+/g, "_").slice(0, 120) || "unknown";
function counterFile(env, sessionId, agentId) {
  const name = agentId ? `${safeName(sessionId)}--${safeName(agentId)}` : safeName(sessionId);
  return join(statePaths(stateHome(env)).home, "stops", `${name}.json`);
}
function readCount(file) {
  try {
    const value = JSON.parse(readFileSync(file, "utf8"));
    return typeof value.consecutiveBlocks === "number" && value.consecutiveBlocks >= 0 ? value.consecutiveBlocks : 0;
  } catch {
    return 0;
  }
}
function writeCount(file, record) {
  mkdirSync(join(file, ".."), { recursive: true });
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temp, `${JSON.stringify(record)}
`);
  renameSync(temp, file);
}
function clearCount(file) {
  rmSync(file, { force: true });
}
function blockReason(who, problems, attempt, required) {
  return [
    `execguard: ${who} ${required ? "must end its final message with a valid AGENT_STATUS block" : "wrote an AGENT_STATUS block that is not valid"} (block ${attempt} of ${MAX_CONSECUTIVE_BLOCKS} before execguard gives up).`,
    "Fix these problems (line numbers count from the first line of the final message):",
    ...problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => `- ${p}`),
    ...problems.length > MAX_LISTED_PROBLEMS ? [`- \u2026 and ${problems.length - MAX_LISTED_PROBLEMS} more; fix these first`] : [],
    "",
    "Reply again and end with exactly this shape; nothing but white space may follow the closing line:",
    FORMAT_TEMPLATE,
    "",
    "Example:",
    EXAMPLE
  ].join("\n");
}
async function checkStop(input, env, options) {
  const active = input.stop_hook_active;
  if (active !== void 0 && typeof active !== "boolean") {
    throw new HookInputError(`malformed hook input: 'stop_hook_active' must be true or false, got ${JSON.stringify(active)}`);
  }
  const sessionId = optionalString(input, "session_id") ?? "unknown-session";
  const agentId = optionalString(input, "agent_id");
  let message = optionalString(input, "last_assistant_message");
  let source = "last_assistant_message";
  if (message === void 0) {
    const transcript = optionalString(input, options.transcriptField);
    message = transcript ? lastAssistantText(transcript) : void 0;
    source = transcript ? `the transcript ${transcript}` : "nowhere";
  }
  let problems;
  if (message === void 0) {
    if (!options.required)
      return { stderr: `execguard: no final message to check (no last_assistant_message, nothing read from ${source})
`, exitCode: 0 };
    problems = [
      `could not read the final message (no last_assistant_message in the hook input and no assistant text in ${source}); end your reply with an AGENT_STATUS block`
    ];
  } else {
    const check = checkStatus(message, { required: options.required });
    if (check.valid) {
      clearCount(counterFile(env, sessionId, agentId));
      const note = recordPendingRequest({
        env,
        sessionId: optionalString(input, "session_id") ?? "",
        ...agentId ? { agentId } : {},
        source: options.required ? "subagent-stop" : "stop",
        message,
        transcriptPath: optionalString(input, options.transcriptField)
      });
      return note ? { stderr: note, exitCode: 0 } : { exitCode: 0 };
    }
    problems = check.errors.map((e) => formatStatusError(e));
  }
  const file = counterFile(env, sessionId, agentId);
  const previous = active === true ? readCount(file) : 0;
  if (previous >= MAX_CONSECUTIVE_BLOCKS) {
    clearCount(file);
    return {
      json: {
        systemMessage: `execguard gave up checking the AGENT_STATUS block of ${options.who} after ${MAX_CONSECUTIVE_BLOCKS} consecutive blocks and let it stop. Remaining problems: ${problems.join("; ")}`
      },
      exitCode: 0
    };
  }
  const attempt = previous + 1;
  let stderr;
  try {
    writeCount(file, { sessionId, agentId: agentId ?? null, consecutiveBlocks: attempt, problems, updatedAt: (/* @__PURE__ */ new Date()).toISOString() });
  } catch (error) {
    stderr = `execguard: cannot record the stop count in ${file}: ${error.message}
`;
  }
  return { json: { decision: "block", reason: blockReason(options.who, problems, attempt, options.required) }, stderr, exitCode: 0 };
}
var handle = (input, env) => checkStop(input, env, { required: false, transcriptField: "transcript_path", who: "the agent" });

export {
  MAX_CONSECUTIVE_BLOCKS,
  lastAssistantText,
  checkStop,
  handle
};
