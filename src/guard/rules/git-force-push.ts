// git-force-push: every history-rewriting push whatever the branch, and deletion of protected
// branches. Lifted only by an approval that explicitly says "force push" / "--force".
import type { Policy } from '../policy.js';
import { gitInvocation } from '../tool-invocations.js';
import type { Rule, RuleHit } from '../types.js';

/** `git push` long options: git accepts any unambiguous prefix of one, and rejects an ambiguous one. */
const PUSH_LONG = [
  'all',
  'branches',
  'mirror',
  'delete',
  'tags',
  'dry-run',
  'porcelain',
  'force',
  'force-with-lease',
  'force-if-includes',
  'recurse-submodules',
  'thin',
  'receive-pack',
  'exec',
  'set-upstream',
  'progress',
  'prune',
  'verify',
  'follow-tags',
  'signed',
  'atomic',
  'push-option',
  'ipv4',
  'ipv6',
  'repo',
  'quiet',
  'verbose',
  'no-verify',
];
const PUSH_VALUED = new Set(['receive-pack', 'exec', 'repo', 'push-option']);
const FORCING = new Set(['force', 'force-with-lease', 'force-if-includes', 'mirror']);
/** Short push options that take a value: the rest of a cluster after them is that value. */
const SHORT_VALUED = new Set(['o']);

/** The option a long name stands for: itself, its one prefix match, or 'ambiguous'/undefined. */
function longOption(name: string): { option: string; negated: boolean } | 'ambiguous' | undefined {
  const resolve = (n: string) => {
    if (PUSH_LONG.includes(n)) return n;
    const matches = PUSH_LONG.filter((o) => o.startsWith(n));
    return matches.length === 1 ? matches[0] : matches.length > 1 ? 'ambiguous' : undefined;
  };
  const direct = resolve(name);
  if (direct && direct !== 'ambiguous') return { option: direct, negated: false };
  if (name.startsWith('no-')) {
    const negated = resolve(name.slice(3));
    if (negated === 'ambiguous') return 'ambiguous';
    // Stryker disable next-line ConditionalExpression: an option that resolves to nothing is skipped by the caller either way
    if (negated) return { option: negated, negated: true };
  }
  return direct === 'ambiguous' ? 'ambiguous' : undefined;
}

