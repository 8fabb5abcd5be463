// curl (and wget) against a forge's REST API: the same ref deletions, forced ref moves, branch
// protection removals and repository deletions as `gh api` (tools/gh.ts), written by hand.
// Everything else curl does stays local work (T1), as before.
import type { SimpleCommand } from '../../shell/types.js';
import type { Tier } from '../types.js';
import { all, last, parseArgv, set } from './grammar.js';
import type { Effect, ToolModule } from './types.js';

const VALUED = set(
  '-X --request -H --header -d --data --data-raw --data-binary --data-urlencode --json -u --user -o --output -A --user-agent ' +
    '-e --referer -b --cookie -c --cookie-jar -F --form -T --upload-file -w --write-out -m --max-time --connect-timeout --retry ' +
    '-x --proxy --cacert --cert --key -K --config --url --resolve --oauth2-bearer',
);
const read = (argv: string[]) => parseArgv(argv, VALUED);

/** The API path of a GitHub (api.github.com, GHE /api/v3) or GitLab (/api/v4) URL. */
function apiPath(url: string): string | undefined {
  const m = /^https?:\/\/(?:api\.github\.com|[^/]+\/api\/v[34])\/(.*)$/i.exec(url);
  return m ? m[1].replace(/\?.*$/, '') : undefined;
}

const REF = /(^|\/)git\/refs\/\S+/;
const PROTECTION = /(^|\/)branches\/[^?\s]+\/protection(\/|$)|(^|\/)protected_branches\/\S+/;
const REPO = /^repos\/[^/\s]+\/[^/\s?]+\/?$|^projects\/[^/\s?]+\/?$/;
const BRANCH = /(^|\/)repository\/branches\/\S+/;

function effects(cmd: SimpleCommand): Effect[] {
  if (cmd.argv[0] !== 'curl') return [];
  const p = read(cmd.argv);
  const urls = [...p.words, ...all(p, '--url')].map(apiPath).filter((u): u is string => u !== undefined);
  if (urls.length === 0) return [];
  const data = [...all(p, '-d', '--data', '--data-raw', '--data-binary', '--json'), cmd.stdin?.text ?? ''].join('\n');
  const method = (last(p, '-X', '--request') ?? (data.trim() ? 'POST' : 'GET')).toUpperCase();
  for (const path of urls) {
    if (method === 'DELETE' && (REF.test(path) || BRANCH.test(path)))
      return [{ kind: 'forge', act: 'curl -X DELETE of a ref on the forge', lifts: 'delete' }];
    if (method === 'DELETE' && PROTECTION.test(path))
      return [{ kind: 'forge', act: 'curl -X DELETE of branch protection', lifts: 'delete' }];
    if (method === 'DELETE' && REPO.test(path)) return [{ kind: 'forge', act: 'curl -X DELETE of a repository', lifts: 'delete' }];
    if ((method === 'PATCH' || method === 'POST') && REF.test(path) && /"force"\s*:\s*true/.test(data))
      return [{ kind: 'forge', act: 'curl -X PATCH of a ref with force: true (a force push)', lifts: 'forcePush' }];
  }
  return [];
}

// curl only fetches or sends; what it sends to a forge is judged by effects.
const tier = (_argv: string[]): Tier => 'T1';

export const curl: ToolModule = { id: 'curl', programs: ['curl'], env: ['GITHUB_TOKEN', 'GH_TOKEN'], tier, effects };
