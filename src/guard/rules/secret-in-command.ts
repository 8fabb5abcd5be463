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
  // `key=@file` (vault, curl) and `file://…` (aws) read the value from a file
  if (/^@[\w./~-]/.test(v) || /^(file|fileb):\/\//.test(v)) return false;
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

/** A key that names a credential (docs/guard-rules.md, second edition). */
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
      /(?<![\w-])--[a-z0-9-]{0,40}(?:password|passwd|passphrase|token|api-key|apikey|client-secret|secret-key|secret-access-key)(?:=|\s{1,5})(\S{1,300})/i,
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
    when: (m) => CREDENTIAL_KEY.test(m[1]) && !SECRET_REFERENCE.test(m[1]),
  },
  { name: 'a literal Authorization header', pattern: /Authorization:\s{0,5}(?:Bearer|token|Basic)\s{1,5}([^\s"']{8,300})/i },
  {
    name: 'a literal API key header',
    pattern:
      /(?<![\w-])(?:X-API-Key|Api-Key|X-Auth-Token|X-Vault-Token|PRIVATE-TOKEN|X-Access-Token|X-Api-Token|Authorization)\s{0,5}:\s{0,5}(?:(?:Bearer|token|Basic|Token)\s{1,5})?(?!(?:Bearer|token|Basic)\b)([^\s"']{6,300})/i,
  },
  // a here-string feeding --password-stdin is the password, written out
  { name: 'a literal password fed to --password-stdin', pattern: new RegExp(`--password-stdin${W}<<<\\s{0,5}(["']?[^\\s;&|]{1,300})`) },
  {
    name: 'a literal password piped to --password-stdin',
    pattern: /\b(?:echo|printf)\s{1,5}(?:-n\s{1,5})?(["']?[^\s"'|;&%]{1,300})["']?\s{0,5}\|[^|;&\n]{0,200}--password-stdin/,
  },
  {
    name: 'a literal secret string (--secret-string)',
    pattern: /--secret-(?:string|binary)(?:=|\s{1,5})(\S{1,300})/,
  },
  { name: 'a redis-cli password (--pass)', pattern: new RegExp(`\\bredis-cli\\b${W}\\s--pass(?:=|\\s{1,5})(\\S{1,300})`) },
  { name: 'an openssl pass: argument', pattern: /(?<![\w-])-pass(?:in|out)?\s{1,5}["']?pass:([^\s"']{1,300})/ },
  {
    name: 'a gh secret given with --body',
    pattern: new RegExp(`\\bgh\\s{1,5}secret\\s{1,5}set\\b${W}\\s(?:--body(?:=|\\s{1,5})|-b\\s{0,5})(\\S{1,300})`),
  },
  {
    name: 'a SecureString parameter value',
    pattern: new RegExp(`\\bput-parameter\\b${W}\\s--value(?:=|\\s{1,5})(\\S{1,300})`),
    when: (m) => /SecureString/.test(m[0]) || /SecureString/.test(m.input.slice(m.index, m.index + 800).split(/[|;&\n]/)[0]),
  },
  {
    name: 'a password in -var',
    pattern:
      /-var(?:=|\s{1,5})["']?[A-Za-z0-9_.-]{0,100}(?:password|passwd|secret|token|api_key)[A-Za-z0-9_.-]{0,100}\s{0,3}=\s{0,3}["']?([^\s"']{1,300})/i,
  },
];

const SECRET_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|AUTHTOKEN|_authToken|ACCESS_KEY|PRIVATE_KEY)/i;
/** Credential slots whose name does not say so (docs/guard-rules.md, "Secrets, third edition"). */
const SECRET_SLOT_NAMES =
  /^(MYSQL_PWD|PGPASSWORD|REDISCLI_AUTH|PGPASS|MONGO_PWD|RABBITMQ_DEFAULT_PASS|MINIO_ROOT_PASSWORD|ADMIN_PASS|DB_PASS)$/;
/** Names of a secret (a Secret object, a key in a store), not its value: `auth.existingSecret`. */
const SECRET_OBJECT_NAME = /^existing|(?:Secret|Token)(?:Name|Ref|Scopes?)$|SecretKeyRef$/i;
/** Names that hold a reference to a secret, not the secret. */
const SECRET_REFERENCE =
  /(_FILE|_PATH|_NAME|_ID|_ENV|_ARN|_REF|_KEY_ID|_TYPE|_DIR|_COUNT|_LENGTH|_TTL|_EXPIRY|_HEADER|_PREFIX|_URL|_URI|_ENDPOINT|_HOST|_PORT|_TIMEOUT|_SIZE|_LIMIT|_MODE|_ENABLED|_VERSION|_REGION|_PROVIDER|_SOURCE|_STORE|_MANAGER|_BACKEND|_ROTATION|_POLICY|_LIFETIME|_AGE|_DURATION|_INTERVAL|_LEN|_BITS|_BYTES|_RETRIES|_ATTEMPTS|_EXPIRES_IN|_EXPIRATION|_SECONDS|_MINUTES|_HOURS|_DAYS|_MS|_SCOPES?|_AUDIENCE|_ISSUER|_USER|_USERNAME|_LABEL|_FORMAT|_ALGORITHM|_KIND|_FIELD|_HASH_ALGORITHM|_TTL_SECONDS|_REGEX|_PATTERN|_CHARS|_OWNER|_DESCRIPTION|_NAMES|_IDS|_KEYS|_EXPIRES|_REFRESH_INTERVAL|_ROLE|_GROUP|_POLICIES|_PERIOD|_NUM_USES|_CIDRS)$/i;

function assignmentSecret(raw: string): string | undefined {
  const re =
    /(?:^|[\s;&|(`{'".,])(?:export\s{1,5}|declare\s{1,5}(?:-x\s{1,5})?|local\s{1,5})?((?:\/\/[^\s=]{1,200}:)?[A-Za-z_][A-Za-z0-9_]{0,100})=(["']?)([^\s"';&|]{0,300})/g;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = re.exec(raw)) && guard++ < 10_000) {
    const name = m[1];
    const bare = name.replace(/^\/\/[^:]*:/, '');
    const slot = SECRET_SLOT_NAMES.test(bare);
    if (!slot && (!SECRET_NAME.test(bare) || SECRET_REFERENCE.test(bare) || SECRET_OBJECT_NAME.test(bare))) continue;
    // TOKEN must be a whole word of the name: max_tokens, TOKENIZER are not credentials.
    if (!slot && /TOKEN/i.test(bare) && !/(^|_)(AUTH)?TOKEN($|_)|authToken|TOKEN$/i.test(bare)) continue;
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
      if (HELM_CREDENTIAL.test(key) && !SECRET_OBJECT_NAME.test(key) && isLiteral(pair.slice(eq + 1))) return true;
    }
  }
  return false;
}

/** Words of one simple command (`a 'b c' d`), quotes removed; bounded. */
function words(segment: string): string[] {
  const out: string[] = [];
  const re = /(?:"(?:[^"\\]|\\.){0,300}"|'[^']{0,300}'|[^\s"']){1,300}/g;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = re.exec(segment)) && guard++ < 200) out.push(m[0].replace(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g, '$1$2'));
  return out;
}

/** The simple commands (split on `;`, `&&`, `||`, `|`, newlines) that start at a program's name. */
function segmentsOf(raw: string, program: RegExp): string[] {
  const found: string[] = [];
  const re = new RegExp(program.source, 'g');
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = re.exec(raw)) && guard++ < 1000) found.push(raw.slice(m.index, m.index + 1000).split(/[;&|\n]/)[0]);
  return found;
}

/** `htpasswd -b[c…] FILE USER PASS` / `htpasswd -nb USER PASS`: the password is the last word. */
function htpasswdSecret(raw: string): boolean {
  for (const seg of segmentsOf(raw, /\bhtpasswd\s/)) {
    const w = words(seg).slice(1);
    const flags = w.filter((x) => /^-[a-zA-Z]+$/.test(x)).join('');
    if (!flags.includes('b')) continue;
    const positional = w.filter((x, i) => !x.startsWith('-') && !/^-C$/.test(w[i - 1] ?? ''));
    const pass = positional[flags.includes('n') ? 1 : 2];
    if (isLiteral(pass)) return true;
  }
  return false;
}

/** `pulumi config set --secret KEY VALUE`: VALUE on the command line is the secret. */
function pulumiSecret(raw: string): boolean {
  for (const seg of segmentsOf(raw, /\bpulumi\s/)) {
    const w = words(seg);
    const at = w.findIndex((x, i) => x === 'set' && w[i - 1] === 'config');
    if (at === -1 || !w.includes('--secret')) continue;
    const positional: string[] = [];
    for (let i = at + 1; i < w.length; i++) {
      if (/^(-s|--stack|-C|--cwd|--config-file)$/.test(w[i])) i++;
      else if (!w[i].startsWith('-')) positional.push(w[i]);
    }
    if (isLiteral(positional[1])) return true;
  }
  return false;
}

/** `vault write PATH k=v` / `vault kv put|patch PATH k=v`: a credential key with a literal value. */
function vaultSecret(raw: string): boolean {
  for (const seg of segmentsOf(raw, /\bvault\s/)) {
    const w = words(seg);
    const kv = w.some((x, i) => x === 'kv' && /^(put|patch)$/.test(w[i + 1] ?? ''));
    if (!kv && !w.includes('write')) continue;
    for (const pair of w) {
      const m = /^([A-Za-z0-9_.-]{1,100})=(.*)$/.exec(pair);
      if (!m || m[1].startsWith('-')) continue;
      const key = m[1];
      const credential = (CREDENTIAL_KEY.test(key) || (kv && /^(value|pass|data)$/i.test(key))) && !SECRET_REFERENCE.test(key);
      if (credential && isLiteral(m[2]) && !/^(true|false)$/i.test(m[2])) return true;
    }
  }
  return false;
}

/** A Secret manifest with literal `data`/`stringData` values fed to `kubectl apply|create`. */
function secretManifest(text: string): boolean {
  // `printf 'kind: Secret\nstringData:\n …' | kubectl apply -f -`: the escapes are the newlines
  const raw = text.includes('\\n') ? text.replace(/\\n/g, '\n') : text;
  if (!/\b(?:kubectl|oc)\b[^\n]{0,300}\b(?:apply|create)\b/.test(raw)) return false;
  if (!/kind["']?\s{0,5}:\s{0,5}["']?Secret\b/.test(raw)) return false;
  const yaml = /^([ \t]*)(?:stringData|data):[ \t]*\n((?:\1[ \t]+[^\n]*\n?){1,200})/gm;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = yaml.exec(raw)) && guard++ < 100) {
    for (const line of m[2].split('\n')) {
      const kv = /^\s+[\w.-]{1,100}\s{0,5}:\s{0,5}(\S.*)$/.exec(line);
      if (kv && isLiteral(kv[1].trim()) && !/^[|>]-?$/.test(kv[1].trim()) && !/\{\{/.test(kv[1])) return true;
    }
  }
  return /"(?:stringData|data)"\s{0,5}:\s{0,5}\{[^}]{0,2000}?"[\w.-]{1,100}"\s{0,5}:\s{0,5}"(?![$"])/.test(raw);
}

/** The slots' patterns as global expressions, compiled once (not on every command). */
let globalSlots: { slot: (typeof SLOTS)[number]; re: RegExp }[] | undefined;

function findSecret(text: string): string | undefined {
  // a line continued with `\` is one command line: `mysql -uroot \⏎ -pX`
  const raw = text.replace(/\\\r?\n/g, ' ');
  for (const shape of TOKEN_SHAPES) if (shape.pattern.test(raw)) return shape.name;
  if (urlPassword(raw)) return 'a password in a URL (user:pass@)';
  globalSlots ??= SLOTS.map((slot) => ({
    slot,
    re: new RegExp(slot.pattern.source, slot.pattern.flags.includes('g') ? slot.pattern.flags : `${slot.pattern.flags}g`),
  }));
  for (const { slot, re } of globalSlots) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let guard = 0;
    while ((m = re.exec(raw)) && guard++ < 10_000) {
      if (m[0].length === 0) re.lastIndex++;
      if (slot.when && !slot.when(m)) continue;
      if (isLiteral(m[slot.group ?? 1])) return slot.name;
    }
  }
  if (helmSetSecret(raw)) return 'a credential given to helm --set';
  if (htpasswdSecret(raw)) return 'a password given to htpasswd -b';
  if (pulumiSecret(raw)) return 'a value given to pulumi config set --secret';
  if (vaultSecret(raw)) return 'a credential written to vault as a literal';
  if (secretManifest(raw)) return 'a Secret manifest with literal data';
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
