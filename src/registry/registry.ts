// Builds the registry from SKILL.md texts (pure) and answers which skills a prompt triggers.
import { parseSkillFile } from './skill-file.js';
import type { Registry, RegistryError, SkillRecord } from './types.js';

export interface SkillSource {
  /** Path of the SKILL.md, as it should appear in messages. */
  file: string;
  /** Name of the folder that holds it. */
  folder: string;
  text: string;
}

export function buildRegistry(sources: SkillSource[]): Registry {
  const skills: SkillRecord[] = [];
  const errors: RegistryError[] = [];
  const byName = new Map<string, SkillRecord>();
  for (const source of sources) {
    const result = parseSkillFile(source.file, source.text, source.folder);
    errors.push(...result.errors);
    if (!result.record) continue;
    const earlier = byName.get(result.record.name);
    if (earlier) {
      const line = source.text.split(/\r?\n/).findIndex((l) => /^name\s*:/.test(l)) + 1 || 1;
      errors.push({
        file: source.file,
        line,
        field: 'name',
        message: `duplicate skill name '${result.record.name}' (also defined in ${earlier.path}); expected names to be unique`,
      });
      continue;
    }
    byName.set(result.record.name, result.record);
    skills.push(result.record);
  }
  skills.sort((a, b) => a.name.localeCompare(b.name));
  return { skills, errors };
}

/** Lower case, every run of punctuation and white space made one space: how prompts and triggers are compared. */
const normalizePrompt = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_]+/gu, ' ')
    .trim();

/**
 * The skills a prompt triggers: a trigger phrase appears in it (ignoring case and punctuation),
 * or the prompt invokes the skill as `/name` or `/plugin:name`.
 */
export function matchSkills(registry: Pick<Registry, 'skills'>, prompt: string): SkillRecord[] {
  const normalized = ` ${normalizePrompt(prompt)} `;
  return registry.skills.filter((skill) => {
    const invoked = new RegExp(`(^|\\s)/(?:[a-z0-9-]+:)?${skill.name}(\\s|$)`).test(prompt);
    return (
      invoked ||
      skill.triggers.some((t) => {
        const phrase = normalizePrompt(t);
        return phrase !== '' && normalized.includes(` ${phrase} `);
      })
    );
  });
}
