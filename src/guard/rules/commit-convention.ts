// commit-convention: every `git commit` whose message is given in the command must have a
// Conventional Commits subject (docs/guard-rules.md regex, <= headerMaxLength, lower-case type), checked
// with @commitlint/lint + config-conventional, plus the policy's extra types and forbidden
// trailers. commitlint is imported only when a commit message is actually present. No approval
// lifts this rule.
import type { SimpleCommand } from '../../shell/types.js';
import type { Policy } from '../policy.js';
import { gitInvocation } from '../tool-invocations.js';
import type { Rule, RuleHit } from '../types.js';

const BASE_TYPES = ['build', 'chore', 'ci', 'docs', 'feat', 'fix', 'perf', 'refactor', 'revert', 'style', 'test'];
const AUTOSQUASH = /^(fixup|squash|amend)! /;

interface CommitMessage {
  /** The message parts (-m given several times). Undefined: the message is not in the command. */
  parts?: string[];
}

/** Options of `git commit` that take a value (short cluster letters and long names). */
const SHORT_VALUED = new Set(['m', 'F', 'C', 'c', 't']);
/** Short options whose value can only be attached (`-S<keyid>`, `-u<mode>`): the rest of the cluster. */
const SHORT_ATTACHED = new Set(['S', 'u']);
const LONG_VALUED = new Set([
  'message',
  'file',
  'reuse-message',
  'reedit-message',
  'template',
  'author',
  'date',
  'cleanup',
  'fixup',
  'squash',
  'trailer',
  'pathspec-from-file',
]);

function readMessage(cmd: SimpleCommand, args: string[]): CommitMessage | undefined {
  const parts: string[] = [];
  let fromStdin = false;
  let firstDynamic = false;
  const argOffset = cmd.argv.length - args.length;
  const isDyn = (i: number) => cmd.dynamic[argOffset + i] === true;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') break;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq === -1 ? a.slice(2) : a.slice(2, eq);
      const value = eq === -1 ? (LONG_VALUED.has(name) ? args[++i] : undefined) : a.slice(eq + 1);
      if (name === 'message') {
        if (value === undefined) continue;
        // i is now the word that holds the value (`--message=V` or the word after `--message`)
        if (parts.length === 0 && isDyn(i)) firstDynamic = true;
        parts.push(value);
      } else if (name === 'file' && (value === '-' || value === '/dev/stdin')) fromStdin = true;
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        if (SHORT_ATTACHED.has(c)) break;
        if (!SHORT_VALUED.has(c)) continue;
        const inline = a.slice(j + 1);
        const value = inline !== '' ? inline : args[++i];
        if (c === 'm' && value !== undefined) {
          if (parts.length === 0 && isDyn(i)) firstDynamic = true;
          parts.push(value);
        } else if (c === 'F' && (value === '-' || value === '/dev/stdin' || (value === undefined && cmd.stdin !== undefined)))
          fromStdin = true;
        break;
      }
    }
  }
  // A subject computed at run time (`-m "$MSG"` unresolved) cannot be judged here.
  if (parts.length > 0) return firstDynamic ? undefined : { parts };
  // A message kept from a file or another commit (-F, -C, --fixup, --no-edit) is not in the command.
  if (fromStdin) return cmd.stdin?.text !== undefined ? { parts: [cmd.stdin.text] } : undefined;
  return undefined;
}

/** The subject as git records it: first non-blank line of the first part, trailing space stripped. */
function subjectOf(parts: string[]): string {
  const lines = parts[0].replace(/\r\n/g, '\n').split('\n');
  const first = lines.find((l) => l.trim() !== '') ?? '';
  return first.replace(/\s+$/, '');
}

type LintFn = (
  message: string,
  rules: Record<string, unknown>,
  opts: Record<string, unknown>,
) => Promise<{ valid: boolean; errors: { name: string; message: string }[] }>;
let linter: Promise<{ lint: LintFn; rules: Record<string, unknown> }> | undefined;

