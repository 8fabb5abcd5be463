// Approval text -> what it authorizes. Pure and synchronous: the hook calls it on every prompt.
//
// The text is cut into clauses (sentences, and the parts around "but", "except", commas, ...), and
// each clause is read on its own: a negation ("do not", "never", "no", ...) only cancels the
// keywords of its own clause, so "Apply the plan, but do not destroy anything" approves the apply
// and refuses the destroy.
import type { ApprovalScope, Environment } from './types.js';

const AFFIRM =
  /\b(approved?|approving|approval granted|go ahead|go for it|proceed|proceeding|lgtm|looks good|ship it|yes|yep|yeah|execute|run it|do it|confirm(?:ed)?|authori[sz]ed?|green light|sounds good|apply|deploy|ok(?:ay)?|sure|accepted?|granted)\b/i;
const NEGATION =
  /\b(not|no|never|don'?t|do not|doesn'?t|didn'?t|won'?t|can'?t|cannot|shouldn'?t|mustn'?t|without|avoid|nothing|none|neither|nor|except|skip|refrain)\b|n't\b/i;
/** Words that refuse on their own, whatever the clause says. */
const REFUSAL =
  /\b(hold off|hold on|reject(?:ed|s)?|den(?:y|ied|ies)|refuse[sd]?|disapprov(?:e|ed|es)|unapproved|cancel(?:led|ed)?|abort(?:ed)?|nope|nah|not yet|not now|wait|revoked?|veto(?:ed)?)\b/i;

/** A clause that is nothing but a refusal: "No.", "Don't", "Not yet". */
const BARE_REFUSAL = /^(no|nope|nah|don'?t|do not|not|never|not yet|not now|no way|not really|not so fast|not this time|no thanks|no thank you|absolutely not|definitely not)[.!\s]*$/i;

const DESTROY = /\b(destroy(?:s|ed|ing)?|destruction|tear(?:s|ing)?(?:\s+(?:it|them|this|that|everything|all|(?:the|this|that)\s+[\w-]+(?:\s+[\w-]+)?))?\s*down|teardown|torn down)\b/i;
const DELETE = /\b(delet(?:e|es|ed|ing|ions?)|remov(?:e|es|ed|ing|als?)|uninstall(?:s|ed|ing)?)\b/i;
const FORCE_PUSH = /force[- ]?push|--force\b/i;

const ENVIRONMENTS: { env: Environment; pattern: RegExp }[] = [
  { env: 'dev', pattern: /\b(dev|development)\b/i },
  { env: 'staging', pattern: /\b(staging|stg)\b/i },
  { env: 'prod', pattern: /\b(prod|production|prd)\b/i },
];

/** Clause boundaries: sentence ends, line breaks, semicolons, commas and contrastive conjunctions. */
const CLAUSE_SPLIT = /(?:(?<=\?)\s+|[.!;\n\r]+(?=\s|$)|[,:]\s+|\s+(?:but|however|except|although|though|yet)\s+|\s+-{1,2}\s+|\s*[\u2014\u2013]\s*|\s*\(|\)\s*)/i;

function clauses(text: string): string[] {
  return text
    .split(CLAUSE_SPLIT)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

type Mention = 'absent' | 'positive' | 'negated';

/**
 * How a clause mentions a keyword: a negation counts only when it comes before the keyword
 * ("do not destroy", "not approved"), or when "nothing"/"none" follows it ("destroy nothing"), so
 * "execute it without destroying anything" approves the execution and refuses the destroy.
 */
function mention(clause: string, keyword: RegExp): Mention {
  const at = clause.search(keyword);
  if (at === -1) return 'absent';
  const negation = clause.search(NEGATION);
  if (negation !== -1 && negation < at) return 'negated';
  if (/\b(nothing|none|nowhere)\b/i.test(clause.slice(at))) return 'negated';
  return 'positive';
}

interface ClauseReading {
  question: boolean;
  affirms: boolean;
  refuses: boolean;
}

function readClause(clause: string): ClauseReading {
  const question = /\?\s*$/.test(clause);
  const affirm = mention(clause, AFFIRM);
  const mentionsScope = DESTROY.test(clause) || DELETE.test(clause) || FORCE_PUSH.test(clause) || ENVIRONMENTS.some((e) => e.pattern.test(clause));
  // A clause refuses the approval when it negates an approving word ("not approved", "don't
  // proceed") or is a bare refusal ("No.", "Don't", "not yet"). A negation of something else
  // ("do not destroy anything", "don't push to main") only narrows the scope.
  const refuses = REFUSAL.test(clause) || affirm === 'negated' || (!mentionsScope && BARE_REFUSAL.test(clause));
  return { question, affirms: affirm === 'positive' && !question, refuses };
}

/** Reads approval text. Never throws; any string is accepted. */
export function parseApproval(text: string): ApprovalScope {
  const source = typeof text === 'string' ? text : '';
  const parts = clauses(source.slice(0, 20_000));
  let affirmed = false;
  let refused = false;
  let destroy = false;
  let destroyNegated = false;
  let del = false;
  let deleteNegated = false;
  let forcePush = false;
  let forceNegated = false;
  const named = new Set<Environment>();
  const excluded = new Set<Environment>();
  for (const clause of parts) {
    const reading = readClause(clause);
    if (reading.refuses) refused = true;
    if (reading.affirms) affirmed = true;
    const usable = !reading.question && !reading.refuses;
    const destroyMention = mention(clause, DESTROY);
    if (destroyMention === 'positive' && usable) destroy = true;
    else if (destroyMention !== 'absent') destroyNegated = true;
    const deleteMention = mention(clause, DELETE);
    if (deleteMention === 'positive' && usable) del = true;
    else if (deleteMention !== 'absent') deleteNegated = true;
    const forceMention = mention(clause, FORCE_PUSH);
    if (forceMention === 'positive' && usable) forcePush = true;
    else if (forceMention !== 'absent') forceNegated = true;
    for (const { env, pattern } of ENVIRONMENTS) {
      const m = mention(clause, pattern);
      if (m === 'positive' && usable) named.add(env);
      else if (m === 'negated') excluded.add(env);
    }
  }
  // An explicit instruction to destroy / delete / force-push is itself an approval of that act.
  if (!affirmed && !refused && (destroy || del || forcePush)) affirmed = true;
  if (refused) affirmed = false;
  // Any negated mention wins over a positive one elsewhere: ambiguity never widens the scope.
  destroy = affirmed && destroy && !destroyNegated;
  del = affirmed && del && !deleteNegated;
  forcePush = affirmed && forcePush && !forceNegated;
  for (const env of excluded) named.delete(env);
  let environments: Environment[] = [...named];
  // "Approved, but not in prod": only the environments not excluded are covered.
  if (environments.length === 0 && excluded.size > 0) {
    environments = (['dev', 'staging', 'prod'] as Environment[]).filter((e) => !excluded.has(e));
  }
  return { text: source, affirmed, destroy, delete: del, forcePush, environments };
}
