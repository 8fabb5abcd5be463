import { describe, expect, it } from 'vitest';
import { allow, block, decide, table, type Case } from './table.js';

const C = 'commit-convention';
const long = `feat: ${'x'.repeat(95)}`; // 101 characters

const mustBlock: Case[] = [
  block('git commit -m "added stuff"', C, null),
  block('git commit -m "Added login page"', C),
  block('git commit -m "WIP"', C),
  block('git commit -m "update"', C),
  block('git commit -m "Feat: add login"', C),
  block('git commit -m "FEAT: add login"', C),
  block('git commit -m "feature: add login"', C),
  block('git commit -m "feat:add login"', C),
  block('git commit -m "feat : add login"', C),
  block('git commit -m "feat: "', C),
  block('git commit -m "feat:"', C),
  block('git commit -m "feat(): add login"', C),
  block('git commit -m "feat( api): add login"', C),
  block('git commit -m "feat(api) : add"', C),
  block('git commit -m "feat!:add"', C),
  block('git commit -m " feat: leading space"', C),
  block('git commit -m "fix(api)(db): two scopes"', C),
  block('git commit -m "bugfix: handle null"', C),
  block('git commit -m "chore - bump deps"', C),
  block(`git commit -m "${long}"`, C),
  block('git commit -am "quick fix"', C),
  block('git commit -a -m "quick fix"', C),
  block('git commit -m"no space form"', C),
  block('git commit --message "Fixed bug"', C),
  block('git commit --message="Fixed bug"', C),
  block('git commit -m "bad subject" -m "feat: body does not rescue it"', C),
  block('git commit --amend -m "Reword badly"', C),
  block('git commit -m "$(cat <<\'EOF\'\nAdded a thing\n\nbody\nEOF\n)"', C),
  block('git commit -m "$(cat <<EOF\nupdate readme\nEOF\n)"', C),
  block('git commit -F - <<EOF\nbad message\nEOF', C),
  block("git commit -F - <<'EOF'\nFixed stuff\n\nlonger body\nEOF", C),
  block('echo "bad message" | git commit -F -', C),
  block('printf "wip\\n" | git commit --file=-', C),
  block('git -C repo commit -m "Update"', C),
  block('git -C ../svc -c user.name=bot commit -m "misc changes"', C),
  block('bash -c "git commit -m \'wip\'"', C),
  block('sh -c \'git commit -m "oops"\'', C),
  block('git add . && git commit -m "changes" && git push', C),
  block('cd repo && git commit -am "tweak"', C),
  block('/usr/bin/git commit -m "bad"', C),
  block('\\git commit -m "bad"', C),
  block('MSG="bad one"; git commit -m "$MSG"', C),
  block('git commit -m "Merge branch main"', C),
  // Never lifted by an approval
  block('git commit -m "added stuff"', C, 'Approved. Commit it however you like.'),
  block('git commit -m "wip"', C, 'Approved: destroy, delete, force push, anything.'),
  // the first message part decides, whatever follows it; an empty message git is told to accept
  block('git commit -m "bad subject" -m "$BODY"', C, null),
  block('git commit --allow-empty-message -m ""', C, null),
  // the message from stdin, however -F / --file names it
  block('echo "bad message" | git commit --file -', C, null),
  block('echo "bad message" | git commit --file=/dev/stdin', C, null),
  block('echo "bad message" | git commit -F /dev/stdin', C, null),
];

const mustAllow: Case[] = [
  allow('git commit -m "feat: add login"', null),
  allow('git commit -m "fix(api): handle empty token"', null),
  allow('git commit -m "feat(api)!: drop v1 endpoints"', null),
  allow('git commit -m "feat!: drop node 18"', null),
  allow('git commit -m "docs: Add README section"', null),
  allow('git commit -m "chore(deps): bump yaml from 2.8 to 2.9"', null),
  allow('git commit -m "refactor(core/engine): split evaluate"', null),
  allow('git commit -m "ci: cache npm"', null),
  allow('git commit -m "perf: faster parse"', null),
  allow('git commit -m "revert: feat: add login"', null),
  allow('git commit -m "style: format"', null),
  allow('git commit -m "test: add guard cases"', null),
  allow('git commit -m "build: esbuild splitting"', null),
  allow(`git commit -m "feat: ${'x'.repeat(94)}"`, null),
  allow('git commit -m "feat: subject with trailing spaces   "', null),
  allow('git commit -am "fix: typo"', null),
  allow('git commit -a -m "fix: typo"', null),
  allow('git commit -m"fix: typo"', null),
  allow('git commit --message="fix: typo"', null),
  allow('git commit -m "feat: add login" -m "Long body that is Not Checked at all. WIP."', null),
  allow('git commit -m "feat: add x" -m "" -m "Co-Authored-By: someone"', null),
  allow('git commit --amend --no-edit', null),
  allow('git commit --amend --no-edit --no-verify', null),
  allow('git commit --fixup=HEAD~2', null),
  allow('git commit --fixup HEAD', null),
  allow('git commit --squash=abc123', null),
  allow('git commit -m "fixup! feat: add login"', null),
  allow('git commit -m "squash! feat: add login"', null),
  allow('git commit -m "$(cat <<\'EOF\'\nfeat(guard): add commit rule\n\nBody here.\nEOF\n)"', null),
  allow('git commit -F - <<EOF\nfix: handle nulls\n\nbody\nEOF', null),
  allow('echo "fix: typo" | git commit -F -', null),
  allow('git -C repo commit -m "fix: typo"', null),
  allow('bash -c "git commit -m \'fix: typo\'"', null),
  allow('git commit', null),
  allow('git commit -F .git/COMMIT_EDITMSG', null),
  allow('git commit -C HEAD', null),
  allow('git merge --no-ff feature/x', null),
  allow('git merge -m "Merge feature x" feature/x', null),
  allow('git log --oneline -5', null),
  allow('git tag -a v1.0 -m "Release 1.0"', null),
  allow('git stash push -m "wip stuff"', null),
  allow('echo "git commit -m bad"', null),
  allow('git add -A && git commit -m "feat: everything" && git push'),
  allow('git commit -m "feat: add login" --author="Bot <bot@example.com>"', null),
  // a message computed at run time cannot be judged here
  allow('git commit -m "$MSG"', null),
  allow('git commit -m "$MSG" -m "bad"', null),
  allow('git commit --message "$MSG"', null),
  allow('git commit --message="$MSG"', null),
  allow('git commit -m "fix: typo" -m "$BODY"', null),
  // options and paths that are not the message
  allow('git commit --message "fix: typo"', null),
  allow('git commit --message', null),
  allow('git commit src/main.ts -m "fix: typo"', null),
  allow('git commit -Smykey -m "fix: typo"', null),
  allow('git commit -C HEAD', null),
  // stdin that is not the message
  allow('echo "bad message" | git commit -F msg.txt', null),
  allow('echo "bad message" | git commit --file=msg.txt', null),
  allow('echo "bad message" | git commit --amend --no-edit', null),
  allow('git commit -F -', null),
  // the subject is the first non-blank line, its trailing blanks dropped (100 characters here)
  allow('git commit -F - <<EOF\n\nfix: typo\nEOF', null),
  allow(`git commit -m "fix: ${'a'.repeat(95)}   "`, null),
  // another version control system's commit
  allow('hg commit -m "Fixed bug"', null),
];

