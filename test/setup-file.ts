// Runs before each test file (both projects): the file gets its own execguard state folder inside
// the run's (test/global-setup.ts), so files running side by side never see each other's grants,
// journals, locks or warm helpers. A test that needs another folder still sets EXECGUARD_HOME.
// The temporary folders the file makes (test/helpers/tmp.ts) are removed when it ends.
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { removeTempDirs } from './helpers/tmp.js';

const root = process.env.EXECGUARD_TEST_HOME_ROOT;
if (root) process.env.EXECGUARD_HOME = mkdtempSync(join(root, 'file-'));

afterAll(removeTempDirs);
