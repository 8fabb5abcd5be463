import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);

// src/exec/run/duration.ts
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 };
function durationMs(text, units) {
  const m = /^(\d+)([a-z]+)$/.exec(text.trim());
  if (!m || !units.includes(m[2])) return void 0;
  return Number(m[1]) * UNIT_MS[m[2]];
}

export {
  durationMs
};
