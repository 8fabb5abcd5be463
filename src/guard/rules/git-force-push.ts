// git-force-push: every history-rewriting push whatever the branch, and deletion of protected
// branches. Lifted only by an approval that explicitly says "force push" / "--force".
import type { Policy } from '../policy.js';
import { gitInvocation } from '../tools.js';
import type { Rule, RuleHit } from '../types.js';

const FORCE_LONG = ['force', 'force-with-lease', 'force-if-includes', 'mirror'];
/** Short push options that take a value: the rest of a cluster after them is that value. */
const SHORT_VALUED = new Set(['o']);

/** git accepts unambiguous prefixes of long options: `--forc`, `--mirr`. */
function isForceLong(name: string): boolean {
  if (name.startsWith('no-')) return false;
  return FORCE_LONG.some((f) => name === f || name.startsWith(`${f}=`) || (name.length >= 4 && f.startsWith(name)));
}

function protectedBranch(ref: string, policy: Policy): string | undefined {
  const branch = ref.replace(/^refs\/heads\//, '');
  const hit = policy.protectedBranches.find((p) => (p.endsWith('*') ? branch.startsWith(p.slice(0, -1)) : branch === p));
  return hit ? branch : undefined;
}

interface PushReading {
  force?: string;
  deletes: string[];
}

function readPush(args: string[], configs: string[], policy: Policy): PushReading {
  let force: string | undefined;
  let deleteFlag = false;
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const name = a.slice(2);
      if (isForceLong(name)) force ??= a;
      else if (name === 'delete') deleteFlag = true;
      else if (['repo', 'receive-pack', 'exec', 'push-option', 'signed'].includes(name)) i++;
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        if (c === 'f') force ??= a;
        if (c === 'd') deleteFlag = true;
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
  for (const r of positionals) if (r.startsWith('+')) force ??= r;
  // A configured forced refspec (`-c remote.origin.push=+refs/heads/*:...`) forces every push.
  for (const c of configs) if (/^remote\.[^=]*\.(push|mirror)=\s*(\+|true)/i.test(c)) force ??= `-c ${c}`;
  const deletes: string[] = [];
  for (const r of refspecs) {
    const target = deleteFlag ? r.replace(/^\+/, '') : r.startsWith(':') ? r.slice(1) : undefined;
    if (target === undefined) continue;
    const branch = protectedBranch(target, policy);
    if (branch) deletes.push(branch);
  }
  return { force, deletes };
}

export const gitForcePush: Rule = (ctx) => {
  const hits: RuleHit[] = [];
  // Aliases defined earlier in the same command line (`git config alias.pf "push -f" && git pf`).
  const defined: string[] = [];
  for (const cmd of ctx.analysis.commands) {
    if (cmd.argv[0] !== 'git') continue;
    const { sub, args, configs } = gitInvocation(cmd.argv, defined);
    if (sub === 'config') {
      const words = args.filter((a) => !a.startsWith('-'));
      if (words.length >= 2 && /^alias\./i.test(words[0])) defined.push(`${words[0]}=${words.slice(1).join(' ')}`);
    }
    if (sub !== 'push') continue;
    const { force, deletes } = readPush(args, configs, ctx.policy);
    if (!force && deletes.length === 0) continue;
    const approval = ctx.approval;
    if (approval?.affirmed && approval.forcePush) continue;
    const what = force
      ? `a history-rewriting push (\`${force}\`)`
      : `deleting the protected branch \`${deletes[0]}\``;
    const reason =
      `git-force-push: blocked \`${cmd.text.slice(0, 200)}\`: ${what}. Force pushes are blocked on every branch, --force-with-lease included, because an agent cannot tell a personal branch from a shared one. ` +
      (force
        ? 'Push without force (rebase or merge onto the remote branch first), or ask the user to approve the force push explicitly (the approval must say "force push").'
        : 'Protected branches are not deleted by an agent; ask the user to do it, or to approve it explicitly with "force push".');
    hits.push({ id: 'git-force-push', decision: 'deny', reason });
  }
  return hits;
};
