// `execguard skills` through the CLI's entry point, in-process: every malformed SKILL.md variant
// exiting 1 with file:line: field. Finding the plugin's own skills from the built bundle is a
// process-level test: cli.e2e.test.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { repoRoot } from '../helpers/plugin-folder.js';
import { runCli } from '../support/cli.js';

function skillsFolder(files: Record<string, string>): string {
  const dir = tempDir('execguard-skills-');
  for (const [folder, text] of Object.entries(files)) {
    mkdirSync(join(dir, folder), { recursive: true });
    writeFileSync(join(dir, folder, 'SKILL.md'), text);
  }
  return dir;
}

const valid = (name: string) => `---\nname: "${name}"\ndescription: "A valid skill"\n---\nBody\n`;

async function expectInvalid(files: Record<string, string>, expected: RegExp) {
  const dir = skillsFolder(files);
  const result = await runCli(['skills', dir]);
  expect(result.code, result.stderr).toBe(1);
  expect(result.stderr).toMatch(expected);
  expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  return { dir, result };
}

describe('execguard skills (the CLI entry point, in-process)', () => {
  it('uses $CLAUDE_PLUGIN_ROOT/skills when it is set', async () => {
    const root = tempDir('execguard-plugin-root-');
    mkdirSync(join(root, 'skills', 'only-one'), { recursive: true });
    writeFileSync(join(root, 'skills', 'only-one', 'SKILL.md'), valid('only-one'));
    const result = await runCli(['skills', '--json'], { env: { ...process.env, CLAUDE_PLUGIN_ROOT: root } });
    expect(JSON.parse(result.stdout).skills.map((s: { name: string }) => s.name)).toEqual(['only-one']);
  });

  it('prints a table of valid skills and exits 0', async () => {
    const result = await runCli(['skills', join(repoRoot, 'skills')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^execution +User approved\. Execute the plan\..*\(model only\)$/m);
    expect(result.stdout).toMatch(/4 valid skill\(s\)\n$/);
  });

  it('bad YAML: exits 1 naming the line of the YAML error', async () => {
    const { dir } = await expectInvalid(
      { 'bad-yaml': '---\nname: "bad-yaml"\ndescription: Use when: deploying: now\n---\n' },
      /bad-yaml\/SKILL\.md:3: frontmatter: invalid YAML \(/,
    );
    expect(dir).toBeTruthy();
  });

  it('missing name: exits 1 with line 1 and field name', async () => {
    await expectInvalid({ noname: '---\ndescription: "x"\n---\n' }, /noname\/SKILL\.md:1: name: missing; expected the skill name/);
  });

  it('name not matching its folder: exits 1 with the name line', async () => {
    await expectInvalid(
      { folder: '---\ndescription: "x"\nname: "other"\n---\n' },
      /folder\/SKILL\.md:3: name: 'other' does not match its folder 'folder'/,
    );
  });

  it('unknown tool in allowed-tools: exits 1 with the allowed-tools line', async () => {
    await expectInvalid(
      { tools: '---\nname: "tools"\ndescription: "x"\nallowed-tools: "Bash(git *) Reed"\n---\n' },
      /tools\/SKILL\.md:4: allowed-tools: unknown tool 'Reed'/,
    );
  });

  it('over-long description: exits 1 with the description line and the length', async () => {
    await expectInvalid(
      { long: `---\nname: "long"\ndescription: "${'a'.repeat(1025)}"\n---\n` },
      /long\/SKILL\.md:3: description: 1025 characters; expected at most 1024/,
    );
  });

  it('missing description: exits 1', async () => {
    await expectInvalid({ nodesc: '---\nname: "nodesc"\n---\n' }, /nodesc\/SKILL\.md:1: description: missing; expected a description/);
  });

  it("unknown frontmatter key: exits 1 with that key's line", async () => {
    await expectInvalid(
      { extra: '---\nname: "extra"\ndescription: "x"\ntriggers: ["go"]\n---\n' },
      /extra\/SKILL\.md:4: triggers: unknown frontmatter key/,
    );
  });

  it('duplicate names across folders: exits 1 naming the second file', async () => {
    const first = skillsFolder({ twin: valid('twin') });
    const second = skillsFolder({ twin: valid('twin') });
    const result = await runCli(['skills', first, second]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${join(second, 'twin', 'SKILL.md')}:2: name: duplicate skill name 'twin' (also defined in ${join(first, 'twin', 'SKILL.md')})`,
    );
  });

  it('--json carries the errors with file, line, field and message', async () => {
    const dir = skillsFolder({
      tools: '---\nname: "tools"\ndescription: "x"\nallowed-tools: "Bash(git *) Reed"\n---\n',
      good: valid('good'),
    });
    const result = await runCli(['skills', '--json', dir]);
    expect(result.code).toBe(1);
    const out = JSON.parse(result.stdout);
    expect(out.valid).toBe(false);
    expect(out.skills.map((s: { name: string }) => s.name)).toEqual(['good']);
    expect(out.errors).toEqual([
      { file: join(dir, 'tools', 'SKILL.md'), line: 4, field: 'allowed-tools', message: expect.stringMatching(/^unknown tool 'Reed'/) },
    ]);
  });

  it('a folder that does not exist is an error, not a crash', async () => {
    const result = await runCli(['skills', '/nonexistent/skills']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^\/nonexistent\/skills:1: folder: not a directory/m);
  });
});
