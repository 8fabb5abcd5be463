import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);

// src/guard/store-url.ts
function storeUrlProblem(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    return "expected a postgres://USER@HOST/DB URL";
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") return "expected a postgres://USER@HOST/DB URL";
  if (url.password) return "the URL carries a password: put it in PGPASSWORD or ~/.pgpass, never in the URL";
  if (!url.hostname) return "the URL names no host (postgres://USER@HOST/DB)";
  return void 0;
}

export {
  storeUrlProblem
};
