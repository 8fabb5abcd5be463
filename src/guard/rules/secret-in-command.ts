// secret-in-command: a credential written as a literal anywhere in the raw command text (commit
// messages, heredocs and echo arguments included). The only rule that reads the raw text, and one
// no approval lifts. Every pattern is bounded so a huge input stays linear.
import type { Rule } from '../types.js';

interface Shape {
  name: string;
  pattern: RegExp;
}

/** Known token shapes. A regex such as 'AKIA[0-9A-Z]{16}' does not match: '[' is not a token character. */
const TOKEN_SHAPES: Shape[] = [
  { name: 'an AWS access key id', pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![A-Za-z0-9])/ },
  { name: 'a GitHub token', pattern: /(?<![A-Za-z0-9])(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{10,255}/ },
  { name: 'a GitHub fine-grained token', pattern: /(?<![A-Za-z0-9])github_pat_[A-Za-z0-9_]{10,255}/ },
  { name: 'a GitLab token', pattern: /(?<![A-Za-z0-9])glpat-[A-Za-z0-9_-]{10,255}/ },
  { name: 'a Slack token', pattern: /(?<![A-Za-z0-9])xox[abpr]-[A-Za-z0-9-]{8,255}/ },
  { name: 'a Stripe live key', pattern: /(?<![A-Za-z0-9])[sr]k_live_[A-Za-z0-9]{8,255}/ },
  { name: 'an OpenAI key', pattern: /(?<![A-Za-z0-9])sk-proj-[A-Za-z0-9_-]{8,255}/ },
  { name: 'an Anthropic key', pattern: /(?<![A-Za-z0-9])sk-ant-[A-Za-z0-9_-]{8,255}/ },
  { name: 'an npm token', pattern: /(?<![A-Za-z0-9])npm_[A-Za-z0-9]{30,255}/ },
  { name: 'a Docker Hub token', pattern: /(?<![A-Za-z0-9])dckr_pat_[A-Za-z0-9_-]{8,255}/ },
  { name: 'a Vault token', pattern: /(?<![A-Za-z0-9])hvs\.[A-Za-z0-9_-]{10,255}/ },
  { name: 'a Google API key', pattern: /(?<![A-Za-z0-9])AIza[0-9A-Za-z_-]{20,255}/ },
  { name: 'a private key', pattern: /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY( BLOCK)?-----/ },
  { name: 'an AWS secret access key', pattern: /aws_secret_access_key["']?\s{0,5}[=:\s]\s{0,5}["']?[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/i },
  { name: 'an AWS session token', pattern: /AWS_SESSION_TOKEN=["']?(?![$"'`\s;&|)]|$)/ },
];

/** A value that is a reference or a prompt, not a literal secret. */
function isLiteral(value: string | undefined): boolean {
  if (value === undefined) return false;
  const v = value.replace(/^["']+/, '');
  if (v === '' || /^[$`<]/.test(v) || /^["']*$/.test(v)) return false;
  if (/^\*+$/.test(v) || /^-/.test(v)) return false;
  return true;
}

interface Slot {
  name: string;
  pattern: RegExp;
  /** Capture group holding the value (default 1). */
  group?: number;
  /** Extra condition on the whole match. */
  when?: (m: RegExpExecArray) => boolean;
}

const W = `[^\\n|;&]{0,300}?`; // same command, bounded

/** A key that names a credential (GUARD-RULES.md, second edition). */
const CREDENTIAL_KEY = /password|passwd|pwd|secret|token|key|credential|auth|api|private|cert/i;
/** The last segment of a helm value path that names a credential (`db.password`, not `auth.tokenTTL`). */
const HELM_CREDENTIAL = /(password|passwd|pwd|secret|token|api[_-]?key|credentials?|private[_-]?key|auth[_-]?key)$/i;

/** Credential slots whose value must not be a literal. */
const SLOTS: Slot[] = [
  {
    name: 'a MySQL password (-p)',
    pattern: new RegExp(`\\b(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump|mysqlimport|mysqlshow)\\b${W}\\s-p(?=[^\\s=])(\\S{1,300})`),
  },
  { name: 'a MySQL password (--password)', pattern: new RegExp(`\\b(?:mysql|mysqldump|mysqladmin|mariadb)\\b${W}\\s-p=(\\S{1,300})`) },
  { name: 'a redis-cli password (-a)', pattern: new RegExp(`\\bredis-cli\\b${W}\\s-a\\s{0,5}(\\S{1,300})`) },
  { name: 'a password flag (--password)', pattern: /--password(?:=|\s{1,5})(\S{1,300})/ },
  {
    name: 'a credential flag (--…password / --…token / --client-secret)',
    pattern:
      /(?<![\w-])--[a-z0-9-]{0,40}(?:password|passwd|token|api-key|apikey|client-secret|secret-key|secret-access-key)(?:=|\s{1,5})(\S{1,300})/i,
    when: (m) => !/^["']?(true|false|yes|no|none|null|0|1)["']?$/i.test(m[1]),
  },
  {
    name: 'an AWS secret given to aws configure',
    pattern: /\baws\s{1,5}configure\s{1,5}set\s{1,5}(?:aws_secret_access_key|aws_session_token)\s{1,5}(\S{1,300})/,
  },
  {
    name: 'a login password (-p)',
    pattern: new RegExp(`\\b(?:docker|podman|nerdctl|buildah|skopeo|helm|az|oras|crane)\\s${W}\\blogin\\b${W}\\s-p\\s{0,5}(\\S{1,300})`),
  },
  { name: 'an sshpass password', pattern: new RegExp(`\\bsshpass\\b${W}\\s-p\\s{0,5}(\\S{1,300})`) },
  {
    name: 'curl credentials (-u user:pass)',
    pattern: new RegExp(`\\bcurl\\b${W}\\s(?:-u|--user)(?:\\s{1,5}|=)?["']?[^\\s"':]{0,100}:([^\\s"']{1,300})`),
  },
  // the key says whether the value is a credential (`username=admin` is not); quoted values count
  {
    name: 'a --from-literal secret value',
    pattern: /--from-literal(?:=|\s{1,5})["']?([^=\s"']{1,200})=["']?([^\s"']{1,300})/,
    group: 2,
    when: (m) => CREDENTIAL_KEY.test(m[1]),
  },
  { name: 'a literal Authorization header', pattern: /Authorization:\s{0,5}(?:Bearer|token|Basic)\s{1,5}([^\s"']{8,300})/i },
  {
    name: 'a password in -var',
    pattern:
      /-var(?:=|\s{1,5})["']?[A-Za-z0-9_.-]{0,100}(?:password|passwd|secret|token|api_key)[A-Za-z0-9_.-]{0,100}\s{0,3}=\s{0,3}["']?([^\s"']{1,300})/i,
  },
];

const SECRET_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|AUTHTOKEN|_authToken|ACCESS_KEY|PRIVATE_KEY)/i;
/** Names that hold a reference to a secret, not the secret. */
const SECRET_REFERENCE =
  /(_FILE|_PATH|_NAME|_ID|_ENV|_ARN|_REF|_KEY_ID|_TYPE|_DIR|_COUNT|_LENGTH|_TTL|_EXPIRY|_HEADER|_PREFIX|_URL|_URI|_ENDPOINT|_HOST|_PORT|_TIMEOUT|_SIZE|_LIMIT|_MODE|_ENABLED|_VERSION|_REGION|_PROVIDER|_SOURCE|_STORE|_MANAGER|_BACKEND|_ROTATION|_POLICY|_LIFETIME|_AGE|_DURATION|_INTERVAL|_LEN|_BITS|_BYTES|_RETRIES|_ATTEMPTS|_EXPIRES_IN|_EXPIRATION|_SECONDS|_MINUTES|_HOURS|_DAYS|_MS)$/i;

function assignmentSecret(raw: string): string | undefined {
  const re =
    /(?:^|[\s;&|(`{'".,])(?:export\s{1,5}|declare\s{1,5}(?:-x\s{1,5})?|local\s{1,5})?((?:\/\/[^\s=]{1,200}:)?[A-Za-z_][A-Za-z0-9_]{0,100})=(["']?)([^\s"';&|]{0,300})/g;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = re.exec(raw)) && guard++ < 10_000) {
    const name = m[1];
    const bare = name.replace(/^\/\/[^:]*:/, '');
    if (!SECRET_NAME.test(bare) || SECRET_REFERENCE.test(bare)) continue;
    // TOKEN must be a whole word of the name: max_tokens, TOKENIZER are not credentials.
    if (/TOKEN/i.test(bare) && !/(^|_)(AUTH)?TOKEN($|_)|authToken|TOKEN$/i.test(bare)) continue;
    const value = m[3];
    if (!isLiteral(value)) continue;
    if (/^(true|false|null|none|yes|no)$/i.test(value)) continue;
    // Code, not a literal: python -c "api_key=os.environ['KEY']", paths to key files.
    if (/[([{]/.test(value) || /^(os\.|process\.env|~?\/|\.\/)/.test(value)) continue;
    return `${bare}=…`;
  }
  return undefined;
}

/** `scheme://user:pass@host` with a literal pass. Anchored on each `://`, so long text stays cheap. */
function urlPassword(raw: string): boolean {
  const userinfo = /^[^\s/:@'"]{0,200}:([^\s/@'"]{1,300})@/;
  for (let at = raw.indexOf('://'); at !== -1; at = raw.indexOf('://', at + 3)) {
    const m = userinfo.exec(raw.slice(at + 3, at + 3 + 520));
    if (m && isLiteral(m[1])) return true;
  }
  return false;
}

/** helm `--set`/`--set-string key=value,...` where a key names a credential and its value is a literal. */
function helmSetSecret(raw: string): boolean {
  if (!raw.includes('--set')) return false;
  const re = /--set(?:-string)?(?:=|\s{1,5})(["']?)([^\s"']{1,2000})/g;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = re.exec(raw)) && guard++ < 10_000) {
    for (const pair of m[2].split(',')) {
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const key = pair.slice(0, eq).split('.').pop() ?? '';
      if (HELM_CREDENTIAL.test(key) && isLiteral(pair.slice(eq + 1))) return true;
    }
  }
  return false;
}

function findSecret(raw: string): string | undefined {
  for (const shape of TOKEN_SHAPES) if (shape.pattern.test(raw)) return shape.name;
  if (urlPassword(raw)) return 'a password in a URL (user:pass@)';
  for (const slot of SLOTS) {
    const re = new RegExp(slot.pattern.source, slot.pattern.flags.includes('g') ? slot.pattern.flags : `${slot.pattern.flags}g`);
    let m: RegExpExecArray | null;
    let guard = 0;
    while ((m = re.exec(raw)) && guard++ < 10_000) {
      if (m[0].length === 0) re.lastIndex++;
      if (slot.when && !slot.when(m)) continue;
      if (isLiteral(m[slot.group ?? 1])) return slot.name;
    }
  }
  if (helmSetSecret(raw)) return 'a credential given to helm --set';
  const assigned = assignmentSecret(raw);
  if (assigned) return `a secret assigned as a literal (${assigned})`;
  return undefined;
}

export const secretInCommand: Rule = (ctx) => {
  const found = findSecret(ctx.raw);
  if (!found) return [];
  return [
    {
      id: 'secret-in-command',
      decision: 'deny',
      reason:
        `secret-in-command: blocked: the command contains ${found} as a literal. Secrets on a command line end up in shell history, process lists, logs and transcripts, and no approval lifts this rule. ` +
        'Pass it by reference instead: an environment variable set outside the command (`$TOKEN`), `--password-stdin`, `--from-file`, `-var-file`, or a secret manager (`$(vault kv get -field=… …)`). If this key is real, treat it as leaked and rotate it.',
    },
  ];
};
