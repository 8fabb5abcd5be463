import { allow, block, table } from './tool-table.js';

const F = 'forge-force-push';
const FORCE_OK = 'Approved: force push the rebased branch.';
const DELETE_OK = 'Approved. Delete it.';

table('tools: gh', [
  block('gh repo delete o/r --yes', F),
  block('gh repo delete --yes', F),
  block('gh api -X DELETE repos/o/r/git/refs/heads/main', F),
  block('gh api --method DELETE /repos/o/r/git/refs/heads/release/1.2', F),
  block('gh api -XDELETE repos/o/r/git/refs/tags/v1.0.0', F),
  block('gh api --method=DELETE repos/o/r/git/refs/heads/main', F, null),
  block('gh api -X PATCH repos/o/r/git/refs/heads/main -f sha=abc123 -F force=true', F),
  block('gh api repos/o/r/git/refs/heads/main -X PATCH --field sha=abc --field force=true', F),
  block('gh api -X DELETE repos/o/r/branches/main/protection', F),
  block('gh api -X DELETE repos/acme/api/branches/main/protection/required_pull_request_reviews', F),
  block('gh api -X DELETE repos/o/r', F),
  block('glab api -X DELETE projects/acme%2Fapi/protected_branches/main', F),
  block('glab api --method DELETE projects/42/repository/branches/main', F),
  block('glab repo delete acme/api --yes', F),
  block('gh repo sync acme/fork --source acme/api --force', F),
  block('gh api -X PATCH repos/o/r/git/refs/heads/main --input patch.json', F),
  allow('gh repo sync acme/fork --source acme/api'),
  block('echo \'{"sha":"abc","force":true}\' | gh api -X PATCH repos/o/r/git/refs/heads/main --input -', F),
  block('gh api graphql -f query=\'mutation { deleteRef(input: {refId: "x"}) { clientMutationId } }\'', F),
  block('gh api -X PATCH repos/o/r/git/refs/heads/main -f sha=abc -F force=true', F, DELETE_OK),
  allow('gh api -X PATCH repos/o/r/git/refs/heads/main -f sha=abc -F force=true', FORCE_OK),
  allow('gh api -X DELETE repos/o/r/git/refs/heads/old-feature', DELETE_OK),
  allow('gh repo delete o/scratch --yes', DELETE_OK),
  allow('gh api -X PATCH repos/o/r/git/refs/heads/main -f sha=abc -F force=false'),
  allow('gh api -X PATCH repos/o/r/git/refs/heads/main -f sha=abc'),
  allow('gh pr create --title x --body y'),
  allow('gh pr create --title "delete the old branch" --body "gh repo delete is not run"', null),
  allow('gh api repos/o/r/pulls'),
  allow('gh api repos/o/r/pulls', null),
  allow('gh api repos/o/r/git/refs/heads/main', null),
  allow('gh api repos/o/r/branches/main/protection', null),
  allow('gh pr view 42', null),
  allow('gh pr merge 42 --squash'),
  block('gh pr merge 42 --squash', 'approval-gate', null),
]);
