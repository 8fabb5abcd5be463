// Reads the AGENT_STATUS block at the end of an agent's message and says precisely what is wrong
// with it. Hand-written and dependency-free: the stop hook loads it on every stop.
import {
  AGENT_ID_PATTERN,
  CLOSE_SENTINEL,
  KEYS,
  NEEDS_PENDING,
  OPEN_SENTINEL,
  PHASE_ALIASES,
  PHASES,
  PLAN_STATUSES,
  TRANSITIONS,
  isPlanStatus,
  type AgentStatus,
  type Phase,
  type PlanStatus,
  type StatusKey,
} from './schema.js';

export type StatusErrorCode =
  | 'no-block'
  | 'missing-open'
  | 'missing-close'
  | 'malformed-sentinel'
  | 'nested-open'
  | 'two-blocks'
  | 'text-after-block'
  | 'empty-block'
  | 'bad-line'
  | 'space-before-colon'
  | 'lowercase-key'
  | 'unknown-key'
  | 'duplicate-key'
  | 'missing-key'
  | 'empty-value'
  | 'bad-status'
  | 'bad-phase'
  | 'steps-as-list'
  | 'steps-not-json'
  | 'steps-not-array'
  | 'steps-not-string'
  | 'steps-empty-string'
  | 'next-action-empty'
  | 'agent-id-empty'
  | 'agent-id-chars'
  | 'complete-with-pending'
  | 'pending-required'
  | 'terminal-transition'
  | 'illegal-transition';

export interface StatusError {
  /** 1-based line in the text that was checked. */
  line: number;
  /** The key concerned, or AGENT_STATUS for the block's structure. */
  key: string;
  code: StatusErrorCode;
  /** What is wrong and what was expected. */
  message: string;
}

export interface StatusCheck {
  /** Whether the text contains (an attempt at) a block. */
  present: boolean;
  valid: boolean;
  status?: AgentStatus;
  errors: StatusError[];
  /** Lines of the block that was read (1-based, inclusive). */
  lines?: { open: number; close?: number };
}

export interface CheckOptions {
  /** A missing block is an error (sub-agents); otherwise a message without a block passes. */
  required?: boolean;
  /** The status the agent reported before: the new one must be a legal move from it. */
  previous?: PlanStatus;
}

export const formatStatusError = (e: StatusError): string => `line ${e.line}: ${e.key}: ${e.message}`;

const BLOCK = 'AGENT_STATUS';
const LOOSE_SENTINEL = /^<!--\s*(\/|end\s+)?\s*agent[\s_-]*status\s*-->$/i;
const KEY_LINE = /^([A-Za-z][A-Za-z0-9_]*)(\s*):(.*)$/;

type SentinelKind = 'open' | 'close';

function sentinelKind(trimmed: string): { kind: SentinelKind; exact: boolean } | undefined {
  if (trimmed === OPEN_SENTINEL) return { kind: 'open', exact: true };
  if (trimmed === CLOSE_SENTINEL) return { kind: 'close', exact: true };
  const loose = LOOSE_SENTINEL.exec(trimmed);
  if (loose) return { kind: loose[1] ? 'close' : 'open', exact: false };
  return undefined;
}

const quote = (text: string, max = 60) => `'${text.length > max ? `${text.slice(0, max)}…` : text}'`;
const typeName = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;

function isKnownKey(key: string): key is StatusKey {
  return (KEYS as readonly string[]).includes(key);
}

function suggestKey(key: string): string | undefined {
  const upper = key.toUpperCase();
  return KEYS.find((k) => k.includes(upper) || upper.includes(k) || k.split('_').some((part) => upper.split('_').includes(part)));
}

interface Region {
  open: number; // 0-based index of the opening sentinel, or of the line before the content when missing
  close?: number; // 0-based index of the closing sentinel
  contentFrom: number;
  contentTo: number; // exclusive
}

