// Moved to test/helpers/built-plugin.ts (shared by every folder's tests); this path keeps working
// for the tests that import it.
export { type BuiltPlugin, builtPlugin, type RunResult, repoRoot, runNode, useBuiltPlugin } from '../helpers/built-plugin.js';
