// The `.execguard.yaml` that `execguard init` writes: every key, commented out, at its default
// (taken from DEFAULT_POLICY, so a changed default cannot drift from the file), with what it does.
// test/cli/init.e2e.test.ts checks that every key of the policy is here and that uncommenting the
// whole file parses back to the defaults.
import { DEFAULT_POLICY, type Policy } from '../../guard/policy.js';

/** What each key does: one comment block per top-level key (and per commit.* key). */
const POLICY_KEY_DOCS: Record<string, string> = {
  mode: 'In "default" mode unknown commands are T2 (allowed) and unreadable ones are asked about;\nin "strict" mode unknown commands are T3 (need approval) and unreadable ones are denied.',
  productionNames:
    'Whole name segments that mark production in namespaces, kube contexts, kubeconfigs and\npaths. Deleting there needs "delete" in the approval. Your list is added to the defaults.',
  localContexts: 'Kube context names (segments) that are local clusters: deletes there are allowed. Replaces the defaults.',
  protectedBranches: 'Branches whose deletion (and force push) is blocked; a trailing * is a prefix match. Added to the defaults.',
  commit: 'The commit convention (Conventional Commits, commitlint config-conventional).',
  'commit.headerMaxLength': 'Maximum length of the subject line.',
  'commit.extraTypes': 'Commit types accepted on top of feat, fix, docs, chore, refactor, test, ci, build, perf, style, revert.',
  'commit.forbiddenTrailers': 'Trailers a commit message must not carry, e.g. "Co-Authored-By: Claude" (case-insensitive line prefix).',
  aliases: 'Extra command aliases, name -> program, so the guard sees through them (tf and k are built in).',
  approvalMinutes: 'How long a user approval lasts, in minutes.',
  readKubeContext:
    'May the guard run `kubectl config current-context` when a kubectl delete names no context?\nWhen false, such a delete is treated as possibly production.',
  hookAllow:
    'What the PreToolUse hook answers for an allowed command: silent (let Claude Code ask as usual)\nor explicit (answer "allow", which skips Claude Code\'s own permission prompt).',
  approvals:
    'Four-eyes (needs the team store): reviewers per environment, e.g. { reviewers: { prod: 1 } }: execute of a\nplan touching prod waits until that many other people approve its digest (execguard approve DIGEST).',
};

const comment = (text: string, indent = '') =>
  text
    .split('\n')
    .map((line) => `${indent}# ${line}`)
    .join('\n');

/** A YAML value on one line (flow style), commented out at `indent`. */
const yamlValue = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
  if (value && typeof value === 'object')
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
      .join(', ')} }`;
  return typeof value === 'string' ? value : String(value);
};

export function policyTemplate(defaults: Policy = DEFAULT_POLICY): string {
  const out = [
    '# execguard project policy. Every key is optional; each is shown commented out at its default.',
    '# Uncomment a key to change it. An unknown key or a bad value is an error naming the line, and',
    '# while the file is broken every Bash command in a Claude Code session is denied (fail closed).',
    '# Each key is explained where it stands below; the execguard README has the same reference as a table.',
    '',
  ];
  for (const [key, value] of Object.entries(defaults)) {
    if (key === 'source') continue;
    out.push(comment(POLICY_KEY_DOCS[key] ?? key));
    if (key === 'commit') {
      out.push('# commit:');
      for (const [inner, v] of Object.entries(value as Record<string, unknown>)) {
        out.push(comment(POLICY_KEY_DOCS[`commit.${inner}`] ?? inner, '  '));
        out.push(`#   ${inner}: ${yamlValue(v)}`);
      }
    } else {
      out.push(`# ${key}: ${yamlValue(value)}`);
    }
    out.push('');
  }
  out.push(
    '# Team store (docs/team.md): leases, journal, decisions and reviews in PostgreSQL, set by a line',
    '# like  store: postgres://alice@db.internal/execguard  (no password in the URL: PGPASSWORD or ~/.pgpass).',
    '',
  );
  return out.join('\n');
}
