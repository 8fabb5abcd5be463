import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicy, PolicyError } from '../../src/guard/policy-parse.js';
import { DEFAULT_POLICY } from '../../src/guard/policy.js';
import { findPolicyFile, loadPolicy } from '../../src/state/policy-file.js';
import { tempDir } from '../helpers/tmp.js';

const F = '.execguard.yaml';

describe('parsePolicy', () => {
  it('reads every key', () => {
    const policy = parsePolicy(
      [
        'mode: strict',
        'productionNames: [live]',
        'localContexts: [kind, rancher-desktop]',
        'protectedBranches: ["hotfix/*"]',
        'commit:',
        '  headerMaxLength: 72',
        '  extraTypes: [deps]',
        '  forbiddenTrailers: ["Co-Authored-By: Claude"]',
        'aliases: { tg: terragrunt }',
        'approvalMinutes: 45',
        'readKubeContext: true',
        'hookAllow: explicit',
      ].join('\n'),
      F,
    );
    expect(policy).toMatchObject({
      mode: 'strict',
      localContexts: ['kind', 'rancher-desktop'],
      commit: { headerMaxLength: 72, extraTypes: ['deps'], forbiddenTrailers: ['Co-Authored-By: Claude'] },
      approvalMinutes: 45,
      readKubeContext: true,
      hookAllow: 'explicit',
      source: F,
    });
    // Safety lists only grow; aliases merge over the built-ins.
    expect(policy.productionNames).toEqual(['prod', 'production', 'prd', 'live']);
    expect(policy.protectedBranches).toContain('main');
    expect(policy.protectedBranches).toContain('hotfix/*');
    expect(policy.aliases).toEqual({ tf: 'terraform', k: 'kubectl', tg: 'terragrunt' });
  });

  it('an empty file gives the defaults', () => {
    expect(parsePolicy('', F)).toEqual({ ...DEFAULT_POLICY, source: F });
    expect(parsePolicy('# only a comment\n', F)).toEqual({ ...DEFAULT_POLICY, source: F });
  });

  const bad: [string, string][] = [
    ['mode: paranoid', '.execguard.yaml:1: mode: expected "default" or "strict", got "paranoid"'],
    ['mode: default\nmodee: strict', '.execguard.yaml:2: modee: unknown key (expected one of'],
    ['productionNames: prod', '.execguard.yaml:1: productionNames: expected a list of strings, got "prod"'],
    ['productionNames:\n  - prod\n  - 42', '.execguard.yaml:3: productionNames[1]: expected a non-empty string, got 42'],
    ['productionNames: [prod-eu]', '.execguard.yaml:1: productionNames[0]: expected a single segment of letters and digits, got "prod-eu"'],
    ['commit:\n  headerMaxLength: 0', '.execguard.yaml:2: commit.headerMaxLength: expected a whole number from 1 to 1000, got 0'],
    ['commit:\n  headerMaxLength: 72\n  maxBody: 3', '.execguard.yaml:3: commit.maxBody: unknown key'],
    ['commit:\n  extraTypes: [Deps]', '.execguard.yaml:2: commit.extraTypes[0]: expected a lower-case type name, got "Deps"'],
    ['commit: yes', '.execguard.yaml:1: commit: expected a mapping'],
    ['aliases: [tg]', '.execguard.yaml:1: aliases: expected a mapping of alias -> program'],
    ['aliases:\n  tg: "terragrunt; rm -rf /"', '.execguard.yaml:2: aliases.tg: expected a program name'],
    ['approvalMinutes: thirty', '.execguard.yaml:1: approvalMinutes: expected a whole number from 1 to 1440, got "thirty"'],
    ['readKubeContext: "yes"', '.execguard.yaml:1: readKubeContext: expected true or false, got "yes"'],
    ['hookAllow: loud', '.execguard.yaml:1: hookAllow: expected "silent" or "explicit", got "loud"'],
    ['- mode: strict', '.execguard.yaml:1: expected a mapping of settings'],
    ['mode: [unclosed', '.execguard.yaml:1: not valid YAML'],
    ['mode: strict\nmode: default', '.execguard.yaml:2: not valid YAML'],
  ];
  it.each(bad)('rejects %j with file, line and key', (text, message) => {
    let error: unknown;
    try {
      parsePolicy(text, F);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PolicyError);
    expect((error as Error).message.startsWith(message), (error as Error).message).toBe(true);
    expect((error as Error).message).not.toMatch(/\n\s+at /);
  });
});

describe('policy file', () => {
  it('is found between the working directory and the repository root', () => {
    const repo = tempDir();
    mkdirSync(join(repo, '.git'));
    mkdirSync(join(repo, 'infra', 'vpc'), { recursive: true });
    expect(findPolicyFile(join(repo, 'infra', 'vpc'))).toBeUndefined();
    writeFileSync(join(repo, F), 'mode: strict\n');
    expect(findPolicyFile(join(repo, 'infra', 'vpc'))).toBe(join(repo, F));
    expect(findPolicyFile(repo)).toBe(join(repo, F));
  });

  it('is not looked for above the repository root', () => {
    const outer = tempDir();
    writeFileSync(join(outer, F), 'mode: strict\n');
    const repo = join(outer, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    expect(findPolicyFile(repo)).toBeUndefined();
  });

  it('loadPolicy reads a directory, a file, or gives the defaults', async () => {
    const repo = tempDir();
    mkdirSync(join(repo, '.git'));
    expect(await loadPolicy(repo)).toEqual(DEFAULT_POLICY);
    writeFileSync(join(repo, F), 'mode: strict\ncommit:\n  extraTypes: [deps]\n');
    expect((await loadPolicy(repo)).mode).toBe('strict');
    const other = join(repo, 'other.yaml');
    writeFileSync(other, 'approvalMinutes: 5\n');
    expect((await loadPolicy(other)).approvalMinutes).toBe(5);
    await expect(loadPolicy(join(repo, 'missing.yaml'))).rejects.toThrow(/missing\.yaml: cannot read the policy file \(ENOENT\)/);
    writeFileSync(join(repo, F), 'mode: strict\nbogus: 1\n');
    await expect(loadPolicy(repo)).rejects.toThrow(`${join(repo, F)}:2: bogus: unknown key`);
  });
});
