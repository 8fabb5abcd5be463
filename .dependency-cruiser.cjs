// The architecture as a check (docs/development.md "Fences", docs/architecture.md): the core folders
// import nothing from the adapters, the adapters below the entry points (exec, state, store) import
// nothing from the entry points (cli, hooks, agent), nothing imports in a circle, and shipped code
// reaches only into the bundled runtime packages. `npm run check:layers` runs it;
// `npm run check:fences-selftest` shows each rule firing on a planted violation.

// Core: pure logic. The approval text (scope parser, answers) is core; the grant store and its
// signing keys do file I/O and live in src/state (grant-store.ts, grant-keys.ts).
const CORE = '^src/(shell|guard|approval|status|registry)/';
const ADAPTERS = '^src/(exec|hooks|agent|cli|state|store)/';
// The entry points: what Claude Code, a shell or an SDK caller starts. Everything else is below them.
const ENTRY_ADAPTERS = '^src/(cli|hooks|agent)/';
const BELOW_ENTRY = '^src/(exec|state|store|shell|guard|approval|status|registry)/';
// The packages src/ may import: scripts/build.mjs bundles them into dist/ and lib/ (the package has
// no runtime dependencies, so they are devDependencies; @anthropic-ai/sdk is also an optional peer).
// Anything else in node_modules is a dev tool and stays in test/, bench/ and scripts/.
const BUNDLED_RUNTIME_PACKAGES = [
  '@anthropic-ai/sdk',
  '@commitlint/config-conventional',
  '@commitlint/lint',
  'execa',
  'gray-matter',
  'postgres',
  'web-tree-sitter',
  'yaml',
  'zod',
];
const BUNDLED = `^node_modules/(${BUNDLED_RUNTIME_PACKAGES.join('|')})/`;
// The core's I/O edges, each one file named for what it reads: the parser's wasm, SKILL.md files,
// the current kube context (read only when the policy asks).
const CORE_IO_EDGES = '^src/(shell/parser|registry/load|guard/kube-context)[.]ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-imports-no-adapter',
      comment:
        'shell, guard, approval, status and registry are the core: they import nothing from exec, hooks, agent, cli or state. Move the shared piece into the core, or pass it in as data or a function.',
      severity: 'error',
      from: { path: CORE },
      to: { path: ADAPTERS },
    },
    {
      name: 'adapters-import-no-entry-point',
      comment:
        'exec, state, store and the core sit below the entry points: they import nothing from cli, hooks or agent. Move the shared piece down (an error type, a reader) and let the entry point import it.',
      severity: 'error',
      from: { path: BELOW_ENTRY },
      to: { path: ENTRY_ADAPTERS },
    },
    {
      name: 'core-does-no-io',
      comment:
        'The core does no I/O: it takes text and data and returns decisions. Reading files, sockets or processes belongs in an adapter (or in one of the named I/O edges), passed in as a function.',
      severity: 'error',
      from: { path: CORE, pathNot: CORE_IO_EDGES },
      to: { dependencyTypes: ['core'], path: '^(node:)?(fs|fs/promises|child_process|net|http|https|dgram|worker_threads|cluster)$' },
    },
    {
      name: 'no-circular',
      comment:
        'Import cycles make load order matter and hide which module is the lower layer. A cycle closed only by `import type` is erased at compile time and allowed.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'hooks-never-reach-the-store',
      comment:
        'The hooks answer before every tool call and must answer when the database is down: nothing they import, however indirectly, may reach the team store or its driver. Their decisions go to the store later (src/store/decisions.ts).',
      severity: 'error',
      from: { path: '^src/hooks/' },
      to: { path: '^(src/store/|node_modules/postgres/)', reachable: true },
    },
    {
      name: 'src-not-to-test',
      comment: 'Shipped code never imports test helpers.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^test/' },
    },
    {
      name: 'src-only-bundled-packages',
      comment:
        'dist/ and lib/ bundle everything src/ imports: a package outside BUNDLED_RUNTIME_PACKAGES would ship a dev tool. Add it to the list only if it is meant to run for users.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^node_modules/', pathNot: BUNDLED },
    },
    {
      name: 'no-undeclared-package',
      comment:
        'A package that is not in package.json resolves by accident (a hoisted transitive dependency) and breaks on a fresh install.',
      severity: 'error',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'], dependencyTypesNot: ['npm', 'npm-dev', 'npm-peer', 'npm-optional'] },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that does not resolve fails at run time.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|lib|plugin|coverage|bench/results)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.mjs', '.js', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
