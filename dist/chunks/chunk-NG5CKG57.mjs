import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);

// src/store/config.ts
function storeUrl(env) {
  const url = env.EXECGUARD_STORE?.trim();
  return url ? url : void 0;
}
var NO_STORE = "needs the team store: set EXECGUARD_STORE=postgres://USER@HOST/DB (password in PGPASSWORD or ~/.pgpass); see docs/team.md";

export {
  storeUrl,
  NO_STORE
};
