import { allow, block, table } from './tool-table.js';

const F = 'forge-force-push';
const FORCE_OK = 'Approved: force push the rebased branch.';

table('tools: curl against a forge API', [
  block('curl -X DELETE -H "Authorization: token $GH_TOKEN" https://api.github.com/repos/o/r/git/refs/heads/main', F),
  block('curl -s -X DELETE https://api.github.com/repos/o/r/branches/main/protection -H "Authorization: Bearer $T"', F),
  block(
    'curl -X PATCH -H "Authorization: token $GH_TOKEN" https://api.github.com/repos/o/r/git/refs/heads/main -d \'{"sha":"abc","force":true}\'',
    F,
  ),
  block('curl --request DELETE https://api.github.com/repos/acme/api', F),
  block('curl -X DELETE --header "PRIVATE-TOKEN: $GL" https://gitlab.example.com/api/v4/projects/42/protected_branches/main', F),
  allow(
    'curl -X PATCH -H "Authorization: token $GH_TOKEN" https://api.github.com/repos/o/r/git/refs/heads/main -d \'{"sha":"abc","force":true}\'',
    FORCE_OK,
  ),
  allow('curl -H "Authorization: token $GH_TOKEN" https://api.github.com/repos/o/r/pulls', null),
  allow('curl -X DELETE -H "Authorization: token $GH_TOKEN" https://api.github.com/repos/o/r/issues/comments/1'),
  allow('curl -fsSL https://example.com/install.txt -o install.txt', null),
  allow('curl -X DELETE https://api.example.com/items/1', null),
]);
