// The commands that run plans. The build bundles this file alone into dist/executor.mjs, without
// chunks: a run's first command then starts about 20 ms sooner than when the ~35 chunks it needs
// load one by one (bench/execute.mjs). The parts a run needs only later or only for some commands
// (commitlint, web-tree-sitter) stay separate files in dist/executor-vendor/, loaded when first used.
export { run as execute } from './commands/execute.js';
export { run as plan } from './commands/plan.js';
export { run as resume } from './commands/resume.js';
export { run as rollback } from './commands/rollback.js';