const policyCases: Case[] = [
  block('git commit -m "deps: bump yaml"', C, null),
  allow('git commit -m "deps: bump yaml"', null, {
    policy: { commit: { headerMaxLength: 100, extraTypes: ['deps'], forbiddenTrailers: [] } },
  }),
  block('git commit -m "feat: a subject longer than fifty characters is too long here"', C, null, {
    policy: { commit: { headerMaxLength: 50, extraTypes: [], forbiddenTrailers: [] } },
  }),
  block('git commit -m "feat: add x" -m "Co-Authored-By: Claude <noreply@anthropic.com>"', C, null, {
    policy: { commit: { headerMaxLength: 100, extraTypes: [], forbiddenTrailers: ['Co-Authored-By: Claude'] } },
  }),
  block("git commit -F - <<'EOF'\nfeat: add x\n\nco-authored-by: claude\nEOF", C, null, {
    policy: { commit: { headerMaxLength: 100, extraTypes: [], forbiddenTrailers: ['Co-Authored-By: Claude'] } },
  }),
  allow('git commit -m "feat: add x" -m "Co-Authored-By: Alice <a@example.com>"', null, {
    policy: { commit: { headerMaxLength: 100, extraTypes: [], forbiddenTrailers: ['Co-Authored-By: Claude'] } },
  }),
];

table('commit-convention: must block', mustBlock);
table('commit-convention: must allow', mustAllow);
table('commit-convention: policy', policyCases);

const TYPES = 'build, chore, ci, docs, feat, fix, perf, refactor, revert, style, test';
const AGAIN =
  'Commits must follow Conventional Commits, and no approval lifts this rule. Commit again with a subject such as `fix(api): handle an empty token` (type one of';

describe('commit-convention says what is wrong and how to commit again', () => {
  it('a subject that is not a Conventional Commit', async () => {
    const d = await decide({ cmd: 'git commit -m "Fixed bug"', approval: null, expect: 'deny' });
    expect(d.reason).toBe(
      `commit-convention: blocked \`git commit\`: the subject "Fixed bug" does not match \`type(scope)!: subject\` with a lower-case type from ${TYPES}. ${AGAIN} ${TYPES}, optional scope, \`!\` for breaking changes, at most 100 characters); put details in further -m parts (the body).`,
    );
  });

  it('a subject that is too long: its length, and nothing else', async () => {
    const d = await decide({ cmd: `git commit -m "fix: ${'a'.repeat(130)}"`, approval: null, expect: 'deny' });
    expect(d.reason).toContain('blocked `git commit`: the subject is 135 characters long (at most 100). Commits must');
  });

  it('a long subject that does not match is quoted to 120 characters', async () => {
    const subject = `Fixed ${'b'.repeat(150)}`;
    const d = await decide({ cmd: `git commit -m "${subject}"`, approval: null, expect: 'deny' });
    expect(d.reason).toContain(`the subject "${subject.slice(0, 120)}" does not match`);
    expect(d.reason).toContain('; the subject is 156 characters long (at most 100)');
  });

  it("the policy's extra types and forbidden trailers are named", async () => {
    const d = await decide({
      cmd: 'git commit -m "Fixed bug" -m "  Co-Authored-By: Claude <noreply@anthropic.com>"',
      approval: null,
      expect: 'deny',
      policy: { commit: { headerMaxLength: 100, extraTypes: ['deps'], forbiddenTrailers: ['Co-Authored-By: Claude'] } },
    });
    expect(d.reason).toContain(
      `with a lower-case type from ${TYPES}, deps; the message carries the forbidden trailer "Co-Authored-By: Claude <noreply@anthropic.com>". `,
    );
    expect(d.reason).toContain(`(type one of ${TYPES}, deps, optional scope`);
  });
});
