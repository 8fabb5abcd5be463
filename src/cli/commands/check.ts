// `execguard check [--approval TEXT] [--policy FILE] [--json] [COMMAND]`: the guard's decision for
// one bash command. Exit 0 allow, 2 deny, 3 ask, 1 usage error.
import { decide, type DecisionInput } from '../../guard/decide.js';
import type { Policy } from '../../guard/policy.js';
import { loadPolicy } from '../../state/policy-file.js';
import { grantFromWords } from '../../approval/answer-binding.js';
import { decisionInput } from '../../state/decision-input.js';
import { parseArgs, UsageError, type Io } from '../io.js';

const HELP = `Usage: execguard check [--approval TEXT] [--policy FILE] [--json] [COMMAND]

Decides whether a bash command may run: allow, ask or deny, with the rule that fired.

  COMMAND          the command (all remaining arguments, joined by spaces); else read from stdin
  --approval TEXT  approval text in force, e.g. "User approved. Execute the plan."
                   (without it there is no approval, and T3 commands are denied)
  --policy FILE    policy file (default: .execguard.yaml between here and the repository root)
  --json           print {"decision","tier","rules":[{"id","reason"}],"reason"}

Run from an agent session (CLAUDECODE=1 or a session id in the environment), it decides as the
PreToolUse hook does: execguard's own --approval and its session variables are refused there.

Exit status: 0 allow, 2 deny, 3 ask, 1 usage error.
`;

const EXIT = { allow: 0, deny: 2, ask: 3 } as const;

/** Options come first; the first word that is not one of ours starts the command. */
function splitOptions(argv: string[]): { options: string[]; command: string[] } {
  const options: string[] = [];
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      i++;
      break;
    }
    if (a === '--approval' || a === '--policy') {
      options.push(a);
      if (i + 1 < argv.length) options.push(argv[++i]);
      continue;
    }
    if (a.startsWith('--approval=') || a.startsWith('--policy=') || a === '--json' || a === '--help' || a === '-h') {
      options.push(a);
      continue;
    }
    if (a.startsWith('-') && options.length === 0 && i === 0 && a !== '-') {
      // An unknown option before any command word: a usage error, not a command.
      options.push(a);
      continue;
    }
    break;
  }
  return { options, command: argv.slice(i) };
}

/**
 * The decision's inputs as `check` builds them: the approval text is read as the user's answer to
 * a request that presented exactly this command (docs/guard-rules.md, "Approvals"), and stands for the
 * grant that answer would record. The
 * caller is an agent when the environment says so (an agent running `execguard check` is still one).
 */
export function checkDecisionInput(
  command: string,
  approvalText: string | undefined,
  policy: Policy,
  env: NodeJS.ProcessEnv,
  cwd: string,
): DecisionInput {
  return decisionInput({ command, cwd, env, policy, grant: grantFromWords(approvalText, command, 'cli-flag') });
}

export async function run(argv: string[], io: Io): Promise<number> {
  const { options, command } = splitOptions(argv);
  const { flags } = parseArgs(options, { valued: ['approval', 'policy'], boolean: ['json'] });
  if (flags.help) {
    io.stdout(HELP);
    return 0;
  }
  let text = command.join(' ');
  if (command.length === 0) {
    text = await io.readStdin();
    if (text.endsWith('\n')) text = text.replace(/\r?\n$/, '');
  }
  if (text.trim() === '') throw new UsageError('no command given (pass it as an argument or on stdin)');

  let policy: Policy;
  try {
    policy = await loadPolicy(typeof flags.policy === 'string' ? flags.policy : io.cwd);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const decision = await decide(
    checkDecisionInput(text, typeof flags.approval === 'string' ? flags.approval : undefined, policy, io.env, io.cwd),
  );

  if (flags.json) {
    io.stdout(`${JSON.stringify({ decision: decision.decision, tier: decision.tier, rules: decision.rules, reason: decision.reason })}\n`);
  } else {
    const rule = decision.rules.find((r) => r.reason === decision.reason)?.id;
    io.stdout(`${decision.decision} (${decision.tier})${rule ? ` ${rule}` : ''}\n${decision.reason ? `${decision.reason}\n` : ''}`);
  }
  return EXIT[decision.decision];
}
