// session-env: inside an agent session, the variables that tell execguard where its state is and
// which session it serves (EXECGUARD_HOME, EXECGUARD_SESSION_ID, CLAUDE_PLUGIN_DATA, CLAUDECODE,
// CLAUDE_CODE_SESSION_ID) may not be set or unset: pointing the executor at another folder lets an
// agent bring its own keys and grants; dropping the session makes it a "person at a terminal".
// Read from the raw text as well as the analysis: a bare `NAME=x;` or `env -u NAME` leaves no
// trace in the analysed commands. Never lifted by a grant.
import type { Rule } from '../types.js';

const NAMES = 'EXECGUARD_HOME|EXECGUARD_SESSION_ID|CLAUDE_PLUGIN_DATA|CLAUDECODE|CLAUDE_CODE_SESSION_ID';
const WAYS: { re: RegExp; how: string }[] = [
  // NAME=… as a prefix, a statement, or an argument of env/export/declare.
  { re: new RegExp(`(^|[\\s;&|(\`'"{])(${NAMES})\\+?=`, 'm'), how: 'sets' },
  { re: new RegExp(`\\b(unset|export\\s+-n|declare\\s+\\+x|typeset\\s+\\+x)\\b[^;&|\\n]*\\b(${NAMES})\\b`), how: 'unsets' },
  { re: new RegExp(`(^|\\s)(-u\\s*|--unset[=\\s]\\s*)['"]?(${NAMES})\\b`, 'm'), how: 'unsets (env -u)' },
  // Interpreter bodies: os.environ[…], process.env.X =, delete process.env.X, $ENV{…}, putenv.
  { re: new RegExp(`(environ|process\\.env|\\$ENV|\\bENV)\\s*(\\.|\\[\\s*['"]?|\\{\\s*['"]?)(${NAMES})\\b`), how: 'changes' },
  { re: new RegExp(`\\b(putenv|setenv|unsetenv|environ\\.pop|environ\\.update|environ\\.setdefault)\\b[^\\n]*\\b(${NAMES})\\b`), how: 'changes' },
];

export const sessionEnv: Rule = (ctx) => {
  if (!ctx.agentSession) return [];
  let found: { name: string; how: string } | undefined;
  for (const cmd of ctx.analysis.commands) {
    const name = Object.keys(cmd.assignments).find((k) => new RegExp(`^(${NAMES})$`).test(k));
    if (name) {
      found = { name, how: 'sets' };
      break;
    }
  }
  for (const { re, how } of WAYS) {
    if (found) break;
    const m = re.exec(ctx.raw);
    if (m) found = { name: m.slice(1).reverse().find((g) => g && new RegExp(`^(${NAMES})$`).test(g)) ?? 'a session variable', how };
  }
  // `env -i` drops every variable, the session's included.
  if (!found && ctx.analysis.commands.some((c) => c.via.includes('env')) && /(^|[\s;&|(])env\s+(-\w*i\b|--ignore-environment\b|-\s)/m.test(ctx.raw)) {
    found = { name: 'the whole environment', how: 'clears' };
  }
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
