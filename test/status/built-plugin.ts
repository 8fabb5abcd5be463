// Moved to test/helpers/built-plugin.ts (shared by every folder's tests); kept for the imports
// that still name this path.
export { runNode, useBuiltPlugin } from '../helpers/built-plugin.js';
