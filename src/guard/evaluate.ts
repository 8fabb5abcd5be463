// The guard: one bash command in, one decision out. Every rule reads the same analysis (what bash
// would actually run); only the secret rule reads the raw text. The most severe decision wins and
// the reason is that of the first rule that fired in RULE_ORDER. Never throws: an internal error
// is a deny. Static imports stay light because the PreToolUse hook calls this on every command.
import type { ApprovalScope } from '../approval/types.js';
import { analyze } from '../shell/analyze.js';
import type { Analysis, SimpleCommand } from '../shell/types.js';
import { DEFAULT_POLICY, type Policy } from './policy.js';
import { RULES } from './rules/index.js';
import { maxTier, tierOf } from './tiers.js';
import { RULE_ORDER, type Decision, type GuardContext, type RuleHit, type Tier, type Verdict } from './types.js';

export interface EvaluateOptions {
  /** The approval in force; null or undefined: none (T3 is denied by the gate). */
  approval?: ApprovalScope | null;
  policy?: Policy;
  /** The id of the grant the approval came from, reported back when a decision relied on it. */
  grantId?: string;
  /** The current kube context, when the caller could read it (policy.readKubeContext). */
  currentKubeContext?: string;
  /** decide() adds its context here, computed from the analysis (e.g. the kube context, read only when needed). */
  extend?: (analysis: Analysis) => Promise<Partial<GuardContext>>;
}

const SEVERITY: Record<Verdict, number> = { allow: 0, ask: 1, deny: 2 };

/** Programs a rule could be about: seeing one in an unreadable command means we cannot vouch for it. */
const SENSITIVE_PROGRAMS = new Set([
  'terraform', 'tofu', 'terragrunt', 'tf', 'kubectl', 'k', 'oc', 'helm', 'flux', 'git', 'gh', 'kubectx', 'kubens',
  'bash', 'sh', 'zsh', 'dash', 'ksh', 'fish', 'eval', 'exec', 'source', '.', 'python', 'python3', 'node', 'perl', 'ruby',
  'xargs', 'sudo', 'env', 'ssh', 'docker', 'podman', 'aws', 'gcloud', 'az', 'npm', 'pulumi', 'argocd', 'vault',
]);
/** Words in raw text that hint at something a rule or the gate is about. */
const SENSITIVE_WORDS =
  /(?<![\w-])(terraform|tofu|terragrunt|tf|kubectl|k|helm|flux|git|gh|eval|bash|sh|zsh|exec|source|python3?|node|perl|base64|xxd|destroy|delete|apply|push|uninstall|publish|deploy|rm|aws|gcloud|az|docker|ssh|sudo|xargs|kubectx|reconcile|merge|rollout|scale|drain|import|taint|state)(?![\w-])/i;

const SUBCOMMAND_TOOLS = new Set(['terraform', 'tofu', 'terragrunt', 'kubectl', 'oc', 'helm', 'flux', 'git', 'gh']);

/**
 * A tool a rule is about whose subcommand is a word the analysis could not resolve
 * (`terraform $ACTION`): it could be `destroy`, so it is unreadable, not a harmless unknown.
 */
function hiddenSubcommands(analysis: Analysis): string[] {
  const found: string[] = [];
  for (const cmd of analysis.commands) {
    if (!SUBCOMMAND_TOOLS.has(cmd.argv[0] ?? '')) continue;
    for (let i = 1; i < cmd.argv.length; i++) {
      const word = cmd.argv[i];
      if (cmd.dynamic[i] && !word.startsWith('-')) {
        found.push(`\`${cmd.argv[0]}\` is given a subcommand that cannot be read statically (${word.slice(0, 60)})`);
        break;
      }
      if (!word.startsWith('-')) break; // the static subcommand
      if (!word.includes('=') && /^(-C|-c|--namespace|-n|--context|--kubeconfig|--git-dir|--work-tree)$/.test(word)) i++;
    }
  }
  return found;
}

const SHELLS = new Set(['bash', 'sh', 'zsh', 'dash', 'ksh', 'fish', 'source', '.']);

/**
 * A shell reading its script from somewhere the analysis did not follow: a process substitution
 * (`bash <(...)`), /dev/stdin or /dev/fd. Treated as unreadable rather than as an unknown script.
 */
