// docs/plan-reference.md is generated from the plan schema: it must match a fresh generation, so
// the reference cannot drift from what `execguard plan` accepts (fix: `npm run docs:plans`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { planReference } from '../../src/cli/init/plan-reference.js';

describe('the plan reference', () => {
  it('docs/plan-reference.md matches the schema (run `npm run docs:plans` if this fails)', () => {
    expect(readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'plan-reference.md'), 'utf8')).toBe(planReference());
  });

  it('names every operation section and the keys a plan needs', () => {
    const text = planReference();
    for (const section of ['terraform', 'terragrunt', 'gitops', 'kubectl', 'app']) expect(text).toContain(`## \`${section}:\``);
    expect(text).toMatch(/\| `git\.files` \| list of string \| \*\*required\*\* \|/);
    expect(text).toMatch(/\| `kubectl\.timeout` \| .* \| default `"120s"` \|/);
  });

  it('`execguard plan --reference` prints it wherever execguard is installed (the example plans point there)', async () => {
    const { code, stdout } = await runCli(['plan', '--reference'], { cwd: process.cwd(), env: process.env });
    expect(code).toBe(0);
    expect(stdout).toBe(planReference());
  });
});
