// The e2e project: build the plugin once per run (never per file) into a temporary plugin folder,
// and hand it to the tests: `inject('builtPlugin')` (test/helpers/built-plugin.ts) and the
// environment variables the process-level helpers read, EXECGUARD_TEST_PLUGIN_ROOT (the folder)
// and EXECGUARD_TEST_DIST (its dist/). Set either one yourself to test an existing build (a dist/
// inside a plugin layout) instead.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildPluginFolder, pluginAround } from './helpers/plugin-folder.js';

export default function setup(project: TestProject) {
  const given =
    process.env.EXECGUARD_TEST_DIST || (process.env.EXECGUARD_TEST_PLUGIN_ROOT && join(process.env.EXECGUARD_TEST_PLUGIN_ROOT, 'dist'));
  if (given) {
    const plugin = pluginAround(given);
    process.env.EXECGUARD_TEST_DIST = given;
    process.env.EXECGUARD_TEST_PLUGIN_ROOT ||= plugin.root;
    project.provide('builtPlugin', plugin);
    return;
  }
  const root = mkdtempSync(join(tmpdir(), 'execguard-built-'));
  const plugin = buildPluginFolder(root);
  process.env.EXECGUARD_TEST_DIST = join(root, 'dist');
  process.env.EXECGUARD_TEST_PLUGIN_ROOT = root;
  project.provide('builtPlugin', plugin);
  return () => {
    delete process.env.EXECGUARD_TEST_DIST;
    delete process.env.EXECGUARD_TEST_PLUGIN_ROOT;
    rmSync(root, { recursive: true, force: true });
  };
}
