// forge-force-push: force pushes and ref deletions done through the forge's API, and repository
// deletion. The gh table (test/guard/tools/gh.test.ts) holds more forms.
import { allow, block, table, type Case } from './table.js';

const F = 'forge-force-push';
const FORCE_OK = 'Approved: force push the rebased branch.';

const mustBlock: Case[] = [
  block('gh api -X DELETE repos/acme/api/git/refs/heads/main', F),
  block('gh api -X PATCH repos/acme/api/git/refs/heads/main -f sha=0123abc -F force=true', F),
  block('gh api -X DELETE repos/acme/api/branches/main/protection', F),
  block('gh repo delete acme/api --yes', F),
  block('bash -c "gh api -X DELETE repos/acme/api/git/refs/heads/main"', F),
  block('GH_REPO=acme/api gh repo delete --yes', F),
  block('g""h repo delete acme/api --yes', F),
  block('gh api -X DELETE repos/acme/api/git/refs/heads/main', F, 'LGTM, ship it'),
  block('gh api -X PATCH repos/acme/api/git/refs/heads/main -f sha=0123abc -F force=true', F, 'Approved, but no force push.'),
  // approved for one environment, aimed at another
  block('gh repo delete acme/prod-infra --yes', F, 'Approved: delete the dev repository.'),
  block('gh api -X DELETE repos/acme/prod-api/git/refs/heads/main', F, 'Approved: delete the dev branch.'),
  block('gh api -X PATCH repos/acme/api/git/refs/heads/main -F force=true -R acme/prod-api', F, 'Approved: force push in dev.'),
  block('cd envs/prod && gh api -X PATCH repos/acme/api/git/refs/heads/main -F force=true', F, 'Approved: force push in dev.'),
];

const mustAllow: Case[] = [
  allow('gh pr create --title "Fix" --body "force push was not needed"'),
  allow('gh api repos/acme/api/pulls'),
  allow('gh api repos/acme/api/branches/main/protection', null),
  allow('gh api -X PATCH repos/acme/api/git/refs/heads/main -f sha=0123abc'),
  allow('gh api -X PATCH repos/acme/api/git/refs/heads/main -f sha=0123abc -F force=true', FORCE_OK),
  allow('gh api -X POST repos/acme/api/git/refs -f ref=refs/heads/feature -f sha=0123abc'),
  allow('echo "gh repo delete acme/api --yes"', null),
  allow('gh repo delete acme/dev-infra --yes', 'Approved: delete the dev repository.'),
  allow('gh api -X DELETE repos/acme/api-dev/git/refs/heads/old', 'Approved: delete the dev branch.'),
  // every kind of effect is judged by its own rule: an approved destroy or delete is not a forge act
  allow('terraform destroy -auto-approve', 'Approved: destroy it.'),
  allow('aws s3 rb s3://acme-logs --force', 'Approved. Delete it.'),
];

table('forge-force-push: must block', mustBlock);
table('forge-force-push: must allow', mustAllow);
