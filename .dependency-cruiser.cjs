// The architecture as a check (docs/development.md, ARCHITECTURE.md "Layout"): the core folders
// import nothing from the adapters, nothing imports in a circle, and shipped code does not
// reach into tests or dev-only packages. `npm run check:layers` runs it.

// Core: pure logic. The approval text (scope parser, answers) is core; the grant store and its
// signing keys do file I/O and live in src/state (grant-store.ts, grant-keys.ts).
const CORE = '^src/(shell|guard|approval|status|registry)/';
const ADAPTERS = '^src/(exec|hooks|agent|cli|state)/';
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
      name: 'src-not-to-dev-dependency',
      comment: 'dist/ bundles everything src/ imports: a devDependency there would be missing for users, or ship a tool.',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
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
    exclude: { path: '^(dist|lib|plugin|node_modules|coverage|bench/results)/' },
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
