// Shows that every fence fires: plants one violation per dependency-cruiser rule, and an export only
// a test uses, in a throwaway tree laid out like the repository, then runs the repository's own
// .dependency-cruiser.cjs and knip.jsonc on it. Fails when a rule stays silent on its violation, or
// fires on the allowed imports planted next to them. `npm run check:fences-selftest` (part of
// `npm run check`).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { root } from './bundle.mjs';

const bin = (name) => join(root, 'node_modules', '.bin', name);

/** Files of the planted tree: path -> text. */
const PLANTED = {
  'package.json': JSON.stringify({
    name: 'fences-selftest',
    private: true,
    type: 'module',
    devDependencies: { yaml: '1.0.0', vitest: '1.0.0' },
  }),
  'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true } }),
  // A bundled runtime package and a dev-only tool, and a package installed but not declared.
  'node_modules/yaml/package.json': JSON.stringify({ name: 'yaml', version: '1.0.0', main: 'index.js' }),
  'node_modules/yaml/index.js': 'export const parse = (t) => t;\n',
  'node_modules/vitest/package.json': JSON.stringify({ name: 'vitest', version: '1.0.0', main: 'index.js' }),
  'node_modules/vitest/index.js': 'export const it = () => {};\n',
  'node_modules/hoisted/package.json': JSON.stringify({ name: 'hoisted', version: '1.0.0', main: 'index.js' }),
  'node_modules/hoisted/index.js': 'export const x = 1;\n',
  // Allowed: an entry point over exec, exec over state and a bundled package, core over core.
  'src/cli/io.ts': "import { run } from '../exec/run.js';\nexport class UsageError extends Error {}\nexport const go = run;\n",
  'src/exec/run.ts': "import { parse } from 'yaml';\nimport { home } from '../state/home.js';\nexport const run = () => parse(home);\n",
  'src/state/home.ts': "export const home = '/tmp';\n",
  'src/guard/decide.ts': "import { words } from '../shell/words.js';\nexport const decide = () => words;\n",
  'src/shell/words.ts': 'export const words = 1;\n',
  // One violation per rule.
  'src/exec/resume.ts': "import { UsageError } from '../cli/io.js';\nexport const fail = () => new UsageError('x');\n",
  'src/approval/reader.ts': "import { home } from '../state/home.js';\nexport const where = home;\n",
  'src/approval/disk.ts': "import { readFileSync } from 'node:fs';\nexport const read = () => readFileSync('/x');\n",
  'src/state/a.ts': "import { b } from './b.js';\nexport const a = () => b;\n",
  'src/state/b.ts': "import { a } from './a.js';\nexport const b = () => a;\n",
  'src/state/helper-from-tests.ts': "import { fixture } from '../../test/fixture.js';\nexport const f = fixture;\n",
  'src/state/tool.ts': "import { it } from 'vitest';\nexport const t = it;\n",
  'src/state/missing.ts': "import { gone } from './gone.js';\nexport const g = gone;\n",
  'test/fixture.ts': 'export const fixture = 1;\n',
  'test/undeclared.ts': "import { x } from 'hoisted';\nexport const y = x;\n",
};

/** Each rule and the import that must trip it (from -> to, as dependency-cruiser names them). */
const EXPECTED = [
  ['adapters-import-no-entry-point', 'src/exec/resume.ts', 'src/cli/io.ts'],
  ['core-imports-no-adapter', 'src/approval/reader.ts', 'src/state/home.ts'],
  ['core-does-no-io', 'src/approval/disk.ts', 'fs'],
  ['no-circular', 'src/state/a.ts', 'src/state/b.ts'],
  ['src-not-to-test', 'src/state/helper-from-tests.ts', 'test/fixture.ts'],
  ['src-only-bundled-packages', 'src/state/tool.ts', 'node_modules/vitest/index.js'],
  ['no-undeclared-package', 'test/undeclared.ts', 'node_modules/hoisted/index.js'],
  ['not-to-unresolvable', 'src/state/missing.ts', './gone.js'],
];

/** The knip fixture: an export that only a test imports is dead in production. */
const KNIP_PLANTED = {
  'package.json': JSON.stringify({ name: 'fences-selftest-knip', private: true, type: 'module' }),
  'tsconfig.json': PLANTED['tsconfig.json'],
  'src/index.ts': "import { used } from './lib.js';\nexport const main = used;\n",
  'src/lib.ts': 'export const used = 1;\nexport const onlyTested = 2;\n',
  'test/lib.test.ts': "import { onlyTested } from '../src/lib.js';\nexport const seen = onlyTested;\n",
};

function plant(files) {
  const dir = mkdtempSync(join(tmpdir(), 'execguard-fences-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Runs a checker that is expected to fail; returns its output. */
function run(cmd, args, cwd) {
  try {
    const out = execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: 'pipe' });
    return { failed: false, out };
  } catch (error) {
    return { failed: true, out: `${error.stdout ?? ''}${error.stderr ?? ''}` };
  }
}

const problems = [];

function checkDependencyRules() {
  const dir = plant(PLANTED);
  try {
    // The json reporter exits 0 whatever it finds: the violations it lists are the verdict.
    const { out } = run(bin('depcruise'), ['src', 'test', '--config', join(root, '.dependency-cruiser.cjs'), '--output-type', 'json'], dir);
    const start = out.indexOf('{');
    const violations = JSON.parse(out.slice(start)).summary.violations;
    const seen = violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
    for (const [rule, from, to] of EXPECTED) {
      if (!violations.some((v) => v.rule.name === rule && v.from === from && v.to === to))
        problems.push(`${rule} did not fire on ${from} -> ${to}`);
    }
    const expected = new Set(EXPECTED.map(([rule, from]) => `${rule}:${from}`));
    // A cycle is reported once per module in it.
    for (const [i, v] of violations.entries())
      if (!expected.has(`${v.rule.name}:${v.from}`) && !(v.rule.name === 'no-circular' && v.from === 'src/state/b.ts'))
        problems.push(`unexpected violation on an allowed import: ${seen[i]}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function checkDeadExports() {
  const dir = plant(KNIP_PLANTED);
  try {
    copyFileSync(join(root, 'knip.jsonc'), join(dir, 'knip.jsonc'));
    const production = run(bin('knip'), ['--production', '--include', 'exports', '--no-progress'], dir);
    if (!production.failed || !/onlyTested/.test(production.out))
      problems.push(`knip --production did not report an export only a test uses:\n${production.out}`);
    if (/\bused\b/.test(production.out.replace(/onlyTested/g, '')))
      problems.push(`knip --production reported an export production code uses:\n${production.out}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

checkDependencyRules();
checkDeadExports();
if (problems.length) {
  console.error(`fences self-test failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`fences self-test: ${EXPECTED.length} dependency rules and knip --production each fire on a planted violation`);
