// The registry read in-process: the four real skills, the record shape, and matchSkills.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry, pluginSkillsDir } from '../../src/registry/load.js';
import { buildRegistry, matchSkills } from '../../src/registry/registry.js';
import { parseSkillFile } from '../../src/registry/skill-file.js';
import { splitToolList } from '../../src/registry/allowed-tools.js';

const repoRoot = join(import.meta.dirname, '..', '..');
const skillsDir = join(repoRoot, 'skills');
const registry = loadRegistry([skillsDir], repoRoot);

describe('the plugin skills', () => {
  it('are exactly the four documented skills, all valid', () => {
    expect(registry.errors).toEqual([]);
    expect(registry.skills.map((s) => s.name)).toEqual(['agent-protocol', 'execution', 'git-conventions', 'security-tiers']);
  });

  it('are found from the source tree without CLAUDE_PLUGIN_ROOT', () => {
    expect(pluginSkillsDir({})).toBe(skillsDir);
  });

  it('execution is model-only, pre-approves execguard, and carries the approval triggers', () => {
    const execution = registry.skills.find((s) => s.name === 'execution')!;
    expect(execution.userInvocable).toBe(false);
    expect(execution.allowedTools).toContain('Bash(execguard *)');
    expect(execution.triggers).toEqual([
      'User approved. Execute the plan.',
      'User approved deployment. Proceed.',
      'Approved. Execute terraform apply.',
    ]);
    expect(execution.path).toBe(join('skills', 'execution', 'SKILL.md'));
  });

  it('keep SKILL.md under 500 lines and every description within 1024 characters', () => {
    for (const skill of registry.skills) {
      expect(readFileSync(join(repoRoot, skill.path), 'utf8').split('\n').length).toBeLessThan(500);
      expect(skill.description.length).toBeLessThanOrEqual(1024);
    }
  });

  it('the execution skill links only to supporting files that exist', () => {
    const text = readFileSync(join(skillsDir, 'execution', 'SKILL.md'), 'utf8');
    const links = [...text.matchAll(/\]\(([a-z-]+\.md)\)/g)].map((m) => m[1]);
    expect(new Set(links)).toEqual(new Set(['operations.md', 'errors-and-rollback.md', 'reports.md']));
    for (const link of links) expect(() => readFileSync(join(skillsDir, 'execution', link))).not.toThrow();
  });
});

describe('matchSkills', () => {
  const names = (prompt: string) => matchSkills(registry, prompt).map((s) => s.name);

  it('routes the orchestrator approval phrases to execution (and the tiers it relies on)', () => {
    expect(names('User approved. Execute the plan.')).toEqual(['execution', 'security-tiers']);
    expect(names('user approved deployment - proceed')).toContain('execution');
    expect(names('Approved. Execute terraform apply.')).toContain('execution');
  });

  it('matches an explicit /plugin:skill invocation', () => {
    expect(names('/execguard:git-conventions please')).toEqual(['git-conventions']);
  });

  it('does not match unrelated prompts or partial words', () => {
    expect(names('What does this repository do?')).toEqual([]);
    expect(names('The user approved nothing yet; do not execute the plans.')).toEqual([]);
  });
});

describe('frontmatter details', () => {
  const skill = (frontmatter: string, folder = 'demo') => parseSkillFile(`${folder}/SKILL.md`, `---\n${frontmatter}\n---\nBody\n`, folder);

  it('splits allowed-tools on spaces and commas outside parentheses', () => {
    expect(splitToolList('Bash(git add *) Read, Grep mcp__github__get_issue')).toEqual([
      'Bash(git add *)',
      'Read',
      'Grep',
      'mcp__github__get_issue',
    ]);
  });

  it('accepts allowed-tools as a YAML list and yes/no booleans', () => {
    const result = skill('name: "demo"\ndescription: "Demo skill"\nuser-invocable: no\nallowed-tools:\n  - Read\n  - "Bash(ls *)"');
    expect(result.errors).toEqual([]);
    expect(result.record).toMatchObject({ userInvocable: false, allowedTools: ['Read', 'Bash(ls *)'], triggers: [] });
  });

  it('names the list item line of an unknown tool', () => {
    const result = skill('name: "demo"\ndescription: "Demo"\nallowed-tools:\n  - Read\n  - Bsh');
    expect(result.errors).toEqual([
      { file: 'demo/SKILL.md', line: 6, field: 'allowed-tools', message: expect.stringMatching(/^unknown tool 'Bsh'/) },
    ]);
  });

  it('rejects a file without frontmatter at line 1', () => {
    expect(parseSkillFile('x/SKILL.md', '# Title\n', 'x').errors).toEqual([
      {
        file: 'x/SKILL.md',
        line: 1,
        field: 'frontmatter',
        message: expect.stringMatching(/^missing; expected the file to start with a '---' line/),
      },
    ]);
  });

  it('rejects a non-kebab name and XML in the description', () => {
    const result = skill('name: "Demo_Skill"\ndescription: "Use <tags>"', 'Demo_Skill');
    expect(result.errors.map((e) => `${e.line}:${e.field}`)).toEqual(['2:name', '3:description']);
    expect(result.errors[0].message).toMatch(/is not kebab-case/);
  });

  it('reports every problem of a file in line order, nested fields included', () => {
    const result = skill('name: "demo"\ntriggers: ["go"]\ndescription: "x"\nmetadata:\n  triggers: [1, ""]\neffort: huge');
    expect(result.errors.map((e) => `${e.line}:${e.field}`)).toEqual([
      '3:triggers',
      '6:metadata.triggers.0',
      '6:metadata.triggers.1',
      '7:effort',
    ]);
    expect(result.errors[1].message).toBe('expected a prompt phrase (a string)');
  });

  it('reports a duplicate name on the later file', () => {
    const text = '---\nname: "same"\ndescription: "x"\n---\n';
    const result = buildRegistry([
      { file: 'a/same/SKILL.md', folder: 'same', text },
      { file: 'b/same/SKILL.md', folder: 'same', text },
    ]);
    expect(result.skills).toHaveLength(1);
    expect(result.errors).toEqual([
      {
        file: 'b/same/SKILL.md',
        line: 2,
        field: 'name',
        message: "duplicate skill name 'same' (also defined in a/same/SKILL.md); expected names to be unique",
      },
    ]);
  });
});