function protectedBranch(ref: string, policy: Policy): string | undefined {
  const branch = ref.replace(/^refs\/heads\//, '');
  const hit = policy.protectedBranches.find((p) => (p.endsWith('*') ? branch.startsWith(p.slice(0, -1)) : branch === p));
  return hit ? branch : undefined;
}

interface PushReading {
  force?: string;
  deletes: string[];
  /** `-n` / `--dry-run`: nothing is pushed (docs/guard-rules.md, third edition: a simulation). */
  dryRun?: boolean;
}

/**
 * The branch a refspec updates on the remote, or undefined when the command line does not say
 * (`HEAD`, a pattern, no refspec): `feature/x`, `HEAD:feature/x`, `refs/heads/feature/x`.
 */
function destination(refspec: string): string | undefined {
  const spec = refspec.replace(/^\+/, '');
  // Stryker disable next-line StringLiteral: without a ':' indexOf is -1, and slicing from 0 keeps the whole spec
  const dst = spec.includes(':') ? spec.slice(spec.indexOf(':') + 1) : spec;
  if (dst === '' || dst === 'HEAD' || dst.includes('*') || dst.startsWith('@') || /^refs\/(?!heads\/)/.test(dst)) return undefined;
  return dst.replace(/^refs\/heads\//, '');
}

function readPush(args: string[], configs: string[], policy: Policy): PushReading {
  /** Forcing options in force after the last occurrence of each (`--force --no-force` is off). */
  const forcing = new Map<string, string | undefined>();
  let deleteFlag = false;
  let dryRun = false;
  let allBranches = false;
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const resolved = longOption(eq === -1 ? a.slice(2) : a.slice(2, eq));
      // git rejects an ambiguous option (`--forc`): the push does not run
      if (resolved === 'ambiguous') return { deletes: [] };
      if (!resolved) continue;
      const { option, negated } = resolved;
      if (FORCING.has(option)) forcing.set(option, negated ? undefined : a);
      else if (option === 'delete') deleteFlag = !negated;
      else if (option === 'dry-run') dryRun = !negated;
      else if (option === 'all' || option === 'branches' || option === 'tags') allBranches = !negated;
      else if (PUSH_VALUED.has(option) && eq === -1 && !negated) i++;
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      // Stryker disable next-line EqualityOperator: one more turn reads an undefined letter, which matches nothing
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        if (c === 'f') forcing.set('force', a);
        if (c === 'd') deleteFlag = true;
        if (c === 'n') dryRun = true;
        if (SHORT_VALUED.has(c)) {
          if (j === a.length - 1) i++;
          break;
        }
      }
      continue;
    }
    positionals.push(a);
  }
  const refspecs = positionals.slice(1);
  // --force-with-lease (and --force-if-includes, which only refines a lease) to branches that are
  // named and not protected is an ordinary push (docs/guard-rules.md, third edition)
  const leaseOnly = [...forcing].every(([option, v]) => v === undefined || option === 'force-with-lease' || option === 'force-if-includes');
  const targets = refspecs.map(destination);
  const plainLease =
    leaseOnly && !allBranches && !deleteFlag && targets.length > 0 && targets.every((t) => t !== undefined && !protectedBranch(t, policy));
  let force = plainLease ? undefined : [...forcing.values()].find((v) => v !== undefined);
  for (const r of positionals) if (r.startsWith('+')) force ??= r;
  // A configured forced refspec (`-c remote.origin.push=+refs/heads/*:...`) forces every push.
  for (const c of configs) if (/^remote\.[^=]*\.(push|mirror)=\s*(\+|true)/i.test(c)) force ??= `-c ${c}`;
  const deletes: string[] = [];
  for (const r of refspecs) {
    // Stryker disable next-line Regex: a `+` refspec is a force, which is reported before any deletion
    const target = deleteFlag ? r.replace(/^\+/, '') : r.startsWith(':') ? r.slice(1) : undefined;
    if (target === undefined) continue;
    const branch = protectedBranch(target, policy);
    if (branch) deletes.push(branch);
  }
  return { force, deletes, dryRun };
}

export const gitForcePush: Rule = (ctx) => {
  const hits: RuleHit[] = [];
  // Aliases defined earlier in the same command line (`git config alias.pf "push -f" && git pf`).
  // Stryker disable next-line ArrayDeclaration: an entry that is not `alias.NAME=…` never resolves a subcommand
  const defined: string[] = [];
  for (const cmd of ctx.analysis.commands) {
    if (cmd.argv[0] !== 'git') continue;
    const { sub, args, configs } = gitInvocation(cmd.argv, defined);
    if (sub === 'config') {
      const words = args.filter((a) => !a.startsWith('-'));
      if (words.length >= 2 && /^alias\./i.test(words[0])) defined.push(`${words[0]}=${words.slice(1).join(' ')}`);
    }
    if (sub !== 'push') continue;
    const { force, deletes, dryRun } = readPush(args, configs, ctx.policy);
    if ((!force && deletes.length === 0) || dryRun) continue;
    const approval = ctx.approval;
    if (approval?.affirmed && approval.forcePush) continue;
    const what = force ? `a history-rewriting push (\`${force}\`)` : `deleting the protected branch \`${deletes[0]}\``;
    const reason =
      `git-force-push: blocked \`${cmd.text.slice(0, 200)}\`: ${what}. Force pushes are blocked on every branch, --force-with-lease included, because an agent cannot tell a personal branch from a shared one. ` +
      (force
        ? 'Push without force (rebase or merge onto the remote branch first), or ask the user to approve the force push explicitly (the approval must say "force push").'
        : 'Protected branches are not deleted by an agent; ask the user to do it, or to approve it explicitly with "force push".');
    hits.push({ id: 'git-force-push', decision: 'deny', reason });
  }
  return hits;
};
