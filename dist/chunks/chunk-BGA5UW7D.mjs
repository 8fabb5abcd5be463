import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  stateHome,
  statePaths
} from "./chunk-JYZVYPDW.mjs";

// src/hooks/decision-log.ts
import { appendFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
var MAX_FIELD = 4e3;
var clip = (text) => text.length > MAX_FIELD ? `${text.slice(0, MAX_FIELD)}\u2026` : text;
function decisionsFile(env = process.env) {
  return statePaths(stateHome(env)).decisions;
}
function logDecision(entry, env = process.env) {
  try {
    const file = decisionsFile(env);
    mkdirSync(dirname(file), { recursive: true, mode: 448 });
    const line = JSON.stringify({ ...entry, command: clip(entry.command), reason: clip(entry.reason) });
    appendFileSync(file, `${line}
`, { mode: 384 });
    return void 0;
  } catch (error) {
    return `execguard: could not record the decision (${error.message})
`;
  }
}

export {
  decisionsFile,
  logDecision
};
