// docs/guard-rules.md, third edition, "Effects, tool by tool": dry runs are simulations (`git push -n` /
// `--dry-run` with any force form is T2 and allowed), and `--force-with-lease` to a branch that is
// not protected is an ordinary push. Written from the contract.
import { describe, expect, it } from 'vitest';
import { allow, block, decide, table } from './table.js';

const G = 'git-force-push';
const A = 'approval-gate';
const NONE = null;

table('force pushes that only simulate, and leases to unprotected branches', [
  allow('git push -n -f origin main', NONE),
  allow('git push --dry-run --force origin main', NONE),
  allow('git push -nf origin main', NONE),
  allow('git push -fn origin +main', NONE),
  allow('git push --mirror --dry-run origin', NONE),
  allow('git push --dry origin --mirror', NONE),
  allow('git push --force-with-lease --dry-run origin main', NONE),
  allow('git push -n --delete origin main', NONE),
  allow('git -C repo push -n --force origin main', NONE),
  allow('git push --force-with-lease origin feature/x'),
  allow('git push --force-with-lease origin feature/login-page'),
  allow('git push --force-with-lease=feature/x:abc123 origin feature/x'),
  allow('git push --force-with-lease --force-if-includes origin HEAD:feature/x'),
  allow('git push --force-with-lease origin refs/heads/fix/typo'),
  allow('git push --force-if-includes origin feature/x'),
  allow('git push -u --force-with-lease origin feature/x'),

  block('git push --force-with-lease origin feature/x', A, NONE),
  block('git push --force-with-lease origin main', G),
  block('git push --force-with-lease origin HEAD:main', G),
  block('git push --force-with-lease origin refs/heads/master', G),
  block('git push --force-with-lease origin release/2.0', G),
  block('git push --force-with-lease origin feature/x main', G),
  block('git push --force-with-lease', G),
  block('git push --force-with-lease origin', G),
  block('git push --force-with-lease origin HEAD', G),
  block('git push --force-with-lease --all origin', G),
  block("git push --force-with-lease origin 'refs/heads/*:refs/heads/*'", G),
  block('git push --force-with-lease -f origin feature/x', G),
  block('git push --force-with-lease origin +feature/x', G),
  block('git push -f origin feature/x', G),
  block('git push --mirror origin', G),
  block('git push --force --dry-run --no-dry-run origin main', G),
  block('git push -n origin main && git push -f origin main', G),
]);

describe('a dry run is a simulation', () => {
  it('is tier T2', async () => {
    const d = await decide({ cmd: 'git push -n -f origin main', approval: null, expect: 'allow' });
    expect(d.tier).toBe('T2');
  });
});
