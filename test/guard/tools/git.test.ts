// The git module's tiers; git-force-push.test.ts and commit-convention.test.ts hold those rules.
import { allow, block, table } from './tool-table.js';

const G = 'approval-gate';

table('tools: git', [
  block('git push origin main', G, null),
  block('git -C repo push', G, null),
  block('git lfs push origin main', G, null),
  block('git push --force origin main', 'git-force-push'),
  allow('git push origin main'),
  allow('git push --dry-run origin main', null),
  allow('git push -n origin main', null),
  allow('git status', null),
  allow('git log --oneline -5', null),
  allow('git diff HEAD~1', null),
  allow('git -c core.pager=cat show HEAD', null),
  allow('git fetch --all', null),
  allow('git branch -D old-feature', null),
  allow('git rebase -i HEAD~3', null),
]);
