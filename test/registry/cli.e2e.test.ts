// `execguard skills` as a real process on the built bundle: the plugin's own skills are found
// relative to dist/cli.mjs, wherever the plugin is installed. The malformed-file table runs
// in-process in cli.test.ts.
import { describe, expect, it } from 'vitest';
import { runNode, useBuiltPlugin } from '../helpers/built-plugin.js';

const plugin = useBuiltPlugin();

describe('execguard skills (built CLI)', () => {
  it('--json lists exactly the four plugin skills, found relative to dist/cli.mjs', async () => {
    const result = await runNode(plugin.cli, ['skills', '--json'], { cwd: plugin.root });
    expect(result.code, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.valid).toBe(true);
    expect(out.errors).toEqual([]);
    expect(out.skills.map((s: { name: string }) => s.name)).toEqual(['agent-protocol', 'execution', 'git-conventions', 'security-tiers']);
    expect(Object.keys(out.skills[0]).sort()).toEqual(['allowedTools', 'description', 'name', 'path', 'triggers', 'userInvocable']);
  });
});
