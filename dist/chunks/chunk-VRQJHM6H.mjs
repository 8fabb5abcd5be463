import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);

// src/approval/scope.ts
var AFFIRM = /\b(approved?|approving|approval granted|go ahead|go for it|proceed|proceeding|lgtm|looks good|ship it|yes|yep|yeah|execute|run it|do it|confirm(?:ed)?|authori[sz]ed?|green light|sounds good|apply|deploy|ok(?:ay)?|sure|accepted?|granted)\b/i;
var NEGATION = /\b(not|no|never|don'?t|do not|doesn'?t|didn'?t|won'?t|can'?t|cannot|shouldn'?t|mustn'?t|without|avoid|nothing|none|neither|nor|except|skip|refrain)\b|n't\b/i;
var REFUSAL = /\b(hold off|hold on|reject(?:ed|s)?|den(?:y|ied|ies)|refuse[sd]?|disapprov(?:e|ed|es)|unapproved|cancel(?:led|ed)?|abort(?:ed)?|nope|nah|not yet|not now|wait|revoked?|veto(?:ed)?)\b/i;
var BARE_REFUSAL = /^(no|nope|nah|don'?t|do not|not|never|not yet|not now|no way|not really|not so fast|not this time|no thanks|no thank you|absolutely not|definitely not)[.!\s]*$/i;
var DESTROY = /\b(destroy(?:s|ed|ing)?|destruction|tear(?:s|ing)?(?:\s+(?:it|them|this|that|everything|all|(?:the|this|that)\s+[\w-]+(?:\s+[\w-]+)?))?\s*down|teardown|torn down)\b/i;
var DELETE = /\b(delet(?:e|es|ed|ing|ions?)|remov(?:e|es|ed|ing|als?)|uninstall(?:s|ed|ing)?)\b/i;
var FORCE_PUSH = /force[- ]?push|--force\b/i;
var ENVIRONMENTS = [
  { env: "dev", pattern: /\b(dev|development)\b/i },
  { env: "staging", pattern: /\b(staging|stg)\b/i },
  { env: "prod", pattern: /\b(prod|production|prd)\b/i }
];
var CLAUSE_SPLIT = /(?:(?<=\?)\s+|[.!;\n\r]+(?=\s|$)|[,:]\s+|\s+(?:but|however|except|although|though|yet)\s+|\s+-{1,2}\s+|\s*[\u2014\u2013]\s*|\s*\(|\)\s*)/i;
function clauses(text) {
  return text.split(CLAUSE_SPLIT).map((c) => c.trim()).filter((c) => c.length > 0);
}
function mention(clause, keyword) {
  const at = clause.search(keyword);
  if (at === -1) return "absent";
  const negation = clause.search(NEGATION);
  if (negation !== -1 && negation < at) return "negated";
  if (/\b(nothing|none|nowhere)\b/i.test(clause.slice(at))) return "negated";
  return "positive";
}
function readClause(clause) {
  const question = /\?\s*$/.test(clause);
  const affirm = mention(clause, AFFIRM);
  const mentionsScope = DESTROY.test(clause) || DELETE.test(clause) || FORCE_PUSH.test(clause) || ENVIRONMENTS.some((e) => e.pattern.test(clause));
  const refuses = REFUSAL.test(clause) || affirm === "negated" || !mentionsScope && BARE_REFUSAL.test(clause);
  return { question, affirms: affirm === "positive" && !question, refuses };
}
function parseApproval(text) {
  const source = typeof text === "string" ? text : "";
  const parts = clauses(source.slice(0, 2e4));
  let affirmed = false;
  let refused = false;
  let destroy = false;
  let destroyNegated = false;
  let del = false;
  let deleteNegated = false;
  let forcePush = false;
  let forceNegated = false;
  const named = /* @__PURE__ */ new Set();
  const excluded = /* @__PURE__ */ new Set();
  for (const clause of parts) {
    const reading = readClause(clause);
    if (reading.refuses) refused = true;
    if (reading.affirms) affirmed = true;
    const usable = !reading.question && !reading.refuses;
    const destroyMention = mention(clause, DESTROY);
    if (destroyMention === "positive" && usable) destroy = true;
    else if (destroyMention !== "absent") destroyNegated = true;
    const deleteMention = mention(clause, DELETE);
    if (deleteMention === "positive" && usable) del = true;
    else if (deleteMention !== "absent") deleteNegated = true;
    const forceMention = mention(clause, FORCE_PUSH);
    if (forceMention === "positive" && usable) forcePush = true;
    else if (forceMention !== "absent") forceNegated = true;
    for (const { env, pattern } of ENVIRONMENTS) {
      const m = mention(clause, pattern);
      if (m === "positive" && usable) named.add(env);
      else if (m === "negated") excluded.add(env);
    }
  }
  if (!affirmed && !refused && (destroy || del || forcePush)) affirmed = true;
  if (refused) affirmed = false;
  destroy = affirmed && destroy && !destroyNegated;
  del = affirmed && del && !deleteNegated;
  forcePush = affirmed && forcePush && !forceNegated;
  for (const env of excluded) named.delete(env);
  let environments = [...named];
  if (environments.length === 0 && excluded.size > 0) {
    environments = ["dev", "staging", "prod"].filter((e) => !excluded.has(e));
  }
  return { text: source, affirmed, destroy, delete: del, forcePush, environments };
}

export {
  parseApproval
};
