import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);

// src/hooks/events/session-start.ts
var handle = async () => ({ exitCode: 0 });
export {
  handle
};