function loadLinter() {
  linter ??= (async () => {
    const [lintModule, configModule] = await Promise.all([import('@commitlint/lint'), import('@commitlint/config-conventional')]);
    // Either module may arrive as an ES default or, through CommonJS interop, one level deeper.
    const unwrap = (m: unknown): unknown => {
      let v: unknown = m;
      for (let i = 0; i < 3 && v && typeof v !== 'function' && typeof v === 'object' && 'default' in v; i++)
        v = (v as { default: unknown }).default;
      return v;
    };
    const lint = unwrap(lintModule) as LintFn;
    const config = unwrap(configModule) as { rules: Record<string, unknown> };
    return { lint, rules: config.rules };
  })().catch((error: unknown) => {
    linter = undefined;
    throw error;
  });
  return linter;
}

async function problems(parts: string[], policy: Policy): Promise<string[]> {
  const subject = subjectOf(parts);
  const found: string[] = [];
  if (AUTOSQUASH.test(subject)) return found;
  const types = [...BASE_TYPES, ...policy.commit.extraTypes];
  const escaped = types.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`^(${escaped.join('|')})(\\([^()\\s][^()]*\\))?!?: \\S.*$`);
  if (!pattern.test(subject)) {
    found.push(
      `the subject "${subject.slice(0, 120)}" does not match \`type(scope)!: subject\` with a lower-case type from ${types.join(', ')}`,
    );
  }
  if (subject.length > policy.commit.headerMaxLength) {
    found.push(`the subject is ${subject.length} characters long (at most ${policy.commit.headerMaxLength})`);
  }
  // commitlint's own reading of the same rules (type case and enum, empty parts, header length).
  if (found.length === 0) {
    const { lint, rules } = await loadLinter();
    const selected: Record<string, unknown> = {};
    for (const name of ['type-case', 'type-empty', 'subject-empty', 'header-trim']) if (rules[name]) selected[name] = rules[name];
    selected['type-enum'] = [2, 'always', types];
    selected['header-max-length'] = [2, 'always', policy.commit.headerMaxLength];
    const outcome = await lint(subject, selected, {
      parserOpts: { headerPattern: /^(\w*)(?:\((.*)\))?!?: (.*)$/, headerCorrespondence: ['type', 'scope', 'subject'] },
    });
    if (!outcome.valid) found.push(...outcome.errors.map((e) => `commitlint ${e.name}: ${e.message}`));
  }
  const message = parts.join('\n\n');
  for (const trailer of policy.commit.forbiddenTrailers) {
    const t = trailer.toLowerCase();
    const line = message.split('\n').find((l) => l.trim().toLowerCase().startsWith(t));
    if (line) found.push(`the message carries the forbidden trailer "${line.trim().slice(0, 120)}"`);
  }
  return found;
}

export const commitConvention: Rule = async (ctx) => {
  const hits: RuleHit[] = [];
  for (const cmd of ctx.analysis.commands) {
    if (cmd.argv[0] !== 'git') continue;
    const { sub, args } = gitInvocation(cmd.argv);
    if (sub !== 'commit') continue;
    const message = readMessage(cmd, args);
    if (!message?.parts || message.parts.length === 0) continue;
    // git itself refuses an empty message (`-m ''`): nothing is recorded
    if (message.parts.join('').trim() === '' && !args.includes('--allow-empty-message')) continue;
    const found = await problems(message.parts, ctx.policy);
    if (found.length === 0) continue;
    hits.push({
      id: 'commit-convention',
      decision: 'deny',
      reason:
        `commit-convention: blocked \`git commit\`: ${found.join('; ')}. Commits must follow Conventional Commits, and no approval lifts this rule. ` +
        'Commit again with a subject such as `fix(api): handle an empty token` (type one of ' +
        [...BASE_TYPES, ...ctx.policy.commit.extraTypes].join(', ') +
        `, optional scope, \`!\` for breaking changes, at most ${ctx.policy.commit.headerMaxLength} characters); put details in further -m parts (the body).`,
    });
  }
  return hits;
};
