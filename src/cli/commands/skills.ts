// `execguard skills [--json] [DIR...]`: list and validate SKILL.md files; exit 1 if any is invalid.
import { parseArgs, UsageError, type Io } from '../io.js';
import { loadRegistry, pluginSkillsDir } from '../../registry/load.js';
import { formatRegistryError } from '../../registry/types.js';

const USAGE = `Usage: execguard skills [--json] [DIR...]

Lists and validates the skills in each DIR (a skills folder, a plugin root, or one skill's
folder); without DIR, the plugin's own skills. Problems are printed as file:line: field: message.
Exit 0 all valid, 1 any invalid or usage error.
`;

export async function run(argv: string[], io: Io): Promise<number> {
  const { flags, positionals } = parseArgs(argv, { boolean: ['json'] });
  if (flags.help) {
    io.stdout(USAGE);
    return 0;
  }
  let dirs = positionals;
  if (dirs.length === 0) {
    const own = pluginSkillsDir(io.env);
    if (!own) throw new UsageError("cannot find the plugin's skills folder (set CLAUDE_PLUGIN_ROOT or pass DIR)");
    dirs = [own];
  }
  const registry = loadRegistry(dirs, io.cwd);
  if (flags.json) {
    io.stdout(`${JSON.stringify({ valid: registry.errors.length === 0, skills: registry.skills, errors: registry.errors }, null, 2)}\n`);
  } else {
    const width = Math.max(4, ...registry.skills.map((s) => s.name.length));
    for (const skill of registry.skills) {
      const who = skill.userInvocable ? '' : ' (model only)';
      const summary = skill.description.length > 90 ? `${skill.description.slice(0, 89)}…` : skill.description;
      io.stdout(`${skill.name.padEnd(width)}  ${summary}${who}\n`);
    }
    for (const error of registry.errors) io.stderr(`${formatRegistryError(error)}\n`);
    io.stdout(`${registry.skills.length} valid skill(s)${registry.errors.length ? `, ${registry.errors.length} problem(s)` : ''}\n`);
  }
  return registry.errors.length ? 1 : 0;
}
