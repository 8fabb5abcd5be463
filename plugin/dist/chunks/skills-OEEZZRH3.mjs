import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  loadRegistry,
  pluginSkillsDir
} from "./chunk-R4MKSLTT.mjs";
import "./chunk-P37WMGKB.mjs";
import "./chunk-3PDF6CMC.mjs";
import {
  UsageError,
  parseArgs
} from "./chunk-2AH2R7BX.mjs";
import "./chunk-GLDXOGL5.mjs";

// src/registry/types.ts
var formatRegistryError = (e) => `${e.file}:${e.line}: ${e.field}: ${e.message}`;

// src/cli/commands/skills.ts
var USAGE = `Usage: execguard skills [--json] [DIR...]

Lists and validates the skills in each DIR (a skills folder, a plugin root, or one skill's
folder); without DIR, the plugin's own skills. Problems are printed as file:line: field: message.
Exit 0 all valid, 1 any invalid or usage error.
`;
async function run(argv, io) {
  const { flags, positionals } = parseArgs(argv, { boolean: ["json"] });
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
    io.stdout(`${JSON.stringify({ valid: registry.errors.length === 0, skills: registry.skills, errors: registry.errors }, null, 2)}
`);
  } else {
    const width = Math.max(4, ...registry.skills.map((s) => s.name.length));
    for (const skill of registry.skills) {
      const who = skill.userInvocable ? "" : " (model only)";
      const summary = skill.description.length > 90 ? `${skill.description.slice(0, 89)}\u2026` : skill.description;
      io.stdout(`${skill.name.padEnd(width)}  ${summary}${who}
`);
    }
    for (const error of registry.errors) io.stderr(`${formatRegistryError(error)}
`);
    io.stdout(`${registry.skills.length} valid skill(s)${registry.errors.length ? `, ${registry.errors.length} problem(s)` : ""}
`);
  }
  return registry.errors.length ? 1 : 0;
}
export {
  run
};