function hiddenScripts(analysis: Analysis): string[] {
  const found: string[] = [];
  for (const cmd of analysis.commands) {
    if (!SHELLS.has(cmd.argv[0] ?? '')) continue;
    const i = cmd.argv.findIndex((a, n) => n > 0 && !a.startsWith('-'));
    if (i === -1) continue;
    const script = cmd.argv[i];
    if (cmd.dynamic[i] || /^(\/dev\/(stdin|fd\/)|\/proc\/self\/fd\/|<\()/.test(script)) {
      found.push(`${cmd.argv[0]} runs a script the guard cannot read (${script.slice(0, 60)})`);
    }
  }
  return found;
}

/** `eval "$(ssh-agent -s)"` and friends: well-known tools that print environment settings. */
const ENV_PRINTERS =
  /^\s*eval\s+"?\$\((ssh-agent(\s+-[sc])?|direnv\s+(hook\s+\w+|export\s+\w+)|minikube(\s+-p\s+[\w.-]+)?\s+docker-env|pyenv\s+init\s+-{0,2}\w*|pyenv\s+virtualenv-init\s+-|rbenv\s+init\s+-|nodenv\s+init\s+-|(\/opt\/homebrew\/bin\/|\/usr\/local\/bin\/)?brew\s+shellenv|fnm\s+env[\w\s-]*|zoxide\s+init\s+\w+|starship\s+init\s+\w+|keychain\s+--eval[\w\s.-]*|gpg-agent\s+--daemon|dircolors(\s+-b)?)\)"?\s*;?\s*$/;

/** The static program name at the end of a dynamic path (`$(npm bin)/eslint` -> eslint). */
function staticTail(word: string): string | undefined {
  return /\/([A-Za-z0-9_.+-]+)$/.exec(word)?.[1];
}

/**
 * A program given by a dynamic path with a static name (`$DIR/terraform`, `$(npm bin)/eslint`) is
 * judged as that program. The program's location is unknown, its name is not.
 */
function withStaticProgramNames(analysis: Analysis, policy: Policy): Analysis {
  if (!analysis.commands.some((c) => c.dynamic[0] && staticTail(c.argv[0] ?? ''))) return analysis;
  const aliases: Record<string, string> = { tf: 'terraform', k: 'kubectl', ...policy.aliases };
  // The analysis reports such names as unreadable; with the name known they are not.
  const resolved = new Set(analysis.commands.filter((c) => c.dynamic[0] && staticTail(c.argv[0] ?? '')).map((c) => c.argv[0]));
  const unreadable = analysis.unreadable.filter((u) => {
    const m = /program name is not static: (.*)$/.exec(u);
    return !(m && resolved.has(m[1]));
  });
  return {
    ...analysis,
    unreadable,
    commands: analysis.commands.map((c) => {
      const tail = c.dynamic[0] ? staticTail(c.argv[0] ?? '') : undefined;
      if (!tail) return c;
      return { ...c, argv: [aliases[tail] ?? tail, ...c.argv.slice(1)], dynamic: [false, ...c.dynamic.slice(1)] };
    }),
  };
}

const basename = (p: string) => p.replace(/\/+$/, '').split('/').pop() ?? p;

/** What a command writes to `path` with `>`/`>>`/`tee`, when its output is known statically. */
function writtenText(cmd: SimpleCommand, path: string): string | undefined | null {
  const name = cmd.argv[0];
  const redirected = cmd.redirects.some((r) => /^(>|>>|>\||&>|1>)$/.test(r.op) && (r.target === path || basename(r.target) === basename(path)));
  const teed = name === 'tee' && cmd.argv.slice(1).some((a) => a === path || basename(a) === basename(path));
  if (!redirected && !teed) return null; // does not write it
  if (cmd.dynamic.some(Boolean)) return undefined;
  if (teed || name === 'cat') return cmd.stdin?.text;
  if (name === 'echo') return cmd.argv.slice(1).filter((a, i) => !(i === 0 && /^-[neE]+$/.test(a))).join(' ');
  if (name === 'printf' && cmd.argv.length === 2) return cmd.argv[1].replace(/\\n/g, '\n');
  return undefined;
}

/**
 * `echo 'terraform destroy' > x.sh && bash x.sh`: a script written earlier in the same command
 * line and then run. Its text is analysed like the command itself; a script whose text is not
 * known statically is reported unreadable.
 */
async function withWrittenScripts(analysis: Analysis, policy: Policy): Promise<Analysis> {
  const commands: SimpleCommand[] = [];
  const unreadable = [...analysis.unreadable];
  let boundHit = analysis.boundHit;
  for (let i = 0; i < analysis.commands.length; i++) {
    const cmd = analysis.commands[i];
    commands.push(cmd);
    const name = cmd.argv[0] ?? '';
    const scriptArg = SHELLS.has(name) ? cmd.argv.slice(1).find((a) => !a.startsWith('-')) : name;
    if (!scriptArg) continue;
    let text: string | undefined | null = null;
    for (let j = i - 1; j >= 0 && text === null; j--) text = writtenText(analysis.commands[j], scriptArg);
    if (text === null) continue;
    if (text === undefined) {
      unreadable.push(`${scriptArg} is written earlier in this command with content that cannot be read statically, then run`);
      continue;
    }
    const inner = await analyze(text, { aliases: policy.aliases });
    commands.push(...inner.commands.map((c) => ({ ...c, via: [`script ${scriptArg}`, ...c.via] })));
    unreadable.push(...inner.unreadable);
    boundHit ||= inner.boundHit;
  }
  if (commands.length === analysis.commands.length && unreadable.length === analysis.unreadable.length) return analysis;
  return { commands, unreadable, boundHit };
}

function unreadableIsSensitive(raw: string, analysis: Analysis): boolean {
  if (ENV_PRINTERS.test(raw)) return false;
  for (const cmd of analysis.commands) {
    if (cmd.dynamic[0] || SENSITIVE_PROGRAMS.has(cmd.argv[0] ?? '')) return true;
  }
  return SENSITIVE_WORDS.test(raw.length > 200_000 ? raw.slice(0, 200_000) : raw) || raw.length > 200_000;
}

function combine(hits: RuleHit[], tier: Tier, grantUsed: string | undefined): Decision {
  const order = (id: RuleHit['id']) => RULE_ORDER.indexOf(id);
  const sorted = [...hits].sort((a, b) => order(a.id) - order(b.id));
  let decision: Verdict = 'allow';
  for (const h of sorted) if (SEVERITY[h.decision] > SEVERITY[decision]) decision = h.decision;
  const rules: Decision['rules'] = [];
  for (const h of sorted) if (!rules.some((r) => r.id === h.id)) rules.push({ id: h.id, reason: h.reason });
  const first = sorted.find((h) => h.decision === decision);
  const result: Decision = { decision, tier, rules, reason: first?.reason ?? '' };
  if (grantUsed) result.grantId = grantUsed;
  return result;
}

export async function evaluate(raw: string, options: EvaluateOptions = {}): Promise<Decision> {
  try {
    const text = typeof raw === 'string' ? raw : String(raw);
    const policy = options.policy ?? DEFAULT_POLICY;
    const approval = options.approval ?? null;
    const analysis = await withWrittenScripts(withStaticProgramNames(await analyze(text, { aliases: policy.aliases }), policy), policy);
    const ctx: GuardContext = { raw: text, analysis, approval, policy, currentKubeContext: options.currentKubeContext, ...(await options.extend?.(analysis)) };
    const hits: RuleHit[] = [];
    for (const { rule } of RULES) hits.push(...(await rule(ctx)));

    if (analysis.boundHit) {
      hits.push({
        id: 'unreadable',
        decision: 'deny',
        reason: `unreadable: blocked: the command is too large or too deeply nested to analyse (${analysis.unreadable.join('; ') || 'a resource bound was hit'}). Split it into smaller commands, or write the script to a file and show it to the user before running it.`,
      });
    } else if ((analysis.unreadable.length > 0 && unreadableIsSensitive(text, analysis)) || hiddenSubcommands(analysis).length > 0 || hiddenScripts(analysis).length > 0) {
      const decision = policy.mode === 'strict' ? 'deny' : 'ask';
      hits.push({
        id: 'unreadable',
        decision,
        reason: `unreadable: the guard could not read all of this command (${[...analysis.unreadable, ...hiddenSubcommands(analysis), ...hiddenScripts(analysis)].slice(0, 3).join('; ')}), and it contains something a rule is about. ${decision === 'deny' ? 'Blocked (strict mode).' : 'A human must confirm it.'} Write it without dynamic or hidden parts (literal program names and arguments, no eval of computed strings) so it can be checked.`,
      });
    }

    let tier: Tier = 'T0';
    for (const cmd of analysis.commands) tier = maxTier(tier, tierOf(cmd, policy));
    const grantUsed = options.grantId && approval?.affirmed && tier === 'T3' ? options.grantId : undefined;
    return combine(hits, tier, grantUsed);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      decision: 'deny',
      tier: 'T3',
      rules: [{ id: 'internal-error', reason: `internal-error: the guard failed while checking this command (${message}); it is blocked rather than let through unchecked. Retry, or report the error.` }],
      reason: `internal-error: the guard failed while checking this command (${message}); it is blocked rather than let through unchecked. Retry, or report the error.`,
    };
  }
}
