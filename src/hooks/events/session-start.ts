// Placeholder until the event is implemented: answers as if execguard were not installed.
import type { HookHandler } from '../answer.js';

export const handle: HookHandler = async () => ({ exitCode: 0 });
