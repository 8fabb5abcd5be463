// session-env: inside an agent session, the variables that tell execguard where its state is and
// which session it serves (EXECGUARD_HOME, EXECGUARD_SESSION_ID, CLAUDE_PLUGIN_DATA, CLAUDECODE,
// CLAUDE_CODE_SESSION_ID) may not be set or unset: pointing the executor at another folder lets an
// agent bring its own keys and grants; dropping the session makes it a "person at a terminal".
// Read from the analysed commands where they show it (prefix and `env` assignments, export,
// unset), and from the raw text where the analysis leaves no trace (a bare `NAME=x;`, `env -u`,
// an interpreter's program text). Never lifted by a grant.
import { envOptions } from '../../shell/unwrap-kit.js';
import type { SimpleCommand } from '../../shell/types.js';
import { runsInterpreter } from '../protected-path-checks.js';
import type { Rule } from '../types.js';

const NAMES = 'EXECGUARD_HOME|EXECGUARD_SESSION_ID|CLAUDE_PLUGIN_DATA|CLAUDECODE|CLAUDE_CODE_SESSION_ID';
const NAME = new RegExp(`^(${NAMES})$`);
const DECLARE = new Set(['export', 'declare', 'typeset', 'local', 'readonly']);

/** A bare assignment at the start of a statement (also inside a script's quoted text). */
const BARE = new RegExp(`(^|[;&|\\n({'"]\\s*|\\b(then|do|else)\\s+)(${NAMES})\\+?=`, 'm');
const ENV_UNSET = new RegExp(`(^|\\s)(-u\\s*|--unset[=\\s]\\s*)['"]?(${NAMES})\\b`, 'm');
const ENV_CLEAR = /(^|[\s;&|(])env\s+(-[a-zA-Z]*i\b|--ignore-environment\b|-\s)/m;
const IN_PROGRAM = [
  new RegExp(`(environ|process\\.env|\\$ENV|\\bENV)\\s*(\\.|\\[\\s*['"]?|\\{\\s*['"]?)(?<name>${NAMES})\\b`),
  new RegExp(`\\b(putenv|setenv|unsetenv|environ\\.pop|environ\\.update|environ\\.setdefault)\\b[^\\n]*\\b(?<name>${NAMES})\\b`),
];

/** Run under an env that clears the environment, in any spelling GNU env accepts (`-i`, `-`, `--ignore-e`, `-vi`). */
function clearsEnvironment(cmd: SimpleCommand): boolean {
  if (cmd.via.some((v) => v.startsWith('env -i'))) return true;
  // Stryker disable next-line BooleanLiteral: envOptions reads only each word's text
  return cmd.argv[0] === 'env' && envOptions(cmd.argv.map((text) => ({ text, dynamic: false }))).clears;
}

function change(ctx: Parameters<Rule>[0]): { name: string; how: string } | undefined {
  for (const cmd of ctx.analysis.commands) {
    const assigned = Object.keys(cmd.assignments).find((k) => NAME.test(k));
    if (assigned) return { name: assigned, how: 'sets' };
    // Stryker disable next-line StringLiteral: an empty argv has no arguments, so the default is never read
    const [program = '', ...args] = cmd.argv;
    const named = args.map((a) => a.split('=')[0]).find((a) => NAME.test(a));
    if (named && DECLARE.has(program)) return { name: named, how: 'exports or declares' };
    if (named && program === 'unset') return { name: named, how: 'unsets' };
  }
  const bare = BARE.exec(ctx.raw);
  if (bare) return { name: bare[3], how: 'sets' };
  if (ctx.analysis.commands.some((c) => c.via.some((v) => v.startsWith('env')) || c.argv[0] === 'env')) {
    const unset = ENV_UNSET.exec(ctx.raw);
    if (unset) return { name: unset[3], how: 'unsets (env -u)' };
    if (ENV_CLEAR.test(ctx.raw) || ctx.analysis.commands.some(clearsEnvironment)) {
      return { name: 'the whole environment (env -i)', how: 'clears' };
    }
  }
  if (runsInterpreter(ctx.analysis.commands)) {
    for (const re of IN_PROGRAM) {
      const match = re.exec(ctx.raw);
      if (!match) continue;
      // Stryker disable next-line OptionalChaining: both patterns have a named group, so a match always has groups
      const name = match.groups?.name;
      if (name) return { name, how: 'changes' };
    }
  }
  return undefined;
}

export const sessionEnv: Rule = (ctx) => {
  if (!ctx.agentSession) return [];
  const found = change(ctx);
  if (!found) return [];
  return [
    {
      id: 'session-env',
      decision: 'deny',
      reason:
        `session-env: blocked: the command ${found.how} ${found.name}. In an agent session these variables tell execguard where its grants and keys are and which session it serves; ` +
        'an agent may not change them. Run the command without touching them.',
    },
  ];
};
