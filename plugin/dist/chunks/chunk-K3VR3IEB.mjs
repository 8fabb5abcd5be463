import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  DEFAULT_POLICY
} from "./chunk-4YJ4M3UI.mjs";

// src/state/policy-file.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
var POLICY_FILE = ".execguard.yaml";
function findPolicyFile(cwd) {
  let dir = resolve(cwd);
  for (let i = 0; i < 256; i++) {
    const candidate = join(dir, POLICY_FILE);
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(dir, ".git"))) return void 0;
    const parent = dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
  return void 0;
}
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
async function loadPolicy(cwdOrFile) {
  const file = isDirectory(cwdOrFile) ? findPolicyFile(cwdOrFile) : cwdOrFile;
  if (!file) return structuredClone(DEFAULT_POLICY);
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = error.code;
    throw new Error(`${file}: cannot read the policy file (${code ?? error.message})`);
  }
  const { parsePolicy } = await import("./policy-parse-VE2M6RCF.mjs");
  return parsePolicy(text, file);
}

export {
  findPolicyFile,
  loadPolicy
};
