// The typed skill registry: one record per valid SKILL.md, one error per problem found.

export interface SkillRecord {
  /** Frontmatter name; equal to the folder name. */
  name: string;
  description: string;
  /** false when the frontmatter hides the skill from the `/` menu (Claude-only). */
  userInvocable: boolean;
  /** allowed-tools as written, split into entries such as `Bash(execguard *)` and `Read`. */
  allowedTools: string[];
  /** Prompts that should make an agent use this skill (frontmatter `metadata.triggers`). */
  triggers: string[];
  /** Path of the SKILL.md file. */
  path: string;
}

export interface RegistryError {
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** The frontmatter field concerned (or `frontmatter` for the block as a whole). */
  field: string;
  message: string;
}

export interface Registry {
  skills: SkillRecord[];
  errors: RegistryError[];
}

export const formatRegistryError = (e: RegistryError): string => `${e.file}:${e.line}: ${e.field}: ${e.message}`;
