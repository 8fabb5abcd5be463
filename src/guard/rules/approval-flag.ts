// approval-flag: inside an agent session the executor takes its approval from the session's grant,
// never from its own command line. So an agent may not start execguard's execute, rollback, resume
// or agent (the SDK execution agent) with --approval at all, however it launches the CLI (any name,
// wrapper, loader or copy): any program given one of those and `--approval` is enough. A person at
// a terminal (`execguard check` outside an agent session) may pass --approval. Never lifted by a grant.
import type { SimpleCommand } from '../../shell/types.js';
import { runsInterpreter } from '../protected-path-checks.js';
import type { Rule, RuleHit } from '../types.js';

const SUBCOMMANDS = new Set(['execute', 'rollback', 'resume', 'agent']);
const SUBCOMMAND_WORD = new RegExp(`\\b(${[...SUBCOMMANDS].join('|')})\\b`);
/** Programs whose words are data (`echo execute --approval x > notes.txt`); scripts written and run are analysed on their own. */
const DATA = new Set(['echo', 'printf', 'grep', 'egrep', 'fgrep', 'rg', 'ag', 'man', 'cat', 'less', 'head', 'tail', 'true', ':']);
/** Ways to start the CLI: its names, node and package runners. */
const LAUNCHER = /^(execguard(\.m?js)?|cli\.m?js|node|nodejs|npx|npm|pnpm|pnpx|yarn|bunx|bun|deno|tsx|ts-node|corepack)$/;

/** An option the CLI's parser would read as --approval (`--approval`, `--approval=…`, an unambiguous prefix). */
const APPROVAL_OPTION = '--ap(p(r(o(v(al?)?)?)?)?)?';
const APPROVAL_WORD = new RegExp(`^${APPROVAL_OPTION}(=|$)`);
const APPROVAL_IN_TEXT = new RegExp(`${APPROVAL_OPTION}\\b`);
const approvalFlag = (word: string) => APPROVAL_WORD.test(word);

function launches(cmd: SimpleCommand): string | undefined {
  // Stryker disable next-line StringLiteral: an empty argv has no subcommand, so the default is never read
  const [program = '', ...words] = cmd.argv;
  const sub = words.find((w) => SUBCOMMANDS.has(w));
  if (!sub) return undefined;
  if (DATA.has(program)) return undefined;
  const flag = words.find(approvalFlag);
  if (flag) return `${sub} with ${flag.split('=')[0]}`;
  // A launcher given words it cannot read could be hiding the flag (a program word that is not
  // static keeps its `$`, so it never reads as a launcher).
  if (LAUNCHER.test(program) && cmd.dynamic.some(Boolean)) return `${sub} with arguments that cannot be read statically`;
  return undefined;
}

/** `node -e "process.argv.push('--approval', …); import(…)" execute p.yaml`: the flag inside a program's text. */
function inProgramText(ctx: Parameters<Rule>[0]): string | undefined {
  if (!runsInterpreter(ctx.analysis.commands)) return undefined;
  if (!APPROVAL_IN_TEXT.test(ctx.raw) || !SUBCOMMAND_WORD.test(ctx.raw)) return undefined;
  return 'an interpreter whose program text passes --approval';
}

export const approvalFlagRule: Rule = (ctx) => {
  if (!ctx.agentSession) return [];
  const hits: RuleHit[] = [];
  const hidden = inProgramText(ctx);
  for (const cmd of ctx.analysis.commands) {
    const what = launches(cmd) ?? hidden;
    if (!what) continue;
    hits.push({
      id: 'approval-flag',
      decision: 'deny',
      reason:
        `approval-flag: blocked \`${cmd.text.slice(0, 200)}\`: it starts execguard ${what}. Inside an agent session the executor takes its approval ` +
        "from the user's grant in this session, never from its command line. Run it without --approval after the user approves: present the plan and end with PLAN_STATUS: PENDING_APPROVAL.",
    });
    break;
  }
  return hits;
};
