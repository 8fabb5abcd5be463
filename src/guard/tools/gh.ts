// GitHub CLI (and glab's tiers): `gh GROUP ACTION`, `gh api [-X METHOD] ENDPOINT [-f k=v]…`.
// Forge effects: a ref deleted or moved with `force=true` through the API is a force push that no
// `git push` shows; deleting branch protection removes the guard on it; `repo delete` removes the
// repository. Reads: view/list/status, `gh api` GETs.
import type { SimpleCommand } from '../../shell/types.js';
import type { Tier } from '../types.js';
import { all, last, parseArgv, set } from './grammar.js';
import type { Effect, ToolModule } from './types.js';

const VALUED = set(
  '-X --method -f -F --field --raw-field -H --header --input -q --jq -t --template --hostname -p --preview --cache -R --repo ' +
    '--title --body -b --body-file -B --base --head -l --label -a --assignee -m --milestone -w --web --json --limit -L -s --state',
);
const read = (argv: string[]) => parseArgv(argv, VALUED);

const READ = new Set(['view', 'list', 'status', 'diff', 'checks', 'search', 'browse', 'watch', 'download', 'ls']);

interface ApiCall {
  method: string;
  endpoint: string;
  fields: string[];
}

function apiCall(argv: string[]): ApiCall | undefined {
  const p = read(argv);
  if (p.words[0] !== 'api') return undefined;
  const fields = all(p, '-f', '-F', '--field', '--raw-field');
  const writes = fields.length > 0 || p.options.has('--input');
  const method = (last(p, '-X', '--method') ?? (writes ? 'POST' : 'GET')).toUpperCase();
  return { method, endpoint: (p.words[1] ?? '').replace(/^\/+/, ''), fields };
}

function tier(argv: string[]): Tier {
  const p = read(argv);
  const [group, action] = p.words;
  if (!group) return 'T0';
  if (group === 'api') return apiCall(argv)?.method === 'GET' ? 'T0' : 'T3';
  if (['auth', 'config', 'alias', 'completion', 'help', 'version', 'extension', 'codespace'].includes(group)) return 'T1';
  if (!action || READ.has(action)) return 'T0';
  if (group === 'pr' && ['create', 'checkout', 'comment', 'edit', 'ready', 'review'].includes(action)) return 'T1';
  if (group === 'issue' && ['create', 'comment', 'edit', 'close', 'reopen'].includes(action)) return 'T1';
  if (group === 'repo' && ['clone', 'fork', 'sync', 'set-default'].includes(action)) return 'T1';
  return 'T3'; // pr merge, release create, repo delete, secret set, workflow run, ...
}

const REF = /(^|\/)git\/refs\/\S+/;
const PROTECTION = /(^|\/)branches\/[^?\s]+\/protection(\/|$|\?)/;
const REPO = /^repos\/[^/\s]+\/[^/\s?]+\/?$/;
/** GitLab (glab api): a branch deleted or unprotected, a project deleted. */
const GITLAB_BRANCH = /(^|\/)projects\/[^/\s]+\/(repository\/branches|protected_branches|repository\/tags)\/\S+/;
const GITLAB_PROJECT = /^projects\/[^/\s?]+\/?$/;

function effects(cmd: SimpleCommand): Effect[] {
  if (cmd.argv[0] !== 'gh' && cmd.argv[0] !== 'glab') return [];
  const p = read(cmd.argv);
  if (p.words[0] === 'repo' && p.words[1] === 'delete') return [{ kind: 'forge', act: `${cmd.argv[0]} repo delete`, lifts: 'delete' }];
  // `gh repo sync --force` hard-resets the destination branch: a force push done by the forge
  if (p.words[0] === 'repo' && p.words[1] === 'sync' && p.options.has('--force'))
    return [{ kind: 'forge', act: 'gh repo sync --force', lifts: 'forcePush' }];
  const call = apiCall(cmd.argv);
  if (!call) return [];
  const { method, endpoint, fields } = call;
  if (method === 'DELETE' && REF.test(endpoint))
    return [{ kind: 'forge', act: 'gh api -X DELETE git/refs (a ref deletion)', lifts: 'delete' }];
  if (method === 'DELETE' && PROTECTION.test(endpoint))
    return [{ kind: 'forge', act: 'gh api -X DELETE …/protection (branch protection removed)', lifts: 'delete' }];
  if (method === 'DELETE' && REPO.test(endpoint)) return [{ kind: 'forge', act: 'gh api -X DELETE repos/OWNER/REPO', lifts: 'delete' }];
  if (method === 'DELETE' && GITLAB_BRANCH.test(endpoint))
    return [{ kind: 'forge', act: `${cmd.argv[0]} api -X DELETE a branch, tag or its protection`, lifts: 'delete' }];
  if (method === 'DELETE' && GITLAB_PROJECT.test(endpoint))
    return [{ kind: 'forge', act: `${cmd.argv[0]} api -X DELETE a project`, lifts: 'delete' }];
  // `--input -` reads the request body from stdin: `echo '{"force":true}' | gh api …`
  const body = last(read(cmd.argv), '--input') === '-' ? (cmd.stdin?.text ?? '') : '';
  const forced = fields.some((f) => /^force=(true|1)$/i.test(f)) || /"force"\s*:\s*true/.test(body);
  // a ref PATCH whose body is a file (or unread stdin) may carry force: true
  const input = last(read(cmd.argv), '--input');
  const unreadBody = method === 'PATCH' && REF.test(endpoint) && input !== undefined && (input !== '-' || cmd.stdin?.text === undefined);
  if (unreadBody)
    return [{ kind: 'forge', act: 'gh api -X PATCH git/refs with a body the guard cannot read (it may force)', lifts: 'forcePush' }];
  if ((method === 'PATCH' || method === 'POST') && REF.test(endpoint) && forced)
    return [{ kind: 'forge', act: 'gh api -X PATCH git/refs force=true (a force push)', lifts: 'forcePush' }];
  if (endpoint === 'graphql') {
    const query = fields.join('\n');
    if (/\bdeleteRef\b|\bdeleteBranchProtectionRule\b/.test(query))
      return [{ kind: 'forge', act: 'gh api graphql deleteRef', lifts: 'delete' }];
    if (/\bupdateRefs?\b[\s\S]*\bforce\s*:\s*true/.test(query))
      return [{ kind: 'forge', act: 'gh api graphql updateRef force', lifts: 'forcePush' }];
  }
  return [];
}

/** The repository a command acts on: `-R`, `repo delete OWNER/REPO`, an API path's `repos/OWNER/REPO`. */
function targets(cmd: SimpleCommand): string[] {
  const p = read(cmd.argv);
  const named = all(p, '-R', '--repo');
  if (p.words[0] === 'repo' && p.words[1] === 'delete' && p.words[2]) named.push(p.words[2]);
  const endpoint = apiCall(cmd.argv)?.endpoint.match(/^repos\/[^/\s]+\/[^/\s?]+/);
  if (endpoint) named.push(endpoint[0]);
  return named;
}

export const gh: ToolModule = {
  id: 'gh',
  programs: ['gh', 'glab'],
  env: ['GH_REPO', 'GH_HOST', 'GITHUB_TOKEN', 'GH_TOKEN'],
  tier,
  effects,
  targets,
};
