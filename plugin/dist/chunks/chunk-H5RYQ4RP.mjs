import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);

// src/shell/aliases.ts
var BUILTIN_ALIASES = { tf: "terraform", k: "kubectl" };

export {
  BUILTIN_ALIASES
};
