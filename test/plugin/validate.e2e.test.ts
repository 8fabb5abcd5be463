// The real Claude Code CLI validates the plugin as a user's `claude plugin validate --strict`
// would: manifest, marketplace, hooks/hooks.json and every SKILL.md frontmatter. Offline, no key.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedPluginCopy } from '../helpers/built-plugin.js';
import { tempDir } from '../helpers/tmp.js';

const repoRoot = join(import.meta.dirname, '..', '..');
const claude = join(repoRoot, 'node_modules', '.bin', 'claude');

function validate(dir: string) {
  const home = tempDir('execguard-claude-home-');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    CLAUDE_CONFIG_DIR: join(home, '.claude'),
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
    DISABLE_AUTOUPDATER: '1',
  };
  delete env.ANTHROPIC_API_KEY;
  delete env.CLAUDE_PLUGIN_ROOT;
  const result = spawnSync(claude, ['plugin', 'validate', '--strict', dir], { env, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('claude plugin validate --strict', () => {
  it('passes on the repository root (plugin.json, marketplace.json, hooks.json, the four skills)', () => {
    const result = validate(repoRoot);
    expect(result.output).toContain('Validation passed');
    expect(result.code, result.output).toBe(0);
    for (const skill of ['agent-protocol', 'execution', 'git-conventions', 'security-tiers']) {
      expect(result.output).toContain(`skills: execguard:${skill}`);
    }
  });

  it('passes on the built plugin/ folder that a marketplace install copies', () => {
    const result = validate(installedPluginCopy(join(tempDir('execguard-plugin-built-'), 'plugin')));
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('skills: execguard:execution');
    // The installed folder's README is a real one: it installs the plugin and says what it does.
    expect(result.output).not.toMatch(/README\.md: This README/);
    expect(result.output).not.toContain('README_TRIVIAL');
  });

  it('fails on a copy whose skill has broken YAML (the check is real)', () => {
    const copy = tempDir('execguard-plugin-copy-');
    cpSync(join(repoRoot, '.claude-plugin'), join(copy, '.claude-plugin'), { recursive: true });
    mkdirSync(join(copy, 'skills', 'broken'), { recursive: true });
    writeFileSync(join(copy, 'skills', 'broken', 'SKILL.md'), '---\nname: broken\ndescription: "unterminated\n---\nBody\n');
    const result = validate(copy);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/YAML frontmatter failed to parse/);
  });
});