/** Finds the block's region and reports structural problems (sentinels, second block, trailing text). */
function locate(lines: string[], errors: StatusError[]): Region | undefined {
  const regions: Region[] = [];
  let openAt: number | undefined;
  const inlineMentions: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const trimmed = lines[i].trim();
    const sentinel = sentinelKind(trimmed);
    if (!sentinel) {
      if (lines[i].includes(OPEN_SENTINEL) || lines[i].includes(CLOSE_SENTINEL)) inlineMentions.push(i);
      continue;
    }
    if (!sentinel.exact) {
      errors.push({
        line: i + 1,
        key: BLOCK,
        code: 'malformed-sentinel',
        message: `${quote(trimmed)} is not a valid sentinel; expected exactly '${sentinel.kind === 'open' ? OPEN_SENTINEL : CLOSE_SENTINEL}' on a line of its own`,
      });
    }
    if (sentinel.kind === 'open') {
      if (openAt !== undefined) {
        errors.push({
          line: i + 1,
          key: BLOCK,
          code: 'nested-open',
          message: `opening sentinel inside the block opened at line ${openAt + 1}; close that block with '${CLOSE_SENTINEL}' first (one block only)`,
        });
        continue;
      }
      openAt = i;
    } else if (openAt === undefined) {
      // A closing sentinel with no opening one: the content is the run of lines just above it.
      let from = i;
      while (from > 0 && lines[from - 1].trim() !== '' && !sentinelKind(lines[from - 1].trim()) && !lines[from - 1].includes(OPEN_SENTINEL))
        from--;
      const hint = inlineMentions.length
        ? ` (line ${inlineMentions[0] + 1} mentions it after other text: it must be alone on its line)`
        : '';
      errors.push({
        line: from < i ? from + 1 : i + 1,
        key: BLOCK,
        code: 'missing-open',
        message: `closing sentinel at line ${i + 1} has no opening one; expected '${OPEN_SENTINEL}' on its own line before PLAN_STATUS${hint}`,
      });
      regions.push({ open: from - 1, close: i, contentFrom: from, contentTo: i });
    } else {
      regions.push({ open: openAt, close: i, contentFrom: openAt + 1, contentTo: i });
      openAt = undefined;
    }
  }
  if (openAt !== undefined) {
    errors.push({
      line: openAt + 1,
      key: BLOCK,
      code: 'missing-close',
      message: `block opened here is never closed; expected '${CLOSE_SENTINEL}' on its own line after the AGENT_ID line`,
    });
    regions.push({ open: openAt, contentFrom: openAt + 1, contentTo: lines.length });
  }
  if (regions.length === 0) {
    // No sentinel at all: keys written without the block around them still count as an attempt.
    const keyLines = lines.map((l, i) => (/^\s*PLAN_STATUS\s*:/.test(l) ? i : -1)).filter((i) => i >= 0);
    if (keyLines.length === 0) return undefined;
    const from = keyLines[0];
    let to = from;
    while (to < lines.length && lines[to].trim() !== '') to++;
    const hint = inlineMentions.length ? ` (line ${inlineMentions[0] + 1} mentions it after other text: it must be alone on its line)` : '';
    errors.push({
      line: from + 1,
      key: BLOCK,
      code: 'missing-open',
      message: `status keys without the block around them; expected '${OPEN_SENTINEL}' on the line before and '${CLOSE_SENTINEL}' on the line after${hint}`,
    });
    return { open: from - 1, contentFrom: from, contentTo: to };
  }
  if (regions.length > 1) {
    const first = regions[0];
    const second = regions[1];
    errors.push({
      line: second.open + 1,
      key: BLOCK,
      code: 'two-blocks',
      message: `a second AGENT_STATUS block starts here (the first is at line ${first.open + 1}); keep exactly one block, at the end of the message`,
    });
  }
  const last = regions[regions.length - 1];
  if (last.close !== undefined) {
    for (let i = last.close + 1; i < lines.length; i++) {
      if (lines[i].trim() === '') continue;
      errors.push({
        line: i + 1,
        key: BLOCK,
        code: 'text-after-block',
        message: `text after the closing sentinel (${quote(lines[i].trim())}); nothing but white space may follow '${CLOSE_SENTINEL}'`,
      });
      break;
    }
  }
  return last;
}

