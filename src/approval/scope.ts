// Approval text -> what it authorizes. Pure and synchronous: the hook reads every prompt with it.
//
// Not keyword matching: a small reader of the prompt's structure (GUARD-RULES.md, "Approvals").
//   1. Quoted text ("…", “…”, '…', `…`, > lines) is set aside: words in quotes never approve.
//   2. The rest is cut into sentences, and sentences into clauses.
//   3. Each sentence is classified: a question (with or without "?"), a condition (if / once /
//      after / when / unless …), a deferral (later, not yet, wait, tomorrow, hold off …), a
//      precondition (but first, show me … first), reported speech (he said, the team approved),
//      a request for a different plan, a refusal, an approval, a plain continuation, or other.
//   4. Any question, condition, deferral, precondition, reported approval or new-plan request
//      makes the whole prompt "not an approval": the user is still deciding.
//   5. An approval needs an approving clause. With a pending request (the agent asked), an
//      affirmative answer is one (yes, go ahead, do it, apply it …). Without one, only a sentence
//      whose verb is approve counts ("User approved.", "I approve the plan", "LGTM").
//   6. Scope words (destroy, delete, force push, environments) are read from the approving
//      prompt only, each clause with its own negation scope ("… but do not destroy anything").
import type { ApprovalScope, Environment } from './types.js';

export type PromptKind =
  | 'approval'
  | 'refusal'
  | 'continuation'
  | 'question'
  | 'condition'
  | 'deferral'
  | 'precondition'
  | 'reported'
  | 'different-plan'
  | 'request'
  | 'statement'
  | 'empty';

export interface PromptReading {
  kind: PromptKind;
  /** The scope the prompt authorizes; `affirmed` is true only for kind 'approval'. */
  scope: ApprovalScope;
  /** One line for the agent: what the reader decided and what to do now. */
  why: string;
}

export interface ReadOptions {
  /** The agent asked for approval (a turn ended PLAN_STATUS: PENDING_APPROVAL): answers count. */
  pending: boolean;
}

const MAX_TEXT = 20_000;

// --- 1. quotes ---------------------------------------------------------------------------------

