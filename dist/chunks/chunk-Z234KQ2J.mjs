import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);

// src/approval/scope.ts
var MAX_TEXT = 2e4;
function setAsideQuotes(text) {
  let quoted = false;
  const mark = () => {
    quoted = true;
    return " QUOTED ";
  };
  let rest = text.replace(/^\s*>.*$/gm, mark).replace(/```[\s\S]*?```/g, mark).replace(/`[^`\n]*`/g, mark).replace(/"[^"\n]*"/g, mark).replace(/\u201c[^\u201d\n]*\u201d/g, mark).replace(/\u2018[^\u2019\n]*\u2019/g, mark).replace(/«[^»\n]*»/g, mark);
  rest = rest.replace(/(^|[\s:(])'([^'\n]{1,400}?)'(?=$|[\s.,;:!?)])/g, (_m, lead) => `${lead}${mark()}`);
  rest = rest.replace(/["\u201c][^"\u201d]*$/g, mark);
  return { rest, quoted };
}
function sentences(text) {
  const out = [];
  const re = /([^.!?;\n\r]|\.(?=[^\s]))+([.!?;]+|[\n\r]+|$)/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0].trim();
    if (!raw) continue;
    const asked = /\?/.test(m[2] ?? "");
    const body = raw.replace(/[.!?;\s]+$/, "").trim();
    if (!body) continue;
    const clauses = body.split(/\s*[,:\u2014\u2013]\s*|\s+-{1,2}\s+|\s+(?=(?:but|however|although|though|except|and\s+then|then)\b)|[()]/i).map((c) => c.trim()).filter(Boolean);
    out.push({ text: body, asked, clauses });
  }
  return out;
}
var QUESTION_START = /^(?:(?:ok|okay|sure|yes|yeah|so|and|also|hmm|well|but|then)\s+)?(?:what|why|how|where|which|who|whom|whose|whether|when(?!\s+(?:ready|done|you(?:'re| are) ready))\b|(?:is|are|was|were|has|have|had|will|would|can|could|should|shall|may|might|must|does|did|isn't|aren't|won't|wouldn't|can't|couldn't|shouldn't|doesn't|didn't)\s+(?:you|we|i|it|this|that|these|those|there|they|he|she|the|a|an|any|anything|everything|my|our|your|its|terraform|kubectl|helm)\b|do\s+(?:you|we|i|they|he|she|the|any|my|our|your|these|those|terraform|kubectl|helm)\b|any\s+(?:chance|idea|reason|risk)|i\s+(?:wonder|am\s+wondering|was\s+wondering|'m\s+wondering)|i'm\s+wondering|is\s+it\b|would\s+it\b|what\s+if)/i;
var CONDITION = /\b(?:if|once|unless|provided(?:\s+that)?|providing|as\s+long\s+as|assuming|in\s+case|only\s+when|whenever|until|after\s+(?:you|we|i|the|it|ci|tests?|review|lunch|the)|when\s+(?:you|we|i|the|it|ci|tests?|everything|that|this|all)\b|before\s+(?:you|we|i|the|it|that|this|doing|applying|running))\b/i;
var DEFERRAL = /\b(?:later|not\s+yet|not\s+now|not\s+today|wait|waiting|hold\s+off|hold\s+on|hang\s+on|tomorrow|tonight|next\s+(?:week|sprint|month|release|window)|this\s+(?:afternoon|evening)|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in\s+(?:a|an|the)\s+(?:bit|minute|moment|hour|while|morning|afternoon)|give\s+me\s+(?:a|some)|let\s+me\s+(?:think|check|look|review|get\s+back)|i(?:'ll|\s+will)\s+(?:approve|confirm|decide|let\s+you\s+know|get\s+back)|postpone|defer|pause|sleep\s+on\s+it|maintenance\s+window|after\s+the\s+(?:freeze|window|weekend|holiday|meeting|standup|release)|(?:at|after|before|by|until|from)\s+\d{1,2}(?::\d{2})?\s*(?:am|pm|h|utc)?|\d{1,2}(?::\d{2})?\s*(?:am|pm)|end\s+of\s+(?:day|the\s+day|week|the\s+week|sprint)|eod|eow|after\s+(?:hours|lunch|dinner))\b/i;
var PRECONDITION_PHRASE = /\b(?:but\s+first|first\s*,|first\s+(?:show|run|check|tell|give|let|make|do|get|confirm|verify|explain)|before\s+(?:that|anything|applying|you\s+apply|doing)|beforehand)\b|(?:^|\s)first$/i;
var FIRST_VERB = /\b(?:run|show|check|give|send|post|share|explain|walk\s+me\s+through|tell\s+me)\b/i;
function precondition(t) {
  if (PRECONDITION_PHRASE.test(t)) return true;
  const verb = FIRST_VERB.exec(t);
  return verb !== null && /\bfirst\b/i.test(t.slice(verb.index));
}
var REPORTED = /\b(?:(?:he|she|they|someone|somebody|bob|alice|manager|boss|lead|team|security|cto|reviewer|ops|sre|the\s+(?:team|lead|manager|boss|client|customer|reviewer|cab|board)|my\s+(?:manager|boss|lead|team|colleague|coworker)|[a-z]+\s+team)\s+(?:said|says|say|wrote|writes|told|tells|asked|mentioned|thinks|thought|approved|approves|confirmed|signed\s+off|agreed|replied|commented|claims|claimed)|(?:said|wrote|told\s+me|replied|according\s+to|quote|quoting|unquote|the\s+(?:message|ticket|comment|email|doc|docs|readme|pr|issue)\s+(?:says|said|reads))\b|QUOTED)/i;
var DIFFERENT_PLAN = /\b(?:instead|rather\s+than|re-?plan|replan|plan\s+(?:it|this|that)\s+again|different\s+plan|another\s+plan|new\s+plan|(?:change|update|modify|revise|adjust|redo|rework|fix)\s+the\s+plan|plan\s+again|try\s+again\s+with|with\s+-target|only\s+the\b.*\bplan|go\s+with|(?:option|alternative|variant)\s*#?\w*|(?:the\s+)?(?:first|second|third|other|last|smaller|bigger|cheaper)\s+(?:one|option|plan|approach|variant)|differently|another\s+way|a\s+different\s+way)\b/i;
var NEGATION = /\b(?:not|no|never|don'?t|do\s+not|doesn'?t|didn'?t|won'?t|can'?t|cannot|shouldn'?t|mustn'?t|without|avoid|nothing|none|neither|nor|except|skip|exclude|excluding|leave|keep\s+away\s+from|stay\s+away\s+from)\b|n't\b/i;
var REFUSAL = /^(?:no|nope|nah|nay|negative|stop|cancel|abort|halt|reject(?:ed)?|den(?:y|ied)|disapprov(?:e|ed)|refused?|veto(?:ed)?|revoke(?:d)?|no\s+way|not\s+approved|not\s+ok(?:ay)?|absolutely\s+not|definitely\s+not|don'?t|do\s+not|never(?!\s*mind)|not\s+this\s+time|no\s+thanks?(?:\s+you)?|scrap\s+(?:it|that|this)|forget\s+(?:it|that|this)|never\s*mind$|nevermind$|kill\s+it|call\s+it\s+off|stand\s+down|back\s+off)\b|\b(?:reject(?:ed|s)?|den(?:y|ied)|disapprov(?:e|ed|es)|unapproved|cancel(?:led|ed)?|abort(?:ed)?|revoked?|veto(?:ed)?|do\s+not\s+approve|don'?t\s+approve|not\s+approved?|not\s+ok(?:ay)?|not\s+(?:go|proceed|do|run|apply|execute|deploy|push)\b|(?:don'?t|do\s+not|never|stop|shouldn'?t|mustn'?t|won'?t)\s+(?:go\s+ahead|proceed|apply|execute|deploy|run\s+(?:it|that|this|the\s+apply)|do\s+(?:it|that|this|anything)|push|continue|ship|touch\s+anything|change\s+anything|make\s+(?:any\s+)?changes))\b/i;
var CONTINUATION = /^(?:(?:ok(?:ay)?|alright|right|sure|yes|please|thanks|thank\s+you)[,\s]+)*(?:continue|go\s+on|keep\s+going|carry\s+on|resume|continue\s+please|please\s+continue|next|next\s+step|keep\s+at\s+it)(?:\s+please)?$/i;
var EXPLICIT_APPROVAL = /^(?:(?:ok(?:ay)?|yes|yep|alright|right|great|good|fine|thanks|sure)\s+)?(?:(?:the\s+)?user\s+(?:(?:has|have|just|now|already|explicitly|also)\s+)*(?:approved|approves)|i\s+(?:have\s+|hereby\s+|do\s+|fully\s+|now\s+|also\s+)?(?:approve|approved|approving)\b(?!\s+of\b)|i'?m\s+approving|i\s+am\s+approving|we\s+(?:have\s+|hereby\s+|do\s+)?(?:approve|approved)\b(?!\s+of\b)|approved(?=$|\s*[!.]|\s+(?:for|to|by\s+me|go|proceed|ship|apply|execute|do|run|deploy|thanks|as)\b)|approve(?=$|\s*[!.]|\s+(?:it|this|that|them|the\s+(?:plan|change|changes|apply|deployment|destroy|teardown|request|run))\b)|approval\s+(?:granted|given|confirmed)|you\s+have\s+(?:my|our)\s+approval|(?:(?:the|this|that|your|my)\s+)?(?:plan|change|changes|apply|deployment|deploy|teardown|destroy|it|this|that|request)\s+(?:is\s+|are\s+|has\s+been\s+)?approved(?!\s+by\s+(?!me\b))|lgtm|looks\s+good\s+to\s+me)\b/i;
var AFFIRMATIVE = /^(?:(?:ok(?:ay)?|alright|right|great|good|fine|thanks|sure|well|and|so|then|now|please|perfect|cool|nice|excellent)\s+)*(?:approved(?!\s+(?!for|to|by\s+me|go|proceed|ship|apply|execute|do|run|deploy|as\b)[a-z])|approve(?=$|\s*[!.])|approving|approval\s+granted|yes|yep|yeah|yup|ya|aye|y|affirmative|go\s+ahead|go\s+for\s+it|go|let'?s\s+go|let'?s\s+do\s+(?:it|this)|proceed|lgtm|looks\s+good\s+to\s+me|ship\s+it|do\s+it|make\s+it\s+so|apply\s+(?:it|this|that|them)|execute\s+(?:it|this|that|them)|run\s+(?:it|this|that|them)|confirm(?:ed)?|sounds\s+good|green\s+light|greenlit|you\s+have\s+my\s+(?:approval|ok|go-?ahead)|(?:plan|change|changes|it|this|that)\s+(?:is\s+|are\s+)?approved(?!\s+by\s+(?!me\b))|user\s+approved|i\s+(?:approve|approved|confirm|agree)(?!\s+(?:of|with\s+(?!the\s+plan)))|approved?\s+(?:it|this|that|them|the\s+(?:plan|change|changes|apply|deployment|destroy|teardown|request))\b)\b/i;
var ACTION_IMPERATIVE = /^(?:(?:ok(?:ay)?|alright|sure|yes|yeah|please|now|then|and)\s+)*(?:apply|deploy|destroy|tear\s+(?:it|them|this|that|everything|the\s+[\w-]+(?:\s+[\w-]+)?)?\s*down|teardown|delete|remove|uninstall|force[- ]?push|push|execute|roll\s+(?:it\s+)?out|merge)(?:\s+(?:it|this|that|them|everything|all(?:\s+of\s+it)?|now|as\s+(?:planned|shown|presented)|the\s+rest|(?:dev|development|staging|stage|prod|production)\b))?(?:$|\s+(?:to|in|on|for)\s+(?:dev|development|staging|stage|prod|production)\b|\s+(?:the|this|that)\s+(?:[\w/.-]+\s+){0,3}(?:stack|folder|vpc|cluster|environment|env|workspace|namespace|infra|infrastructure|module|release|deployment|branch|resources?|changes?|plan|bucket|database|db|service|apply)\b)/i;
var DESTROY = /\b(?:destroy(?:s|ed|ing)?|destruction|tear(?:s|ing)?\b[\w\s-]{0,30}?\bdown|teardown|torn\s+down)\b/i;
var DELETE = /\b(?:delet(?:e|es|ed|ing|ions?)|remov(?:e|es|ed|ing|als?)|uninstall(?:s|ed|ing)?)\b/i;
var FORCE_PUSH = /force[- ]?push|--force\b|push\s+--force|\bforce\s+(?:it|the\s+push)\b/i;
var ENVIRONMENTS = [
  { env: "dev", pattern: /\b(?:dev|development)\b/i },
  { env: "staging", pattern: /\b(?:staging|stage|stg)\b/i },
  { env: "prod", pattern: /\b(?:prod|production|prd)\b/i }
];
var ALL_ENVS = ["dev", "staging", "prod"];
function mention(clause, keyword) {
  const at = clause.search(keyword);
  if (at === -1) return "absent";
  const negation = clause.search(NEGATION);
  if (negation !== -1 && negation < at) return "negated";
  if (/\b(?:nothing|none|nowhere|alone)\b/i.test(clause.slice(at))) return "negated";
  if (/^\s*only\b/i.test(clause) && keyword !== DESTROY && keyword !== DELETE && keyword !== FORCE_PUSH) return "positive";
  return "positive";
}
var mentionsScope = (c) => DESTROY.test(c) || DELETE.test(c) || FORCE_PUSH.test(c) || ENVIRONMENTS.some((e) => e.pattern.test(c));
function refusesClause(c) {
  if (/^no\s+(?:problem|problems|worries|issues?|objections?|concerns?)\b/i.test(c)) return false;
  if (/^(?:not|nope|nah)$/i.test(c) || /\.\.\.\s*not$/i.test(c)) return true;
  if (!REFUSAL.test(c) && !/^(?:actually|wait|hmm|oh|um|uh|on\s+second\s+thought)\s+no\b/i.test(c)) return false;
  if (!mentionsScope(c)) return true;
  return /\b(?:approved?|approval|proceed|go\s+ahead|do\s+(?:it|that|this|anything)|continue)\b/i.test(c) || /^(?:no|nope|stop|cancel|abort)$/i.test(c);
}
var INFO_REQUEST = /^(?:(?:ok(?:ay)?|yes|yeah|sure|please|go\s+ahead\s+and|now)\s+)*(?:explain|show|describe|tell|list|summari[sz]e|walk|draft|prepare|write|plan|review|investigate|look|find|check|compare|diff|estimate|document|add|fix|test|lint|validate)\b(?!\s+(?:is\s+|has\s+been\s+)?approved)/i;
var PAST_OR_OTHERS = /\b(?:approved\s+by\s+(?!me\b|the\s+user\b|user\b)|yesterday|last\s+(?:week|time|month|sprint)|ago|previously|in\s+the\s+past)\b/i;
var REQUEST_VERB = /^(?:please\s+)?(?:apply|deploy|destroy|tear|delete|remove|uninstall|push|force|execute|run|merge|roll|scale|restart|create|update|upgrade|install|fix|make|add|write|plan|check|show|list|explain|describe|tell|give|look|find|review|go|do|build|set|move|rename|bump|clean|drain|cordon|rollback|roll\s+back)\b/i;
function readSentence(s, options) {
  const t = s.text.replace(/\s+/g, " ").trim();
  const clauses = s.clauses.map((c) => c.replace(/\s+/g, " ").trim());
  if (clauses.some(refusesClause)) return { kind: "refusal" };
  if (s.asked || clauses.some((c) => QUESTION_START.test(c))) return { kind: "question" };
  if (REPORTED.test(t) && /QUOTED|\b(?:said|says|wrote|told|approved|approves|confirmed|signed\s+off|agreed|replied|according)\b/i.test(t)) {
    if (!/^(?:(?:the\s+)?user|i|we)\b/i.test(t) || /QUOTED/.test(t)) {
      if (!/QUOTED/.test(t) || REPORTED.test(t.replace(/QUOTED/g, ""))) return { kind: "reported" };
    }
  }
  if (PAST_OR_OTHERS.test(t)) return { kind: "reported" };
  if (DEFERRAL.test(t)) return { kind: "deferral" };
  if (precondition(t)) return { kind: "precondition" };
  if (CONDITION.test(t)) return { kind: "condition" };
  if (DIFFERENT_PLAN.test(t)) return { kind: "different-plan" };
  if (CONTINUATION.test(t)) return { kind: "continuation" };
  const first = clauses[0] ?? t;
  if (clauses.some(
    (c) => INFO_REQUEST.test(c) || /^go\s+ahead\s+and\s+(?:explain|show|describe|tell|list|summari[sz]e|plan|review|check|investigate|look|write|draft|prepare)\b/i.test(
      c
    )
  ))
    return { kind: "request" };
  const approves = options.pending ? clauses.some(
    (c) => (AFFIRMATIVE.test(c) || EXPLICIT_APPROVAL.test(c) || ACTION_IMPERATIVE.test(c)) && mention(c, /\w+/) !== "negated"
  ) : clauses.some((c) => EXPLICIT_APPROVAL.test(c));
  if (approves) return { kind: "approval" };
  if (REQUEST_VERB.test(first)) return { kind: "request" };
  return { kind: "statement" };
}
var PATTERNS = [
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
  REQUEST_VERB
];
var compiled = false;
function compilePatterns() {
  if (compiled) return;
  compiled = true;
  const subject = "#".repeat(1e3);
  for (const pattern of PATTERNS) pattern.test(subject);
}
var UNDECIDED = ["question", "condition", "deferral", "precondition", "reported", "different-plan"];
var WHY = {
  approval: "approval",
  refusal: "the user refused: every approval of this session has ended. Do not run state-changing commands; ask what the user wants instead",
  continuation: "a plain continuation: an approval already in force still holds, nothing new is approved",
  question: "not an approval: the prompt is a question; answer it, present the plan and ask for approval",
  condition: 'not an approval: the prompt sets a condition ("if", "once", "after", "when", "unless"); check it, present the result and ask for approval',
  deferral: 'not an approval: the user deferred ("later", "not yet", "wait", "hold off"); do not run state-changing commands, present the plan and wait',
  precondition: 'not an approval: the user asked for something first ("but first", "show me \u2026 first"); do that, present the plan and ask for approval',
  reported: "not an approval: the approving words are quoted or attributed to someone else; only the user's own statement approves. Present the plan and ask",
  "different-plan": "not an approval: the user asked for a different plan; plan again, present it and ask for approval",
  request: "not an approval: the prompt is a request, not an approval; plan the change, present it, end with PLAN_STATUS: PENDING_APPROVAL and wait for the user's answer",
  statement: "not an approval: nothing in the prompt approves; present the plan and ask for approval before any state-changing command",
  empty: "not an approval: the prompt is empty"
};
var empty = (text) => ({
  text,
  affirmed: false,
  destroy: false,
  delete: false,
  forcePush: false,
  environments: []
});
function readPrompt(text, options) {
  const source = typeof text === "string" ? text : "";
  if (source.length > MAX_TEXT)
    return {
      kind: "statement",
      scope: empty(source),
      why: `not an approval: the prompt is longer than ${MAX_TEXT} characters; approve in a short prompt of its own`
    };
  compilePatterns();
  const { rest } = setAsideQuotes(source);
  const parts = sentences(rest);
  if (parts.length === 0) return { kind: "empty", scope: empty(source), why: WHY.empty };
  const readings = parts.map((s) => readSentence(s, options));
  const kinds = readings.map((r) => r.kind);
  const pick = (kind) => ({ kind, scope: empty(source), why: WHY[kind] });
  if (kinds.includes("refusal")) return pick("refusal");
  const undecided = UNDECIDED.find((k) => kinds.includes(k));
  if (undecided) return pick(undecided);
  if (kinds.every((k) => k === "continuation")) return pick("continuation");
  if (!kinds.includes("approval")) {
    if (options.pending && kinds.includes("request")) return pick("request");
    return pick(kinds.includes("request") ? "request" : "statement");
  }
  let destroy = false;
  let destroyNegated = false;
  let del = false;
  let deleteNegated = false;
  let forcePush = false;
  let forceNegated = false;
  const named = /* @__PURE__ */ new Set();
  const excluded = /* @__PURE__ */ new Set();
  for (const s of parts) {
    for (const clause of s.clauses) {
      const d = mention(clause, DESTROY);
      if (d === "positive") destroy = true;
      else if (d === "negated") destroyNegated = true;
      const x = mention(clause, DELETE);
      if (x === "positive") del = true;
      else if (x === "negated") deleteNegated = true;
      const f = mention(clause, FORCE_PUSH);
      if (f === "positive") forcePush = true;
      else if (f === "negated") forceNegated = true;
      for (const { env, pattern } of ENVIRONMENTS) {
        const m = mention(clause, pattern);
        if (m === "positive") named.add(env);
        else if (m === "negated") excluded.add(env);
      }
    }
  }
  for (const env of excluded) named.delete(env);
  let environments = [...named];
  if (environments.length === 0 && excluded.size > 0) environments = ALL_ENVS.filter((e) => !excluded.has(e));
  const scope = {
    text: source,
    affirmed: true,
    // Any negated mention wins over a positive one elsewhere: ambiguity never widens the scope.
    destroy: destroy && !destroyNegated,
    delete: del && !deleteNegated,
    forcePush: forcePush && !forceNegated,
    environments
  };
  return { kind: "approval", scope, why: "approval" };
}
function parseApproval(text, options = { pending: true }) {
  return readPrompt(text, options).scope;
}

export {
  readPrompt,
  parseApproval
};