interface RawValue {
  value: string;
  line: number; // 1-based
}

function readKeys(lines: string[], region: Region, errors: StatusError[]): Map<StatusKey, RawValue> {
  const found = new Map<StatusKey, RawValue>();
  let previousKey: string | undefined;
  for (let i = region.contentFrom; i < region.contentTo; i++) {
    const trimmed = lines[i].trim();
    if (trimmed === '' || sentinelKind(trimmed)) continue; // a stray sentinel is reported by locate()
    const line = i + 1;
    const match = KEY_LINE.exec(trimmed);
    if (!match) {
      if (previousKey === 'PENDING_STEPS' && /^[-*]\s/.test(trimmed)) {
        errors.push({
          line,
          key: 'PENDING_STEPS',
          code: 'steps-as-list',
          message: `list item ${quote(trimmed)} under PENDING_STEPS; expected the steps as one JSON array on the PENDING_STEPS line, e.g. PENDING_STEPS: ["Fix the state lock"]`,
        });
      } else {
        errors.push({
          line,
          key: BLOCK,
          code: 'bad-line',
          message: `expected a 'KEY: value' line with KEY one of ${KEYS.join(', ')}; got ${quote(trimmed)}`,
        });
      }
      continue;
    }
    const [, written, space, rest] = match;
    let key = written;
    if (!isKnownKey(key)) {
      if (isKnownKey(key.toUpperCase())) {
        errors.push({ line, key: written, code: 'lowercase-key', message: `keys are upper-case; expected '${key.toUpperCase()}'` });
        key = key.toUpperCase();
      } else {
        const suggestion = suggestKey(key);
        errors.push({
          line,
          key: written,
          code: 'unknown-key',
          message: `unknown key; expected only ${KEYS.join(', ')}${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
        });
        previousKey = written;
        continue;
      }
    }
    if (space) {
      errors.push({
        line,
        key,
        code: 'space-before-colon',
        message: `no space is allowed between the key and the colon; expected '${key}: value'`,
      });
    }
    const canonical = key as StatusKey;
    const earlier = found.get(canonical);
    if (earlier) {
      errors.push({
        line,
        key: canonical,
        code: 'duplicate-key',
        message: `appears again (first at line ${earlier.line}); each key appears exactly once`,
      });
    } else {
      found.set(canonical, { value: rest.trim(), line });
    }
    previousKey = canonical;
  }
  return found;
}

function checkPlanStatus(raw: RawValue, errors: StatusError[]): PlanStatus | undefined {
  if (raw.value === '') {
    errors.push({
      line: raw.line,
      key: 'PLAN_STATUS',
      code: 'empty-value',
      message: `empty value; expected one of ${PLAN_STATUSES.join(', ')}`,
    });
    return undefined;
  }
  if (isPlanStatus(raw.value)) return raw.value;
  const normalized = raw.value.toUpperCase().replace(/[\s-]+/g, '_');
  const hint = isPlanStatus(normalized) ? ` (did you mean ${normalized}?)` : '';
  errors.push({
    line: raw.line,
    key: 'PLAN_STATUS',
    code: 'bad-status',
    message: `${quote(raw.value)} is not a plan status; expected one of ${PLAN_STATUSES.join(', ')}${hint}`,
  });
  return undefined;
}

function checkPhase(raw: RawValue, errors: StatusError[]): Phase | undefined {
  if (raw.value === '') {
    errors.push({
      line: raw.line,
      key: 'CURRENT_PHASE',
      code: 'empty-value',
      message: `empty value; expected one of ${PHASES.join(', ')}`,
    });
    return undefined;
  }
  if ((PHASES as readonly string[]).includes(raw.value)) return raw.value as Phase;
  const alias = PHASE_ALIASES[raw.value];
  if (alias) return alias;
  const caseMatch = PHASES.find((p) => p.toLowerCase() === raw.value.toLowerCase());
  errors.push({
    line: raw.line,
    key: 'CURRENT_PHASE',
    code: 'bad-phase',
    message: `${quote(raw.value)} is not a phase; expected one of ${PHASES.join(', ')} (case-sensitive)${caseMatch ? ` (did you mean ${caseMatch}?)` : ''}`,
  });
  return undefined;
}

function checkSteps(raw: RawValue, errors: StatusError[]): string[] | undefined {
  const example = 'e.g. [] or ["Re-run terraform plan"]';
  if (raw.value === '') {
    errors.push({
      line: raw.line,
      key: 'PENDING_STEPS',
      code: 'empty-value',
      message: `empty value; expected a JSON array of non-empty strings on this line, ${example}`,
    });
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.value);
  } catch (error) {
    const unquoted = /^\[[^"]*[A-Za-z][^"]*\]$/.test(raw.value) ? ' (quote each step with double quotes)' : '';
    errors.push({
      line: raw.line,
      key: 'PENDING_STEPS',
      code: 'steps-not-json',
      message: `${quote(raw.value)} is not valid JSON (${(error as Error).message}); expected a JSON array of strings, ${example}${unquoted}`,
    });
    return undefined;
  }
  if (!Array.isArray(parsed)) {
    errors.push({
      line: raw.line,
      key: 'PENDING_STEPS',
      code: 'steps-not-array',
      message: `got ${typeName(parsed)}; expected a JSON array of strings, ${example}`,
    });
    return undefined;
  }
  let ok = true;
  parsed.forEach((item, index) => {
    if (typeof item !== 'string') {
      ok = false;
      errors.push({
        line: raw.line,
        key: 'PENDING_STEPS',
        code: 'steps-not-string',
        message: `item ${index + 1} is ${typeName(item)}; expected every step to be a string`,
      });
    } else if (item.trim() === '') {
      ok = false;
      errors.push({
        line: raw.line,
        key: 'PENDING_STEPS',
        code: 'steps-empty-string',
        message: `item ${index + 1} is an empty string; expected every step to say what is pending`,
      });
    }
  });
  return ok ? (parsed as string[]) : undefined;
}

function checkAgentId(raw: RawValue, errors: StatusError[]): string | undefined {
  if (raw.value === '') {
    errors.push({
      line: raw.line,
      key: 'AGENT_ID',
      code: 'agent-id-empty',
      message: 'empty value; expected an id of letters, digits, - and _ (e.g. a12345)',
    });
    return undefined;
  }
  if (!AGENT_ID_PATTERN.test(raw.value)) {
    const bad = [...new Set(raw.value.replace(/[A-Za-z0-9_-]/g, ''))].map((c) => (c === ' ' ? 'space' : `'${c}'`));
    errors.push({
      line: raw.line,
      key: 'AGENT_ID',
      code: 'agent-id-chars',
      message: `${quote(raw.value)} contains ${bad.join(', ')}; expected only letters, digits, - and _`,
    });
    return undefined;
  }
  return raw.value;
}

/**
 * Checks the move from the previous status; errors point at the PLAN_STATUS line.
 * @internal exported for its tests (knip --production)
 */
export function checkTransition(previous: PlanStatus, next: PlanStatus, line = 1): StatusError | undefined {
  if (previous === 'COMPLETE') {
    return {
      line,
      key: 'PLAN_STATUS',
      code: 'terminal-transition',
      message: `the previous status was COMPLETE, which is terminal; no status may follow it (got ${next})`,
    };
  }
  if (!TRANSITIONS[previous].includes(next)) {
    return {
      line,
      key: 'PLAN_STATUS',
      code: 'illegal-transition',
      message: `${previous} -> ${next} is not allowed; from ${previous} expected one of ${TRANSITIONS[previous].join(', ')}`,
    };
  }
  return undefined;
}

/** Finds, parses and validates the AGENT_STATUS block in an agent's message. */
export function checkStatus(text: string, options: CheckOptions = {}): StatusCheck {
  const lines = text.split(/\r?\n/);
  const errors: StatusError[] = [];
  const region = locate(lines, errors);
  if (!region) {
    if (!options.required) return { present: false, valid: true, errors: [] };
    const last = Math.max(1, lines.length);
    errors.push({
      line: last,
      key: BLOCK,
      code: 'no-block',
      message: `no AGENT_STATUS block found; expected the message to end with a block from '${OPEN_SENTINEL}' to '${CLOSE_SENTINEL}'`,
    });
    return { present: false, valid: false, errors };
  }
  const lineInfo = { open: region.open + 1, close: region.close === undefined ? undefined : region.close + 1 };
  const contentLines = lines.slice(region.contentFrom, region.contentTo).filter((l) => l.trim() !== '');
  if (contentLines.length === 0) {
    errors.push({
      line: region.open + 1,
      key: BLOCK,
      code: 'empty-block',
      message: `the block has no lines; expected the five keys ${KEYS.join(', ')}, one per line`,
    });
    return { present: true, valid: false, errors, lines: lineInfo };
  }
  const found = readKeys(lines, region, errors);
  const missingAt = region.close !== undefined ? region.close + 1 : region.contentTo;
  for (const key of KEYS) {
    if (!found.has(key)) {
      errors.push({ line: missingAt, key, code: 'missing-key', message: `missing; expected a line '${key}: …' inside the block` });
    }
  }
  const planStatus = found.has('PLAN_STATUS') ? checkPlanStatus(found.get('PLAN_STATUS')!, errors) : undefined;
  const currentPhase = found.has('CURRENT_PHASE') ? checkPhase(found.get('CURRENT_PHASE')!, errors) : undefined;
  const pendingSteps = found.has('PENDING_STEPS') ? checkSteps(found.get('PENDING_STEPS')!, errors) : undefined;
  let nextAction: string | undefined;
  const nextRaw = found.get('NEXT_ACTION');
  if (nextRaw) {
    if (nextRaw.value === '') {
      errors.push({
        line: nextRaw.line,
        key: 'NEXT_ACTION',
        code: 'next-action-empty',
        message: 'empty value; expected one non-empty line saying what happens next',
      });
    } else nextAction = nextRaw.value;
  }
  const agentId = found.has('AGENT_ID') ? checkAgentId(found.get('AGENT_ID')!, errors) : undefined;

  const stepsLine = found.get('PENDING_STEPS')?.line ?? missingAt;
  if (planStatus && pendingSteps) {
    if (planStatus === 'COMPLETE' && pendingSteps.length > 0) {
      errors.push({
        line: stepsLine,
        key: 'PENDING_STEPS',
        code: 'complete-with-pending',
        message: `PLAN_STATUS is COMPLETE but ${pendingSteps.length} step(s) are pending; expected PENDING_STEPS: [] (or report BLOCKED / NEEDS_INPUT)`,
      });
    }
    if (NEEDS_PENDING.includes(planStatus) && pendingSteps.length === 0) {
      errors.push({
        line: stepsLine,
        key: 'PENDING_STEPS',
        code: 'pending-required',
        message: `PLAN_STATUS is ${planStatus} but no step is pending; expected at least one step saying what must happen, e.g. ["Grant the role s3:PutObject"]`,
      });
    }
  }
  if (planStatus && options.previous) {
    const transition = checkTransition(options.previous, planStatus, found.get('PLAN_STATUS')!.line);
    if (transition) errors.push(transition);
  }
  errors.sort((a, b) => a.line - b.line);
  if (errors.length > 0 || !planStatus || !currentPhase || !pendingSteps || !nextAction || !agentId) {
    return { present: true, valid: false, errors, lines: lineInfo };
  }
  return { present: true, valid: true, errors, lines: lineInfo, status: { planStatus, currentPhase, pendingSteps, nextAction, agentId } };
}