/** Quoted spans and quoted lines, replaced by a neutral word so sentence structure survives. */
function setAsideQuotes(text: string): { rest: string; quoted: boolean } {
  let quoted = false;
  const mark = () => {
    quoted = true;
    return ' QUOTED ';
  };
  let rest = text
    .replace(/^\s*>.*$/gm, mark)
    .replace(/```[\s\S]*?```/g, mark)
    .replace(/`[^`\n]*`/g, mark)
    .replace(/"[^"\n]*"/g, mark)
    .replace(/\u201c[^\u201d\n]*\u201d/g, mark)
    .replace(/\u2018[^\u2019\n]*\u2019/g, mark)
    .replace(/«[^»\n]*»/g, mark);
  // Single quotes only as quotation marks (after a space/colon/start, closing before a boundary),
  // never apostrophes ("don't", "user's").
  rest = rest.replace(/(^|[\s:(])'([^'\n]{1,400}?)'(?=$|[\s.,;:!?)])/g, (_m, lead: string) => `${lead}${mark()}`);
  // An unmatched opening quote: everything after it is quoted.
  rest = rest.replace(/["\u201c][^"\u201d]*$/g, mark);
  return { rest, quoted };
}

// --- 2. sentences and clauses ------------------------------------------------------------------

interface Sentence {
  text: string;
  /** Ended with a question mark. */
  asked: boolean;
  clauses: string[];
}

function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  // Sentence ends: . ! ? ; and line breaks (a period inside a path or version is not an end).
  const re = /([^.!?;\n\r]|\.(?=[^\s]))+([.!?;]+|[\n\r]+|$)/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0].trim();
    if (!raw) continue;
    const asked = /\?/.test(m[2] ?? '');
    const body = raw.replace(/[.!?;\s]+$/, '').trim();
    if (!body) continue;
    const clauses = body
      .split(/\s*[,:\u2014\u2013]\s*|\s+-{1,2}\s+|\s+(?=(?:but|however|although|though|except|and\s+then|then)\b)|[()]/i)
      .map((c) => c.trim())
      .filter(Boolean);
    out.push({ text: body, asked, clauses });
  }
  return out;
}

// --- 3. what a sentence is ---------------------------------------------------------------------

const QUESTION_START =
  /^(?:(?:ok|okay|sure|yes|yeah|so|and|also|hmm|well|but|then)\s+)?(?:what|why|how|where|which|who|whom|whose|whether|when(?!\s+(?:ready|done|you(?:'re| are) ready))\b|(?:is|are|was|were|has|have|had|will|would|can|could|should|shall|may|might|must|does|did|isn't|aren't|won't|wouldn't|can't|couldn't|shouldn't|doesn't|didn't)\s+(?:you|we|i|it|this|that|these|those|there|they|he|she|the|a|an|any|anything|everything|my|our|your|its|terraform|kubectl|helm)\b|do\s+(?:you|we|i|they|he|she|the|any|my|our|your|these|those|terraform|kubectl|helm)\b|any\s+(?:chance|idea|reason|risk)|i\s+(?:wonder|am\s+wondering|was\s+wondering|'m\s+wondering)|i'm\s+wondering|is\s+it\b|would\s+it\b|what\s+if)/i;

const CONDITION =
  /\b(?:if|once|unless|provided(?:\s+that)?|providing|as\s+long\s+as|assuming|in\s+case|only\s+when|whenever|until|after\s+(?:you|we|i|the|it|ci|tests?|review|lunch|the)|when\s+(?:you|we|i|the|it|ci|tests?|everything|that|this|all)\b|before\s+(?:you|we|i|the|it|that|this|doing|applying|running))\b/i;

const DEFERRAL =
  /\b(?:later|not\s+yet|not\s+now|not\s+today|wait|waiting|hold\s+off|hold\s+on|hang\s+on|tomorrow|tonight|next\s+(?:week|sprint|month|release|window)|this\s+(?:afternoon|evening)|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in\s+(?:a|an|the)\s+(?:bit|minute|moment|hour|while|morning|afternoon)|give\s+me\s+(?:a|some)|let\s+me\s+(?:think|check|look|review|get\s+back)|i(?:'ll|\s+will)\s+(?:approve|confirm|decide|let\s+you\s+know|get\s+back)|postpone|defer|pause|sleep\s+on\s+it|maintenance\s+window|after\s+the\s+(?:freeze|window|weekend|holiday|meeting|standup|release)|(?:at|after|before|by|until|from)\s+\d{1,2}(?::\d{2})?\s*(?:am|pm|h|utc)?|\d{1,2}(?::\d{2})?\s*(?:am|pm)|end\s+of\s+(?:day|the\s+day|week|the\s+week|sprint)|eod|eow|after\s+(?:hours|lunch|dinner))\b/i;

const PRECONDITION_PHRASE =
  /\b(?:but\s+first|first\s*,|first\s+(?:show|run|check|tell|give|let|make|do|get|confirm|verify|explain)|before\s+(?:that|anything|applying|you\s+apply|doing)|beforehand)\b|(?:^|\s)first$/i;
const FIRST_VERB = /\b(?:run|show|check|give|send|post|share|explain|walk\s+me\s+through|tell\s+me)\b/i;

/** "… but first …", "show me the diff first": one pass each (no backtracking over long prompts). */
function precondition(t: string): boolean {
  if (PRECONDITION_PHRASE.test(t)) return true;
  const verb = FIRST_VERB.exec(t);
  return verb !== null && /\bfirst\b/i.test(t.slice(verb.index));
}

/** Someone other than the user approving, or the user reporting speech. */
const REPORTED =
  /\b(?:(?:he|she|they|someone|somebody|bob|alice|manager|boss|lead|team|security|cto|reviewer|ops|sre|the\s+(?:team|lead|manager|boss|client|customer|reviewer|cab|board)|my\s+(?:manager|boss|lead|team|colleague|coworker)|[a-z]+\s+team)\s+(?:said|says|say|wrote|writes|told|tells|asked|mentioned|thinks|thought|approved|approves|confirmed|signed\s+off|agreed|replied|commented|claims|claimed)|(?:said|wrote|told\s+me|replied|according\s+to|quote|quoting|unquote|the\s+(?:message|ticket|comment|email|doc|docs|readme|pr|issue)\s+(?:says|said|reads))\b|QUOTED)/i;

const DIFFERENT_PLAN =
  /\b(?:instead|rather\s+than|re-?plan|replan|plan\s+(?:it|this|that)\s+again|different\s+plan|another\s+plan|new\s+plan|(?:change|update|modify|revise|adjust|redo|rework|fix)\s+the\s+plan|plan\s+again|try\s+again\s+with|with\s+-target|only\s+the\b.*\bplan|go\s+with|(?:option|alternative|variant)\s*#?\w*|(?:the\s+)?(?:first|second|third|other|last|smaller|bigger|cheaper)\s+(?:one|option|plan|approach|variant)|differently|another\s+way|a\s+different\s+way)\b/i;

const NEGATION =
  /\b(?:not|no|never|don'?t|do\s+not|doesn'?t|didn'?t|won'?t|can'?t|cannot|shouldn'?t|mustn'?t|without|avoid|nothing|none|neither|nor|except|skip|exclude|excluding|leave|keep\s+away\s+from|stay\s+away\s+from)\b|n't\b/i;

/** Words and phrases that refuse the request as a whole. */
const REFUSAL =
  /^(?:no|nope|nah|nay|negative|stop|cancel|abort|halt|reject(?:ed)?|den(?:y|ied)|disapprov(?:e|ed)|refused?|veto(?:ed)?|revoke(?:d)?|no\s+way|not\s+approved|not\s+ok(?:ay)?|absolutely\s+not|definitely\s+not|don'?t|do\s+not|never(?!\s*mind)|not\s+this\s+time|no\s+thanks?(?:\s+you)?|scrap\s+(?:it|that|this)|forget\s+(?:it|that|this)|never\s*mind$|nevermind$|kill\s+it|call\s+it\s+off|stand\s+down|back\s+off)\b|\b(?:reject(?:ed|s)?|den(?:y|ied)|disapprov(?:e|ed|es)|unapproved|cancel(?:led|ed)?|abort(?:ed)?|revoked?|veto(?:ed)?|do\s+not\s+approve|don'?t\s+approve|not\s+approved?|not\s+ok(?:ay)?|not\s+(?:go|proceed|do|run|apply|execute|deploy|push)\b|(?:don'?t|do\s+not|never|stop|shouldn'?t|mustn'?t|won'?t)\s+(?:go\s+ahead|proceed|apply|execute|deploy|run\s+(?:it|that|this|the\s+apply)|do\s+(?:it|that|this|anything)|push|continue|ship|touch\s+anything|change\s+anything|make\s+(?:any\s+)?changes))\b/i;

const CONTINUATION =
  /^(?:(?:ok(?:ay)?|alright|right|sure|yes|please|thanks|thank\s+you)[,\s]+)*(?:continue|go\s+on|keep\s+going|carry\s+on|resume|continue\s+please|please\s+continue|next|next\s+step|keep\s+at\s+it)(?:\s+please)?$/i;

/** Without a pending request: a sentence whose verb is approve (or its established shorthand). */
const EXPLICIT_APPROVAL =
  /^(?:(?:ok(?:ay)?|yes|yep|alright|right|great|good|fine|thanks|sure)\s+)?(?:(?:the\s+)?user\s+(?:(?:has|have|just|now|already|explicitly|also)\s+)*(?:approved|approves)|i\s+(?:have\s+|hereby\s+|do\s+|fully\s+|now\s+|also\s+)?(?:approve|approved|approving)\b(?!\s+of\b)|i'?m\s+approving|i\s+am\s+approving|we\s+(?:have\s+|hereby\s+|do\s+)?(?:approve|approved)\b(?!\s+of\b)|approved(?=$|\s*[!.]|\s+(?:for|to|by\s+me|go|proceed|ship|apply|execute|do|run|deploy|thanks|as)\b)|approve(?=$|\s*[!.]|\s+(?:it|this|that|them|the\s+(?:plan|change|changes|apply|deployment|destroy|teardown|request|run))\b)|approval\s+(?:granted|given|confirmed)|you\s+have\s+(?:my|our)\s+approval|(?:(?:the|this|that|your|my)\s+)?(?:plan|change|changes|apply|deployment|deploy|teardown|destroy|it|this|that|request)\s+(?:is\s+|are\s+|has\s+been\s+)?approved(?!\s+by\s+(?!me\b))|lgtm|looks\s+good\s+to\s+me)\b/i;

/** With a pending request: an affirmative answer. */
const AFFIRMATIVE =
  /^(?:(?:ok(?:ay)?|alright|right|great|good|fine|thanks|sure|well|and|so|then|now|please|perfect|cool|nice|excellent)\s+)*(?:approved(?!\s+(?!for|to|by\s+me|go|proceed|ship|apply|execute|do|run|deploy|as\b)[a-z])|approve(?=$|\s*[!.])|approving|approval\s+granted|yes|yep|yeah|yup|ya|aye|y|affirmative|go\s+ahead|go\s+for\s+it|go|let'?s\s+go|let'?s\s+do\s+(?:it|this)|proceed|lgtm|looks\s+good\s+to\s+me|ship\s+it|do\s+it|make\s+it\s+so|apply\s+(?:it|this|that|them)|execute\s+(?:it|this|that|them)|run\s+(?:it|this|that|them)|confirm(?:ed)?|sounds\s+good|green\s+light|greenlit|you\s+have\s+my\s+(?:approval|ok|go-?ahead)|(?:plan|change|changes|it|this|that)\s+(?:is\s+|are\s+)?approved(?!\s+by\s+(?!me\b))|user\s+approved|i\s+(?:approve|approved|confirm|agree)(?!\s+(?:of|with\s+(?!the\s+plan)))|approved?\s+(?:it|this|that|them|the\s+(?:plan|change|changes|apply|deployment|destroy|teardown|request))\b)\b/i;

/** With a pending request: an imperative of the action itself ("Apply it to dev", "Tear down the dev stack"). */
const ACTION_IMPERATIVE =
  /^(?:(?:ok(?:ay)?|alright|sure|yes|yeah|please|now|then|and)\s+)*(?:apply|deploy|destroy|tear\s+(?:it|them|this|that|everything|the\s+[\w-]+(?:\s+[\w-]+)?)?\s*down|teardown|delete|remove|uninstall|force[- ]?push|push|execute|roll\s+(?:it\s+)?out|merge)(?:\s+(?:it|this|that|them|everything|all(?:\s+of\s+it)?|now|as\s+(?:planned|shown|presented)|the\s+rest|(?:dev|development|staging|stage|prod|production)\b))?(?:$|\s+(?:to|in|on|for)\s+(?:dev|development|staging|stage|prod|production)\b|\s+(?:the|this|that)\s+(?:[\w/.-]+\s+){0,3}(?:stack|folder|vpc|cluster|environment|env|workspace|namespace|infra|infrastructure|module|release|deployment|branch|resources?|changes?|plan|bucket|database|db|service|apply)\b)/i;

const DESTROY = /\b(?:destroy(?:s|ed|ing)?|destruction|tear(?:s|ing)?\b[\w\s-]{0,30}?\bdown|teardown|torn\s+down)\b/i;
const DELETE = /\b(?:delet(?:e|es|ed|ing|ions?)|remov(?:e|es|ed|ing|als?)|uninstall(?:s|ed|ing)?)\b/i;
const FORCE_PUSH = /force[- ]?push|--force\b|push\s+--force|\bforce\s+(?:it|the\s+push)\b/i;
const ENVIRONMENTS: { env: Environment; pattern: RegExp }[] = [
  { env: 'dev', pattern: /\b(?:dev|development)\b/i },
  { env: 'staging', pattern: /\b(?:staging|stage|stg)\b/i },
  { env: 'prod', pattern: /\b(?:prod|production|prd)\b/i },
];
const ALL_ENVS: Environment[] = ['dev', 'staging', 'prod'];

type Mention = 'absent' | 'positive' | 'negated';

/** A negation cancels what follows it in its own clause ("do not destroy"), or "nothing" after it. */
function mention(clause: string, keyword: RegExp): Mention {
  const at = clause.search(keyword);
  if (at === -1) return 'absent';
  const negation = clause.search(NEGATION);
  if (negation !== -1 && negation < at) return 'negated';
  if (/\b(?:nothing|none|nowhere|alone)\b/i.test(clause.slice(at))) return 'negated';
  if (/^\s*only\b/i.test(clause) && keyword !== DESTROY && keyword !== DELETE && keyword !== FORCE_PUSH) return 'positive';
  return 'positive';
}

/** Clauses that only narrow the scope ("do not destroy anything", "not prod"): negations that are not refusals. */
const mentionsScope = (c: string) => DESTROY.test(c) || DELETE.test(c) || FORCE_PUSH.test(c) || ENVIRONMENTS.some((e) => e.pattern.test(c));

/** A clause that refuses the whole request; "do not destroy anything" / "not prod" only narrow it. */
function refusesClause(c: string): boolean {
  if (/^no\s+(?:problem|problems|worries|issues?|objections?|concerns?)\b/i.test(c)) return false;
  // "… not!" after an approval is sarcasm, and a bare "not" refuses.
  if (/^(?:not|nope|nah)$/i.test(c) || /\.\.\.\s*not$/i.test(c)) return true;
  if (!REFUSAL.test(c) && !/^(?:actually|wait|hmm|oh|um|uh|on\s+second\s+thought)\s+no\b/i.test(c)) return false;
  if (!mentionsScope(c)) return true;
  return (
    /\b(?:approved?|approval|proceed|go\s+ahead|do\s+(?:it|that|this|anything)|continue)\b/i.test(c) ||
    /^(?:no|nope|stop|cancel|abort)$/i.test(c)
  );
}

interface SentenceReading {
  kind: PromptKind;
}

/** Asking for information or for work other than the change: "go ahead and explain", "yes, show me the plan". */
const INFO_REQUEST =
  /^(?:(?:ok(?:ay)?|yes|yeah|sure|please|go\s+ahead\s+and|now)\s+)*(?:explain|show|describe|tell|list|summari[sz]e|walk|draft|prepare|write|plan|review|investigate|look|find|check|compare|diff|estimate|document|add|fix|test|lint|validate)\b(?!\s+(?:is\s+|has\s+been\s+)?approved)/i;
/** Approvals the user reports from the past or from someone else ("approved by legal", "I approved it yesterday"). */
const PAST_OR_OTHERS =
  /\b(?:approved\s+by\s+(?!me\b|the\s+user\b|user\b)|yesterday|last\s+(?:week|time|month|sprint)|ago|previously|in\s+the\s+past)\b/i;

/** A sentence that starts with a verb of work: a request (or a new instruction). */
const REQUEST_VERB =
  /^(?:please\s+)?(?:apply|deploy|destroy|tear|delete|remove|uninstall|push|force|execute|run|merge|roll|scale|restart|create|update|upgrade|install|fix|make|add|write|plan|check|show|list|explain|describe|tell|give|look|find|review|go|do|build|set|move|rename|bump|clean|drain|cordon|rollback|roll\s+back)\b/i;

function readSentence(s: Sentence, options: ReadOptions): SentenceReading {
  const t = s.text.replace(/\s+/g, ' ').trim();
  const clauses = s.clauses.map((c) => c.replace(/\s+/g, ' ').trim());
  if (clauses.some(refusesClause)) return { kind: 'refusal' };
  if (s.asked || clauses.some((c) => QUESTION_START.test(c))) return { kind: 'question' };
  if (
    REPORTED.test(t) &&
    /QUOTED|\b(?:said|says|wrote|told|approved|approves|confirmed|signed\s+off|agreed|replied|according)\b/i.test(t)
  ) {
    if (!/^(?:(?:the\s+)?user|i|we)\b/i.test(t) || /QUOTED/.test(t)) {
      // Words in quotes or attributed to someone else never approve; a quote in an instruction
      // ("Approved. Use the commit message 'fix: vpc'.") only sets its words aside.
      if (!/QUOTED/.test(t) || REPORTED.test(t.replace(/QUOTED/g, ''))) return { kind: 'reported' };
    }
  }
  if (PAST_OR_OTHERS.test(t)) return { kind: 'reported' };
  if (DEFERRAL.test(t)) return { kind: 'deferral' };
  if (precondition(t)) return { kind: 'precondition' };
  if (CONDITION.test(t)) return { kind: 'condition' };
  if (DIFFERENT_PLAN.test(t)) return { kind: 'different-plan' };
  if (CONTINUATION.test(t)) return { kind: 'continuation' };
  const first = clauses[0] ?? t;
  if (
    clauses.some(
      (c) =>
        INFO_REQUEST.test(c) ||
        /^go\s+ahead\s+and\s+(?:explain|show|describe|tell|list|summari[sz]e|plan|review|check|investigate|look|write|draft|prepare)\b/i.test(
          c,
        ),
    )
  )
    return { kind: 'request' };
  const approves = options.pending
    ? clauses.some(
        (c) => (AFFIRMATIVE.test(c) || EXPLICIT_APPROVAL.test(c) || ACTION_IMPERATIVE.test(c)) && mention(c, /\w+/) !== 'negated',
      )
    : clauses.some((c) => EXPLICIT_APPROVAL.test(c));
  if (approves) return { kind: 'approval' };
  if (REQUEST_VERB.test(first)) return { kind: 'request' };
  return { kind: 'statement' };
}

// --- compiling the patterns ------------------------------------------------------------------
// Only speed depends on this. V8 runs a pattern's first match in its bytecode interpreter and
// compiles it to machine code from the second match on; for these long alternations the bytecode
// step is the slow one (REFUSAL: 3.4 ms, against 0.7 ms straight to machine code), and together
// they cost the first prompt a process reads about 16 ms. A first match against a subject of
// 1,000 characters or more goes to machine code at once: about 6 ms in all. The subject matches
// none of the patterns (none is global, so no lastIndex is left behind).
const PATTERNS = [
  QUESTION_START,
  CONDITION,
  DEFERRAL,
  PRECONDITION_PHRASE,
  FIRST_VERB,
  REPORTED,
  DIFFERENT_PLAN,
  NEGATION,
  REFUSAL,
  CONTINUATION,
  EXPLICIT_APPROVAL,
  AFFIRMATIVE,
  ACTION_IMPERATIVE,
  DESTROY,
  DELETE,
  FORCE_PUSH,
  INFO_REQUEST,
  PAST_OR_OTHERS,
  REQUEST_VERB,
];
let compiled = false;
function compilePatterns(): void {
  if (compiled) return;
  compiled = true;
  const subject = '#'.repeat(1000);
  for (const pattern of PATTERNS) pattern.test(subject);
}

/** Which sentence kinds keep the whole prompt from approving. */
const UNDECIDED: PromptKind[] = ['question', 'condition', 'deferral', 'precondition', 'reported', 'different-plan'];

const WHY: Record<PromptKind, string> = {
  approval: 'approval',
  refusal:
    'the user refused: every approval of this session has ended. Do not run state-changing commands; ask what the user wants instead',
  continuation: 'a plain continuation: an approval already in force still holds, nothing new is approved',
  question: 'not an approval: the prompt is a question; answer it, present the plan and ask for approval',
  condition:
    'not an approval: the prompt sets a condition ("if", "once", "after", "when", "unless"); check it, present the result and ask for approval',
  deferral:
    'not an approval: the user deferred ("later", "not yet", "wait", "hold off"); do not run state-changing commands, present the plan and wait',
  precondition:
    'not an approval: the user asked for something first ("but first", "show me … first"); do that, present the plan and ask for approval',
  reported:
    "not an approval: the approving words are quoted or attributed to someone else; only the user's own statement approves. Present the plan and ask",
  'different-plan': 'not an approval: the user asked for a different plan; plan again, present it and ask for approval',
  request:
    "not an approval: the prompt is a request, not an approval; plan the change, present it, end with PLAN_STATUS: PENDING_APPROVAL and wait for the user's answer",
  statement: 'not an approval: nothing in the prompt approves; present the plan and ask for approval before any state-changing command',
  empty: 'not an approval: the prompt is empty',
};

const empty = (text: string): ApprovalScope => ({
  text,
  affirmed: false,
  destroy: false,
  delete: false,
  forcePush: false,
  environments: [],
});

/** Reads a prompt. Never throws; any value is accepted (a non-string reads as empty). */
export function readPrompt(text: unknown, options: ReadOptions): PromptReading {
  const source = typeof text === 'string' ? text : '';
  // Fail closed: a prompt too long to read whole is not read as an approval.
  if (source.length > MAX_TEXT)
    return {
      kind: 'statement',
      scope: empty(source),
      why: `not an approval: the prompt is longer than ${MAX_TEXT} characters; approve in a short prompt of its own`,
    };
  compilePatterns();
  const { rest } = setAsideQuotes(source);
  const parts = sentences(rest);
  if (parts.length === 0) return { kind: 'empty', scope: empty(source), why: WHY.empty };
  const readings = parts.map((s) => readSentence(s, options));
  const kinds = readings.map((r) => r.kind);
  const pick = (kind: PromptKind): PromptReading => ({ kind, scope: empty(source), why: WHY[kind] });
  if (kinds.includes('refusal')) return pick('refusal');
  const undecided = UNDECIDED.find((k) => kinds.includes(k));
  if (undecided) return pick(undecided);
  if (kinds.every((k) => k === 'continuation')) return pick('continuation');
  if (!kinds.includes('approval')) {
    if (options.pending && kinds.includes('request')) return pick('request');
    return pick(kinds.includes('request') ? 'request' : 'statement');
  }
  // An approval: scope words from its clauses, each with its own negation scope.
  let destroy = false;
  let destroyNegated = false;
  let del = false;
  let deleteNegated = false;
  let forcePush = false;
  let forceNegated = false;
  const named = new Set<Environment>();
  const excluded = new Set<Environment>();
  for (const s of parts) {
    for (const clause of s.clauses) {
      const d = mention(clause, DESTROY);
      if (d === 'positive') destroy = true;
      else if (d === 'negated') destroyNegated = true;
      const x = mention(clause, DELETE);
      if (x === 'positive') del = true;
      else if (x === 'negated') deleteNegated = true;
      const f = mention(clause, FORCE_PUSH);
      if (f === 'positive') forcePush = true;
      else if (f === 'negated') forceNegated = true;
      for (const { env, pattern } of ENVIRONMENTS) {
        const m = mention(clause, pattern);
        if (m === 'positive') named.add(env);
        else if (m === 'negated') excluded.add(env);
      }
    }
  }
  for (const env of excluded) named.delete(env);
  let environments = [...named];
  // "Approved, but not in prod": only the environments not excluded are covered.
  if (environments.length === 0 && excluded.size > 0) environments = ALL_ENVS.filter((e) => !excluded.has(e));
  const scope: ApprovalScope = {
    text: source,
    affirmed: true,
    // Any negated mention wins over a positive one elsewhere: ambiguity never widens the scope.
    destroy: destroy && !destroyNegated,
    delete: del && !deleteNegated,
    forcePush: forcePush && !forceNegated,
    environments,
  };
  return { kind: 'approval', scope, why: 'approval' };
}

/**
 * Approval text given as an answer to something the user was shown (the executor's --approval at
 * a terminal, `execguard check --approval`): read as the answer to a pending request.
 * `pending: false` reads it as a prompt nobody asked for (only "I approve …" counts).
 */
export function parseApproval(text: string, options: ReadOptions = { pending: true }): ApprovalScope {
  return readPrompt(text, options).scope;
}
