import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);

// src/cli/commands/check.ts
async function run(_argv, io) {
  io.stderr("execguard check: not implemented yet\n");
  return 1;
}
export {
  run
};
