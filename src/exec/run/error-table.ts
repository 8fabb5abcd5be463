// The one table that turns a failed command into an error class. Read top to bottom: the first
// row whose pattern matches the command's output (or whose exit code matches) wins. Transient
// failures are retried once; everything else blocks the run.
import type { CommandResult, ErrorClass } from '../types.js';

interface Row {
  errorClass: ErrorClass;
  /** Matched against stderr + stdout. */
  pattern?: RegExp;
  exitCodes?: number[];
  why: string;
  /** What to do about this failure, when the class's general advice would mislead (a lock is not a rebase). */
  advice?: string;
}

const ERROR_TABLE: readonly Row[] = [
  // A remote or state that moved under us: never retried, never forced.
  {
    errorClass: 'StateConflict',
    pattern: /non-fast-forward|\[rejected\]|fetch first|updates were rejected/i,
    why: 'the remote branch moved since the plan was made',
  },
  { errorClass: 'StateConflict', pattern: /saved plan is stale|plan file .*stale/i, why: 'the state changed since the plan was saved' },
  {
    errorClass: 'StateConflict',
    pattern: /error acquiring the state lock|state lock|lock (is )?held|already locked/i,
    why: 'another run holds the lock',
    advice:
      'Another terraform run holds the state lock: wait for it to finish and run execguard execute again; if the run that took it is gone (check the lock info in the exact error), release it with terraform force-unlock LOCK_ID first. Nothing to rebase.',
  },
  {
    errorClass: 'StateConflict',
    pattern: /merge conflict|CONFLICT \(|\b409\b.*conflict|the object has been modified/i,
    why: 'a conflicting change exists',
  },
  // Access: retrying does not help, someone must grant it.
  { errorClass: 'Permission', exitCodes: [126], why: 'the command is not executable' },
  {
    errorClass: 'Permission',
    pattern: /permission denied|EACCES|EPERM|read-only file system|EROFS|operation not permitted/i,
    why: 'the file system refused access',
  },
  {
    errorClass: 'Permission',
    pattern:
      /permission to \S+ denied|\bforbidden\b|\b403\b|unauthori[sz]ed|\b401\b|access ?denied|authentication (failed|required)|could not read Username|invalid credentials/i,
    why: 'the credentials do not allow this',
  },
  // Network and service hiccups: worth one retry.
  {
    errorClass: 'Transient',
    pattern: /connection (reset|refused|timed out)|ECONNRESET|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|EPIPE|socket hang up/i,
    why: 'the connection failed',
  },
  {
    errorClass: 'Transient',
    pattern: /\btime(d)?[ -]?out\b|deadline exceeded|i\/o timeout|TLS handshake timeout/i,
    why: 'the operation timed out',
  },
  {
    errorClass: 'Transient',
    pattern:
      /temporar(il)?y (unavailable|failure)|try again|\b50[234]\b|service unavailable|bad gateway|too many requests|\b429\b|rate limit|could not resolve host/i,
    why: 'the service is temporarily unavailable',
  },
  { errorClass: 'Transient', exitCodes: [124], why: 'the command timed out' },
  // Everything else is a problem with the input: the plan, the configuration or the command.
  { errorClass: 'Validation', exitCodes: [127], why: 'the command was not found' },
  { errorClass: 'Validation', why: 'the command rejected its input' },
];

export interface Classification {
  errorClass: ErrorClass;
  why: string;
  advice?: string;
}

export function classify(result: Pick<CommandResult, 'exitCode' | 'stdout' | 'stderr'>): Classification {
  const text = `${result.stderr}\n${result.stdout}`;
  for (const row of ERROR_TABLE) {
    if (row.exitCodes && !row.exitCodes.includes(result.exitCode)) continue;
    if (row.pattern && !row.pattern.test(text)) continue;
    return { errorClass: row.errorClass, why: row.why, ...(row.advice ? { advice: row.advice } : {}) };
  }
  return { errorClass: 'Validation', why: 'the command rejected its input' };
}

/** What the report recommends for each class. */
export const RECOMMENDED: Record<ErrorClass, string> = {
  Transient: 'Retry later: the failure looked transient and persisted after one retry',
  Validation: 'Fix the plan or the configuration named in the exact error, run execguard plan again and get it approved',
  Permission: 'Grant the missing access (credentials, file permissions) and re-run execguard execute',
  StateConflict: 'Rebase on the remote, run execguard plan again and get the new plan approved; never force',
  Approval: 'Ask the user to approve: present the plan summary (execguard plan) and wait for their approval',
};

/** The advice for a failed run: the matching row's own, else its class's. */
export function recommendedFor(error: unknown, errorType: ErrorClass): string {
  const result = (error as { result?: Pick<CommandResult, 'exitCode' | 'stdout' | 'stderr'> } | null)?.result;
  return (result ? classify(result).advice : undefined) ?? RECOMMENDED[errorType];
}
