// `execguard skills` as a real process on the built bundle: the plugin's own skills, and every
// malformed SKILL.md variant exiting 1 with file:line: field.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { runNode, useBuiltPlugin } from '../helpers/built-plugin.js';

const plugin = useBuiltPlugin();

function skillsFolder(files: Record<string, string>): string {
  const dir = tempDir('execguard-skills-');
  for (const [folder, text] of Object.entries(files)) {
    mkdirSync(join(dir, folder), { recursive: true });
    writeFileSync(join(dir, folder, 'SKILL.md'), text);
  }
  return dir;
}

const valid = (name: string) => `---\nname: "${name}"\ndescription: "A valid skill"\n---\nBody\n`;

function expectInvalid(files: Record<string, string>, expected: RegExp) {
  const dir = skillsFolder(files);
  const result = runNode(plugin.cli, ['skills', dir]);
  expect(result.code, result.stderr).toBe(1);
  expect(result.stderr).toMatch(expected);
  expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  return { dir, result };
}

describe('execguard skills (built CLI)', () => {
  it('--json lists exactly the four plugin skills, found relative to dist/cli.mjs', () => {
    const result = runNode(plugin.cli, ['skills', '--json'], { cwd: plugin.root });
    expect(result.code, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.valid).toBe(true);
    expect(out.errors).toEqual([]);
    expect(out.skills.map((s: { name: string }) => s.name)).toEqual(['agent-protocol', 'execution', 'git-conventions', 'security-tiers']);
    expect(Object.keys(out.skills[0]).sort()).toEqual(['allowedTools', 'description', 'name', 'path', 'triggers', 'userInvocable']);
  });

  it('uses $CLAUDE_PLUGIN_ROOT/skills when it is set', () => {
    const root = tempDir('execguard-plugin-root-');
    mkdirSync(join(root, 'skills', 'only-one'), { recursive: true });
    writeFileSync(join(root, 'skills', 'only-one', 'SKILL.md'), valid('only-one'));
    const result = runNode(plugin.cli, ['skills', '--json'], { env: { CLAUDE_PLUGIN_ROOT: root } });
    expect(JSON.parse(result.stdout).skills.map((s: { name: string }) => s.name)).toEqual(['only-one']);
  });

  it('prints a table of valid skills and exits 0', () => {
    const result = runNode(plugin.cli, ['skills', join(plugin.root, 'skills')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^execution +User approved\. Execute the plan\..*\(model only\)$/m);
    expect(result.stdout).toMatch(/4 valid skill\(s\)\n$/);
  });

  it('bad YAML: exits 1 naming the line of the YAML error', () => {
    const { dir } = expectInvalid(
      { 'bad-yaml': '---\nname: "bad-yaml"\ndescription: Use when: deploying: now\n---\n' },
      /bad-yaml\/SKILL\.md:3: frontmatter: invalid YAML \(/,
    );
    expect(dir).toBeTruthy();
  });

  it('missing name: exits 1 with line 1 and field name', () => {
    expectInvalid({ noname: '---\ndescription: "x"\n---\n' }, /noname\/SKILL\.md:1: name: missing; expected the skill name/);
  });

  it('name not matching its folder: exits 1 with the name line', () => {
    expectInvalid(
      { folder: '---\ndescription: "x"\nname: "other"\n---\n' },
      /folder\/SKILL\.md:3: name: 'other' does not match its folder 'folder'/,
    );
  });

  it('unknown tool in allowed-tools: exits 1 with the allowed-tools line', () => {
    expectInvalid(
      { tools: '---\nname: "tools"\ndescription: "x"\nallowed-tools: "Bash(git *) Reed"\n---\n' },
      /tools\/SKILL\.md:4: allowed-tools: unknown tool 'Reed'/,
    );
  });

  it('over-long description: exits 1 with the description line and the length', () => {
    expectInvalid(
      { long: `---\nname: "long"\ndescription: "${'a'.repeat(1025)}"\n---\n` },
      /long\/SKILL\.md:3: description: 1025 characters; expected at most 1024/,
    );
  });

  it('missing description: exits 1', () => {
    expectInvalid({ nodesc: '---\nname: "nodesc"\n---\n' }, /nodesc\/SKILL\.md:1: description: missing; expected a description/);
  });

  it("unknown frontmatter key: exits 1 with that key's line", () => {
    expectInvalid(
      { extra: '---\nname: "extra"\ndescription: "x"\ntriggers: ["go"]\n---\n' },
      /extra\/SKILL\.md:4: triggers: unknown frontmatter key/,
    );
  });

  it('duplicate names across folders: exits 1 naming the second file', () => {
    const first = skillsFolder({ twin: valid('twin') });
    const second = skillsFolder({ twin: valid('twin') });
    const result = runNode(plugin.cli, ['skills', first, second]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${join(second, 'twin', 'SKILL.md')}:2: name: duplicate skill name 'twin' (also defined in ${join(first, 'twin', 'SKILL.md')})`,
    );
  });

  it('--json carries the errors with file, line, field and message', () => {
    const dir = skillsFolder({
      tools: '---\nname: "tools"\ndescription: "x"\nallowed-tools: "Bash(git *) Reed"\n---\n',
      good: valid('good'),
    });
    const result = runNode(plugin.cli, ['skills', '--json', dir]);
    expect(result.code).toBe(1);
    const out = JSON.parse(result.stdout);
    expect(out.valid).toBe(false);
    expect(out.skills.map((s: { name: string }) => s.name)).toEqual(['good']);
    expect(out.errors).toEqual([
      { file: join(dir, 'tools', 'SKILL.md'), line: 4, field: 'allowed-tools', message: expect.stringMatching(/^unknown tool 'Reed'/) },
    ]);
  });

  it('a folder that does not exist is an error, not a crash', () => {
    const result = runNode(plugin.cli, ['skills', '/nonexistent/skills']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^\/nonexistent\/skills:1: folder: not a directory/m);
  });
});
