// Which policy a session's hooks apply: the session project's, whatever folder the command runs
// in (a folder with its own .git included), made stricter, never looser, by a policy file nearer
// the command; and the merge itself, key by key.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type Policy } from '../../src/guard/policy.js';
import { stricterOf } from '../../src/guard/policy-merge.js';
import { sessionPolicy } from '../../src/hooks/session-policy.js';
import { tempDir } from '../helpers/tmp.js';

function project(policy: string | undefined, nested: string | undefined) {
  const dir = tempDir('execguard-spolicy-');
  const root = join(dir, 'proj');
  const scratch = join(root, 'scratch');
  mkdirSync(join(root, '.git'), { recursive: true });
  mkdirSync(join(scratch, '.git'), { recursive: true });
  if (policy !== undefined) writeFileSync(join(root, '.execguard.yaml'), policy);
  if (nested !== undefined) writeFileSync(join(scratch, '.execguard.yaml'), nested);
  return { root, scratch };
}

describe('sessionPolicy', () => {
  it("keeps the project's policy in a folder with its own .git (git init scratch && cd scratch)", async () => {
    const { root, scratch } = project('protectedBranches: [stable]\nproductionNames: [live]\n', undefined);
    const { policy, file } = await sessionPolicy(scratch, { CLAUDE_PROJECT_DIR: root });
    expect(policy.protectedBranches).toContain('stable');
    expect(policy.productionNames).toContain('live');
    expect(file).toBe(join(root, '.execguard.yaml'));
  });

  it('a nearer policy adds to it and never loosens it', async () => {
    const { root, scratch } = project(
      'mode: strict\nproductionNames: [live]\napprovalMinutes: 10\nlocalContexts: [kind]\n',
      'mode: default\nproductionNames: [edge]\napprovalMinutes: 600\nlocalContexts: [kind, prod-cluster]\nreadKubeContext: true\nhookAllow: explicit\n',
    );
    const { policy } = await sessionPolicy(scratch, { CLAUDE_PROJECT_DIR: root });
    expect(policy.mode).toBe('strict');
    expect(policy.productionNames).toEqual(expect.arrayContaining(['live', 'edge', 'prod']));
    expect(policy.approvalMinutes).toBe(10);
    expect(policy.localContexts).toEqual(['kind']);
    expect(policy.readKubeContext).toBe(false);
    expect(policy.hookAllow).toBe('silent');
  });

  it('a project without a policy file has the defaults as its floor', async () => {
    const { root, scratch } = project(undefined, 'localContexts: [prod-cluster]\napprovalMinutes: 600\n');
    const { policy } = await sessionPolicy(scratch, { CLAUDE_PROJECT_DIR: root });
    expect(policy.localContexts).toEqual([]);
    expect(policy.approvalMinutes).toBe(DEFAULT_POLICY.approvalMinutes);
  });

  it('outside a session the nearest file applies, as before', async () => {
    const { scratch } = project('productionNames: [live]\n', 'productionNames: [edge]\n');
    const { policy } = await sessionPolicy(scratch, {});
    expect(policy.productionNames).toContain('edge');
    expect(policy.productionNames).not.toContain('live');
  });
});

describe('stricterOf', () => {
  const base: Policy = { ...structuredClone(DEFAULT_POLICY), aliases: { ...DEFAULT_POLICY.aliases, deploy: 'terraform' } };
  it('lets a nearer file add aliases but not redefine a tool or an alias of the project', () => {
    const nearer: Policy = {
      ...structuredClone(DEFAULT_POLICY),
      aliases: { ...DEFAULT_POLICY.aliases, deploy: 'echo', kubectl: 'echo', kk: 'kubectl' },
    };
    const merged = stricterOf(base, nearer);
    expect(merged.aliases.deploy).toBe('terraform');
    expect(merged.aliases.kubectl).toBeUndefined();
    expect(merged.aliases.kk).toBe('kubectl');
  });

  it('takes the stricter commit rules', () => {
    const a: Policy = {
      ...structuredClone(DEFAULT_POLICY),
      commit: { headerMaxLength: 72, extraTypes: ['wip', 'deps'], forbiddenTrailers: ['X-A'] },
    };
    const b: Policy = {
      ...structuredClone(DEFAULT_POLICY),
      commit: { headerMaxLength: 100, extraTypes: ['deps'], forbiddenTrailers: ['X-B'] },
    };
    expect(stricterOf(a, b).commit).toEqual({ headerMaxLength: 72, extraTypes: ['deps'], forbiddenTrailers: ['X-A', 'X-B'] });
  });
});
