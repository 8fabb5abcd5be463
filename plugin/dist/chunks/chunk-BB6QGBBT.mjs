import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);

// src/hooks/subagent-prompt.ts
import { closeSync, openSync, readSync } from "node:fs";
import { basename, dirname, join } from "node:path";
var HEAD_BYTES = 256 * 1024;
function promptHash(prompt) {
  const { createHash } = process.getBuiltinModule("node:crypto");
  return `sha256:${createHash("sha256").update(prompt.trim()).digest("hex")}`;
}
function head(path) {
  try {
    const fd = openSync(path, "r");
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const n = readSync(fd, buffer, 0, HEAD_BYTES, 0);
      return buffer.subarray(0, n).toString("utf8");
    } finally {
      closeSync(fd);
    }
  } catch {
    return void 0;
  }
}
function launchPromptHash(where) {
  if (!where.agentId) return void 0;
  const paths = [
    where.agentTranscriptPath,
    where.transcriptPath ? join(dirname(where.transcriptPath), basename(where.transcriptPath, ".jsonl"), "subagents", `agent-${where.agentId}.jsonl`) : void 0
  ].filter((p) => typeof p === "string" && p !== "");
  for (const path of paths) {
    const text = head(path);
    if (!text) continue;
    for (const line of text.split("\n")) {
      let entry;
      try {
        entry = JSON.parse(line);
      } catch {
        continue;
      }
      if (entry?.type !== "user") continue;
      const content = entry.message?.content;
      if (typeof content === "string") return promptHash(content);
      if (Array.isArray(content)) {
        const texts = content.filter((b) => b?.type === "text" && typeof b.text === "string").map((b) => b.text);
        if (texts.length) return promptHash(texts.join("\n"));
      }
      return void 0;
    }
  }
  return void 0;
}

export {
  promptHash,
  launchPromptHash
};
