import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  LIVE_AS_PRODUCTION,
  NAMED_NON_PRODUCTION,
  NON_PRODUCTION_WORDS,
  productionNamesPattern
} from "./chunk-NJ4D744S.mjs";

// src/approval/scope.ts
var MAX_TEXT = 2e4;
var LETTER = String.raw`[\w\u00c0-\u024f]`;
var START = String.raw`(?<!${LETTER})`;
var END = String.raw`(?!${LETTER})`;
var rx = (source, flags = "i") => new RegExp(source, flags);
function cold(re) {
  let warm = false;
  return {
    test(text) {
      if (!warm) {
        warm = true;
        re.test(WARM_SUBJECT);
      }
      return re.test(text);
    }
  };
}
var DEV_WORDS = String.raw`dev|development|desarrollo|entwicklung|d[ée]veloppement|desenvolvimento`;
var STAGING_WORDS = String.raw`staging|stage|stg|pre-?prod|homologa[çc][ãa]o|homolog`;
var PROD_WORDS = String.raw`(?<!pre-?)prod|production|prd|live(?!\s+with\b)|customer[- ]facing|producci[óo]n|produktion|produ[çc][ãa]o`;
var ENV_WORDS = rx(String.raw`\b(?:(${STAGING_WORDS})|(${DEV_WORDS})|(${PROD_WORDS}))${END}|(ステージング|検証環境)|(開発)|(本番)`, "gi");
var ENVIRONMENTS = [
  { env: "dev", pattern: /\bdev\b/i },
  { env: "staging", pattern: /\bstaging\b/i },
  { env: "prod", pattern: /\bprod\b/i }
];
var ALL_ENVS = ["dev", "staging", "prod"];
var ANY_ENV = "(?:dev|staging|prod)";
var REPLACE_WORDS = String.raw`replac(?:e|es|ed|ing|ements?)|re-?creat(?:e|es|ed|ing|ions?)|taint(?:s|ed|ing)?`;
var DROP_WORDS = String.raw`wip(?:e|es|ed|ing)|purg(?:e|es|ed|ing)|drop(?:s|ped|ping)?(?=\s+(?:(?:the|any|all|a|an|this|that|those|these|old|unused|stale|legacy|my|our|its|their)\s+)*(?:[\w-]+\s+)?(?:tables?|databases?|dbs?|schemas?|indexe?s|indices|index|columns?|collections?|keyspaces?|views?|partitions?|caches?|volumes?|buckets?|data)\b)`;
var REPLACES = rx(String.raw`${START}(?:${REPLACE_WORDS})${END}`);
var DROPS = rx(String.raw`${START}(?:${DROP_WORDS})${END}`);
var DESTROY = rx(
  String.raw`${START}(?:destroy(?:s|ed|ing)?|destruction|tear(?:s|ing)?\b[\w\s-]{0,30}?\bdown|teardown|torn\s+down|destru(?:ir|ye\w*|yan|ya|a|am|[çc][ãa]o|cci[óo]n|ido|[íi]da)|zerst[öo]r\w*|abrei(?:ß|ss)en|d[ée]trui\w*|d[ée]truis\w*)${END}|削除|破棄|破壊|取り壊`
);
var DELETE = rx(
  String.raw`${START}(?:delet(?:e|es|ed|ing|ions?|ar)|remov(?:e|es|ed|ing|als?|er)|uninstall(?:s|ed|ing)?|elimin(?:ar|a|e|alo|ado|aci[óo]n)|borr(?:ar|a|e|alo|ado)|l[öo]sch\w*|entfern\w*|supprim\w*|effac\w*|desinstal\w*|deinstall\w*)${END}|削除|アンインストール`
);
var FORCE_PUSH = rx(
  String.raw`force[- ]?push|--force\b|push\s+--force|\bforce\s+(?:it|the\s+push)\b|push\s+forc[ée]|push\s+for[zç]ado|forzar\s+(?:el\s+)?push|for[çc]ar\s+(?:o\s+)?push|forcer\s+(?:le\s+)?push|強制プッシュ`
);
var YES_SYMBOL = /^\s*(?:👍|✅|✔|✓|☑|👌|🆗|🚀|🚢|🟢|🟩|🙆)(?:[\ufe0f\u{1f3fb}-\u{1f3ff}\u2640\u2642]|\u200d)*(?:\s*(?:👍|✅|✔|✓|☑|👌|🚀|🚢|🟢|🟩)[\ufe0f\u{1f3fb}-\u{1f3ff}]*)*/u;
var LEADING_ARROW = /^\s*(?:➡\ufe0f?|→|⇒|=>|->|»|▶\ufe0f?)\s*/;
var NO_SYMBOL = /^\s*(?:👎|❌|🛑|⛔|✋|🚫|🙅)(?:[\ufe0f\u{1f3fb}-\u{1f3ff}\u2640\u2642]|\u200d)*/u;
var SHORT_FORMS = /(?:ye|yea|yeh|yesh|yess+|yse|ys|yas+|ye{2,}s+|kk?|doit|itt+|okey|okie|oki|gogo(?:go)*|go\s+a(?:hed|haed|hea|heed)|goahead|proc(?:e{3,}d|ede|ed|ced|cede)|porceed|shipit|ship-it|shpi(?=\s+it)|lgmt|lgtn|ltgm|lgtm{2,}|sgtm|sg(?=\s*(?:[,.!]|$))|pls|plz|plse|thx|(?!approved(?![\w'+-]))a?p+ro+v+e?d|apporved|aprroved|appro?ed|:\+1:|:thumbsup:|:white_check_mark:|:heavy_check_mark:|:ok_hand:|:shipit:|:rocket:|\+1|:-1:|:thumbsdown:|:x:|:no_entry:|:no_entry_sign:|:octagonal_sign:|:stop_sign:|-1|nack|nak|ap(?!pro(?:ve[ds]?|vals?|ving)(?![a-z]))[a-uw-z]{0,6}v[a-z]{0,6}(?![\u00c0-\u024f])|(?:incl|approx|vs|e\.g|i\.e)\.(?=\s))(?![\w'+-])/gi;
var SLIPS = /(?:go\s+a(?!head(?![a-z]))[a-z]{2,5}|m(?:h|m+-?h)m+|uh-?huh|a(?!pply(?![a-z]))p{1,4}l{1,3}y|lmk)(?![\w'+-])/gi;
function shortForm(word, at, text) {
  if (at > 0 && /[\w'+-]/.test(text.charAt(at - 1))) return word;
  const w = word.toLowerCase().replace(/\s+/g, " ");
  if (/^kk?$/.test(w)) return text.slice(0, at).trim() === "" ? "ok" : word;
  if (w.endsWith(".")) return word.slice(0, -1);
  if (/^(?:ye|yea|yeh|yesh|yes+|yse|ys|yas+|ye{2,}s+)$/.test(w)) return "yes";
  if (w === "doit") return "do it";
  if (/^itt+$/.test(w)) return "it";
  if (/^(?:mh|mm|uh)/.test(w)) return "yes";
  if (/^ap+l+y$/.test(w)) return "apply";
  if (/^ap/.test(w)) return misspeltApproval(w) ? "yes" : word;
  if (/^(?:okey|okie|oki)$/.test(w)) return "ok";
  if (/^gogo/.test(w)) return "go";
  if (/^go ?a/.test(w)) return w === "goahead" || slips(w.replace(/^go ?/, ""), "ahead") <= 2 ? "go ahead" : word;
  if (/^p(?:roc|orc)/.test(w)) return "proceed";
  if (w === "shpi") return "ship";
  if (/^(?:shipit|ship-it|:shipit:)$/.test(w)) return "ship it";
  if (/^l/.test(w)) return "lgtm";
  if (w === "sgtm" || w === "sg") return "sounds good";
  if (w === "thx") return "thanks";
  if (w === "lmk") return "let me know";
  if (/^pl/.test(w)) return "please";
  if (/^(?::-1:|:thumbsdown:|:x:|:no_entry:|:no_entry_sign:|:octagonal_sign:|:stop_sign:|-1|nack|nak)$/.test(w)) return "no";
  if (/^(?::\+1:|:thumbsup:|:white_check_mark:|:heavy_check_mark:|:ok_hand:|:rocket:|\+1)$/.test(w)) return "yes";
  return "yes";
}
var NEAR_APPROVED = /^(?:approv(?:e|ed|es|al|als|ing)|appr(?:ox\w*|oach\w*|ais\w*|entice\w*|is\w*|ove\w*)|aprob(?:ad[oa]s?|ar|amos|o)|apruebo?|aprueba|aprov(?:ad[oa]s?|ar|o|amos)|apr[eè]s|april)$/;
function slips(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const row = d[i];
      const up = d[i - 1];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(up[j] + 1, row[j - 1] + 1, up[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
      row[j] = v;
    }
  return d[a.length][b.length];
}
function misspeltApproval(w) {
  if (!w.includes("v") || NEAR_APPROVED.test(w)) return false;
  return slips(w, "approved") <= 2 || slips(w, "approve") <= (w.length >= 6 ? 2 : 1);
}
var ENV_ANSWER = rx(
  String.raw`\b(${ANY_ENV})\b\s*(?:[:=]|->|→)?\s*(?:(no|nope|nein|non|n[ãa]o|not|(?:absolutely|definitely|certainly|hell)\s+not|never|いいえ|❌|✗|✘|👎|🔴|🟥|⛔|🚫)|(yes|yep|ok|s[íi]|ja|oui|sim|はい|✅|✔|✓|👍|🟢|🟩))(?![\w\u00c0-\u024f-])`,
  "giu"
);
var ENV_VERDICT = /(^|[,;.\n]\s*)(dev|staging|prod)\s*(?:[:=\u2013\u2014-]|->|→)\s*(?:(not\s+approved|rejected|denied)|approved)\b/gi;
var VERDICT_ENVS = /(^|[.;\n]\s*)(?:(not\s+approved|rejected|denied|no)|approved|yes)\s*:\s*((?:dev|staging|prod)(?:\s*(?:,|and|&|\/)\s*(?:dev|staging|prod))*)(?=\s*(?:[.;\n]|$))/gi;
var SYMBOL_ENV = /(?:(❌|🚫|👎|✗|✘|⛔|🛑|🔴|🟥)|✅|👍|✔|✓|☑|🟢|🟩)[\ufe0f\u{1f3fb}-\u{1f3ff}]*\s*[:=]?\s*(dev|staging|prod)(?![\w-])/gu;
var SYMBOL_LEADS = /^\W*?(?:❌|🚫|👎|✗|✘|⛔|🛑|🔴|🟥|✅|👍|✔|✓|☑|🟢|🟩)[\ufe0f\u{1f3fb}-\u{1f3ff}]*\s*[:=]?\s*(?:dev|staging|prod)(?![\w-])/u;
var PORTUGUESE_IN = /(?<=\b(?:ver|bala|roda|rodar|rode|sobe|subir|suba|faz|fazer|fa[çc]a|executa|executar|execute|implanta|implantar|implante|aplicar|deploya|deployar|s[óo]|apenas|somente|n[ãa]o|tamb[ée]m)\s+)n[oa](?=\s+(?:dev|staging|prod)\b)/gi;
var DECORATION = new RegExp("(?:(?![\u{1F602}\u{1F923}\u{1F606}\u{1F605}\u{1F480}\u{1F525}\u{1F644}\u{1F612}\u{1F921}\u{1F60F}\u{1F643}\u{1F926}\u{1F44E}\u274C\u{1F6D1}\u26D4\u270B\u{1F6AB}\u{1F645}\u{1F914}\u{1F62C}\u{1F631}\u{1F630}\u{1F628}\u{1F61F}\u{1F615}\u{1FAE3}\u26A0])\\p{Extended_Pictographic})[\\ufe0f\\u{1f3fb}-\\u{1f3ff}]*", "gu");
var NON_PROD = /\bnon[- ]?(?:prod|production|prd)(?:uction)?\b|\blower\s+env(?:ironment)?s\b/gi;
var WHEN_READY = /\s*\b(?:(?:when|whenever|once)\s+you(?:'re|\s+are)\s+ready|whenever\s+you\s+(?:like|want|can)|at\s+your\s+(?:convenience|leisure))(?=\s*(?:[,.;!)\u2014\u2013-]|$))/gi;
var TIMING_OR_OWN_WORD = /ready|whenever|your\s+(?:con|lei)|\bi\s+(?:said|told|mentioned|wrote)/i;
var AS_I_SAID = /\b(?:like|as)\s+i\s+(?:said|told\s+you|mentioned|wrote)(?:\s+(?:before|earlier|already))?\s*,?/gi;
var ENV_SELF_ANSWER = /(^|[.!;\n]\s*)(?:(?:and|but|in|on|for|to|what\s+about|how\s+about|as\s+for)\s+)?(?:the\s+)?(dev|staging|prod)\s*\?\s*(?:((?:absolutely|definitely|certainly|hell)\s+not?|no\s+way|never|no|nope|nah|nein|non|n[ãa]o)|yes|yep|yeah|sure|ok(?:ay)?|go|fine|s[íi]|ja|oui|sim)\b/gi;
var SCOPE_ANSWER = /\b(destroy|teardown|deletes?|deletions?|force[- ]?push(?:es)?)\s*(?:[:=,]|->|→)\s*(?:no|nope|nein|non|n[ãa]o|not)\b/gi;
var ANSWERED_BESIDE = /[:=>→]\s*(?:yes|ok|go|sure)\b|\byes\s+(?:to|for)\b|\b(?:approved?|go\s+ahead|lgtm|proceed|apply\s+it)\b/i;
var ENV_THEN = /(^|[.!;\n]\s*)((?:dev|staging|prod)(?:\s*(?:and|&|\+|\/)\s*(?:dev|staging|prod))*)\s*,?\s+then\b/gi;
var TAKEN_BACK = /^\s*(?:(?:no|nope|nah|wait|hmm+|hold\s+on|hang\s+on|um+|uh+|oh)[\s,.!\u2014\u2013-]+)+(?:actually|on\s+second\s+thought)[\s,]+(?=(?:yes|yeah|yep|go|approved|lgtm|ship|do\s+it|proceed|ok(?:ay)?)\b)/i;
var APPROVAL_STATUS = /\bapproval\s+status\s*[:=]\s*(?:granted|given|approved)(?:\s+by\s+(?:the\s+)?(?:user|me))?(?=\s*(?:[.!;\n]|$))/gi;
var REVIEWED_AND_APPROVE = [
  [
    /^\s*ich\s+habe\s+[^.!?]{0,60}?\b(?:gepr[üu]ft|gelesen|angesehen|durchgesehen|[üu]berpr[üu]ft)\s+und\s+(?:ich\s+)?genehmige\b/i,
    "ich genehmige"
  ],
  [
    /^\s*j'ai\s+[^.!?]{0,60}?\b(?:relu|lu|v[ée]rifi[ée]|revu|regard[ée]|examin[ée])(?![\w\u00c0-\u017f])[^.!?]{0,30}?\s+et\s+je\s+(?:l'|le\s+|la\s+)?approuve\b/i,
    "j'approuve"
  ],
  [/^\s*(?:yo\s+)?(?:he\s+)?(?:revisado|le[íi]do|mirado|revis[ée])\b[^.!?]{0,60}?\s+y\s+(?:lo\s+|la\s+)?apruebo\b/i, "apruebo"],
  [/^\s*(?:eu\s+)?(?:revisei|li|olhei|conferi)\b[^.!?]{0,60}?\s+e\s+(?:o\s+|a\s+)?aprovo\b/i, "aprovo"]
];
var HAS_ARROW = /^\s*(?:[➡→⇒»▶]|[-=]>)/;
var HAS_APPROVAL_COLON = /approval\s*[:=]/i;
var HAS_I_COMMA = /i ?,/i;
var ANSWERED_NO = /[:=,>→]\s*(?:no|nope|nein|non|n[ãa]o|not)\b/i;
var SCOPE_ANSWERED = /\b(?:destroy|teardown|deletes?|deletions?|force[- ]?push(?:es)?)\s*(?:[:=,]|->|→)\s*(?:no|nope|nein|non|n[ãa]o|not)\b/i;
var HAS_VERDICT_ENVS = /:\s*(?:dev|staging|prod)\b/i;
var HAS_NO_ENV = /\bn[oa]\s+(?:dev|staging|prod)\b/i;
var RELATIVE_CLAUSE = /^(?:which|who|where)\s+(?:we|i|you|they|he|she|it|was|were|is|are|has|have|had|got)\b/i;
var ANOTHER_MATTER_STEM = /another|separate|different/i;
var MY_APPROVAL = /\b(?:my|our)\s+approval\s*[:=]\s*(?:granted|given|yes)\b/gi;
var I_APPOSITIVE = /\b(I|we)\s*,\s*(?:as\s+)?(?:the|an?|your)\s+[^,.!?\n]{1,40},\s*(?=(?:hereby\s+|do\s+)?(?:approve|sign|confirm|authori[sz]e)\b)/gi;
var TABLE_HEADER = /^[ \t]*\|[^\n]*\|[ \t]*\n[ \t]*\|[ \t:|-]*-[ \t:|-]*\|[ \t]*$/gm;
var ENV_TABLE_ROW = /^[ \t]*\|[ \t]*(dev|staging|prod)[ \t]*\|([^|\n]*)\|[ \t]*$/gim;
var PROD_LIKE = /\b(?:prod|production)[- ]?(?:like|ish|grade|parity)\b/gi;
var EVERY_ENV_BUT = /\b(?:every|all)\s+(?:(?:other|the)\s+)*env(?:ironment)?s?\s+(?=(?:but|except|other\s+than|minus|apart\s+from)\b)/gi;
var MARKUP = /^[ \t]{0,3}#{1,6}[ \t]+|\*\*(?=\S)|(?<=\S)\*\*|(?<![\w_])__(?=\S)|(?<=\S)__(?![\w_])|^[ \t]*[-*+][ \t]+\[[xX✓✔][ \t]*\][ \t]*/gm;
var UNCHECKED = /^[ \t]*[-*+][ \t]+\[[ \t]?\][^\n]*$/gm;
function normalize(text, productionNames = []) {
  let out = text;
  if (/[#*_[]/.test(out)) out = out.replace(UNCHECKED, "").replace(MARKUP, "");
  out = out.replace(SHORT_FORMS, shortForm).replace(SLIPS, shortForm);
  if (HAS_ARROW.test(out)) out = out.replace(LEADING_ARROW, "");
  if ((out.includes(":") || out.includes("=")) && HAS_APPROVAL_COLON.test(out)) out = out.replace(MY_APPROVAL, "approval granted");
  if (HAS_I_COMMA.test(out)) out = out.replace(I_APPOSITIVE, "I ");
  if (/ctually|second\s+thought/i.test(out)) out = out.replace(TAKEN_BACK, "");
  if (TIMING_OR_OWN_WORD.test(out)) out = out.replace(WHEN_READY, "").replace(AS_I_SAID, "");
  if (ANSWERED_NO.test(out) && SCOPE_ANSWERED.test(out) && ANSWERED_BESIDE.test(out))
    out = out.replace(SCOPE_ANSWER, (_m, word) => `not ${word}`);
  if (/status\s*[:=]/i.test(out)) out = out.replace(APPROVAL_STATUS, "approval granted");
  if (/genehmige|approuve|apruebo|aprovo/i.test(out)) for (const [pattern, own] of REVIEWED_AND_APPROVE) out = out.replace(pattern, own);
  if (out.includes("@")) out = out.replace(/(^|\s)@[\w.-]+[,:]?(?=\s|$)/g, "$1");
  if (/\b(?:non|lower)/i.test(out)) out = out.replace(NON_PROD, "dev and staging");
  if (/\blive\b/i.test(out)) out = out.replace(LIVE_AS_PRODUCTION, "prod");
  if (productionNames.length > 0) out = out.replace(productionNamesPattern(productionNames), "prod");
  if (/\b(?:every|all)\b/i.test(out)) out = out.replace(EVERY_ENV_BUT, "everywhere ");
  if (/like|ish|grade|parity/i.test(out)) out = out.replace(PROD_LIKE, "prodlike");
  out = out.replace(
    ENV_WORDS,
    (_m, staging, dev, _prod, jaStaging, jaDev) => staging || jaStaging ? "staging" : dev || jaDev ? "dev" : "prod"
  );
  if (/\b(?:dev|staging|prod)\b/.test(out)) {
    if (out.includes("|")) out = out.replace(TABLE_HEADER, "").replace(ENV_TABLE_ROW, "$1: $2");
    out = out.replace(ENV_VERDICT, (_m, lead, env, no) => `${lead}${no ? `not ${env}` : `${env} approved`}`);
    if (HAS_VERDICT_ENVS.test(out))
      out = out.replace(
        VERDICT_ENVS,
        (_m, lead, no, envs) => no ? `${lead}${envs.replace(/\b(dev|staging|prod)\b/gi, "not $1")}` : `${lead}${envs} approved`
      );
    if (/[^\x00-\x7f]/.test(out) && SYMBOL_LEADS.test(out))
      out = out.replace(SYMBOL_ENV, (_m, no, env) => no ? `, not ${env},` : `, yes ${env},`);
    if (HAS_NO_ENV.test(out)) out = out.replace(PORTUGUESE_IN, "em");
    out = out.replace(ENV_ANSWER, (_m, env, no) => no ? `, not ${env},` : `, yes ${env},`);
    if (out.includes("?"))
      out = out.replace(ENV_SELF_ANSWER, (_m, lead, env, no) => `${lead}${no ? "not" : "yes"} ${env}`);
    if (out.includes("then") || out.includes("Then")) out = out.replace(ENV_THEN, "$1$2 first, then");
    if (/[^\x00-\x7f]/.test(out))
      out = out.replace(SYMBOL_ENV, (_m, no, env) => no ? `, not ${env},` : `, yes ${env},`);
  }
  if (!/[^\x00-\x7f]/.test(out)) return out;
  return out.replace(YES_SYMBOL, "yes, ").replace(NO_SYMBOL, "no, ").replace(DECORATION, " ");
}
var FENCE = /^[ \t]*(```|~~~)[^\n]*\n[\s\S]*?(?:^[ \t]*\1[^\n]*$|(?![\s\S]))/gm;
var LOG_LINE = /^[ \t]*(?:\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|\[?\d{2}:\d{2}:\d{2}\b|\[(?:INFO|WARN|WARNING|ERROR|ERR|DEBUG|TRACE|FATAL|NOTICE|CRITICAL)\]|(?:INFO|WARN|WARNING|ERROR|DEBUG|TRACE|FATAL|NOTICE|CRITICAL)\b[:\s]|(?:Error|Warning):\s|level=\w|[│╷╵┃]|\$ |[+~-]\s+(?:resource|module|data)\b|(?:\w+\.)+\w+:\s+(?:Creating|Destroying|Modifying|Refreshing|Still|Creation|Destruction))[^\n]*$/gm;
var INDENTED_FIELD = /^[ \t]{2,}[\w-]+(?:\s[\w-]+)?:[ \t]+\S[^\n]*$/gm;
var INDENTED = /^(?: {4}|\t)[^\n]*$/gm;
var PLAN_COUNTS = /(?:\bplan\s*:\s*)?\b\d+\s+to\s+(?:add|change|destroy|import|replace|move|forget)\b(?:\s*(?:,|and)\s*\d+\s+to\s+(?:add|change|destroy|import|replace|move|forget)\b)*/gi;
var PROTOCOL_LINE = /\bPLAN_STATUS\s*[:=]?\s*[A-Za-z_]*/gi;
var COMMAND_AS_VERB = /(?<=^|[\s,.;:!])`(?:terraform|tf|tofu|kubectl|helm)\s+(apply|destroy|upgrade)`(?=\s+(?:it|this|that|them)\b)/gim;
function setAsideData(text) {
  const block = () => "\nQUOTED\n";
  const mark = () => " QUOTED ";
  let rest = text;
  if (rest.includes("```") || rest.includes("~~~")) rest = rest.replace(FENCE, block);
  if (/\d\s+to\s|PLAN_STATUS/i.test(rest)) rest = rest.replace(PLAN_COUNTS, mark).replace(PROTOCOL_LINE, mark);
  rest = rest.replace(LOG_LINE, block);
  if (/\n[ \t]{2}|^[ \t]{2}/.test(rest)) rest = rest.replace(INDENTED_FIELD, block);
  if (rest.includes("    ") || rest.includes("	")) rest = rest.replace(INDENTED, block);
  if (rest.includes(">")) rest = rest.replace(/^\s*>.*$/gm, (line) => /\?\s*$/.test(line) ? "\nQUOTEDASK\n" : block());
  if (rest.includes("`")) rest = rest.replace(COMMAND_AS_VERB, "$1").replace(/`[^`\n]*`/g, mark);
  if (rest.includes('"')) rest = rest.replace(/"[^"\n]*"/g, mark);
  if (/[^\x00-\x7f]/.test(rest))
    rest = rest.replace(/\u201c[^\u201d\n]*\u201d/g, mark).replace(/\u2018[^\u2019\n]*\u2019/g, mark).replace(/«[^»\n]*»/g, mark).replace(/「[^」\n]*」/g, mark);
  if (rest.includes("'")) rest = rest.replace(/(^|[\s:(])'([^'\n]{1,400}?)'(?=$|[\s.,;:!?)])/g, (_m, lead) => `${lead}${mark()}`);
  if (rest.includes('"') || rest.includes("\u201C")) rest = rest.replace(/["\u201c][^"\u201d]*$/g, mark);
  return rest;
}
var CLAUSE_SPLIT = /\s*(?:[,\u2014\u2013、，]|:(?!\d)|(?<!\d):)\s*|\s+-{1,2}\s+|(?<!\b(?:everything|all|everywhere|anywhere|anything|all\s+envs|all\s+environments))\s+(?=(?:but|however|although|though|except|and\s+then|then(?!\s*$)|pero|aber|mais|mas)\b)|\s+and\s+(?=(?:i|we)\s+(?:(?:have|hereby|do|fully|now|also)\s+)?approve|approve\b|(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:happy|fine|ok(?:ay)?|good|comfortable)\b)|[()]/i;
var SO_ANSWER = /(?<![,;:\s])\s+so\s+(?=(?:yes|go|apply|proceed|ship|do\s+it|let'?s|you\s+can|feel\s+free)\b)/gi;
var ODD_SPACE = /\s\s|[^\S ]/;
var oneSpaced = (text) => ODD_SPACE.test(text) ? text.replace(/\s+/g, " ") : text;
var LEAD_MARK = /* @__PURE__ */ new Set(["\xBF", "\xA1", "-", "*", "\u2022"]);
var SENTENCE = /([^.!?;\n\r。！？；]|\.(?=[^\s]))+([.!?;。！？；]+|[\n\r]+|$)/g;
function sentences(text) {
  const out = [];
  SENTENCE.lastIndex = 0;
  for (let m = SENTENCE.exec(text); m !== null; m = SENTENCE.exec(text)) {
    const raw = m[0].trim();
    if (!raw) continue;
    const asked = /[?？]/.test(m[2] ?? "");
    const body = raw.replace(/[.!?;。！？；\s]+$/, "").trim();
    if (!body) continue;
    const clauses = [];
    for (const part of (/\sso\s/i.test(body) ? body.replace(SO_ANSWER, ", ") : body).split(CLAUSE_SPLIT)) {
      let c = oneSpaced(part);
      if (LEAD_MARK.has(c.charAt(0))) c = c.replace(/^(?:[¿¡]|[-*•]\s+)/, "");
      c = c.trim();
      if (c) clauses.push(c);
    }
    out.push({ text: oneSpaced(body), asked, clauses });
  }
  return out;
}
var IRONY = /(?:^|[\s,.!(])(?:yeah\s+right|oh\s+sure|oh\s+yeah|oh\s+great|oh\s+wonderful|oh\s+perfect|oh\s+brilliant|oh\s+absolutely|what\s+could\s+(?:possibly\s+)?go\s+wrong|qu[ée]\s+(?:podr[íi]a|puede)\s+salir\s+mal|was\s+soll\s+(?:schon\s+)?schief\s*gehen|qu'est-ce\s+qui\s+pourrait\s+mal\s+tourner|o\s+que\s+pode(?:ria)?\s+dar\s+errado|as\s+if|because\s+that\s+(?:went|worked|always\s+works)|said\s+(?:no\s+one|nobody)|good\s+luck\s+with\s+that|slow\s+clap|yeah,?\s+no|ri+ght+\.{2,}|su+re+\.{2,}|su{2,}re|ri{3,}ght|sure,?\s+jan|all\s+the\s+things|ruin\s+my\s+\w+|(?<!\bbut\s)whatever(?!\s+you\s+(?:did|staged|applied|changed|pushed))|but\s+whatever(?!\s*(?:[.!;\n]|$))|kidding|sarcas\w*|not\s+serious\w*|jk|j\/k|not\s+really|april\s+fools?|love\s+(?:outages|incidents|downtime|being\s+paged|getting\s+paged)|i\s+(?:just\s+|really\s+)?(?:love|enjoy|adore|live\s+for)\s+(?:restoring|rebuilding|recovering|being\s+paged|getting\s+paged|outages|incidents|downtime|firefighting|working\s+weekends|postmortems|post-mortems|rollbacks|data\s+loss|restores)|(?:outages?|incidents?|downtime|pages|paging|pager\s+duty|on-?call|data\s+loss|rollbacks?)\s+(?:are|is)\s+(?:so\s+)?(?:fun|great|awesome|the\s+best)|see\s+if\s+i\s+care|update\s+my\s+(?:cv|resume)|i\s+dare\s+you|go\s+on,?\s+i\s+dare|i\s+give\s+up|do\s+what(?:ever)?\s+you\s+want)\b|(?:^|\s)\/s\s*$|🙄|😒|🤡|😏|🙃|🤦/i;
var TONE = /\b(?:great\s+idea|brilliant(?:\s+idea)?|genius|fantastic\s+idea|wonderful\s+idea|best\s+idea\s+ever|what\s+a\s+(?:great|good|wonderful|fantastic|lovely)\s+idea|lol|lmao|rofl|haha\w*|totally|obviously|sure\s+sure|love\s+(?:that|it)\s+for\s+us|why\s+not|nice\s+one|smart\s+move|on\s+a\s+friday|fantastic|wonderful|best\s+day\s+ever|after\s+all|thanks\s+a\s+lot|what\s+fun|yeah\s+sure|what\s+a\s+(?:\w+\s+)?plan|ja\s+klar|na\s+klar|klar\s+doch|genial|claro\s+que\s+s[íi]|c[óo]mo\s+no|mais\s+bien\s+s[uû]r|c'est\s+[çc]a|pois\s+claro)\b|😂|🤣|😆|😅|💀|🔥|!{3,}/i;
var DESTRUCTIVE_WORD = cold(/\b(?:wipe|nuke|drop|everything|main|master|all\s+of\s+it|alles|todo|tout|tudo)\b/i);
function ironic(text) {
  if (IRONY.test(text)) return true;
  if (!TONE.test(text) && !(text.includes("whatever") && /\bbut\s+whatever\b/i.test(text))) return false;
  return DESTROY.test(text) || DELETE.test(text) || FORCE_PUSH.test(text) || DESTRUCTIVE_WORD.test(text) || REPLACES.test(text) || ENVIRONMENTS[2].pattern.test(text);
}
var ironicAnywhere = (text) => ironic(text) || ironicOther(text);
var QUESTION_START = /^(?:(?:ok|okay|sure|yes|yeah|so|and|also|hmm|well|but|then)\s+)?(?:what(?!ever)|why|how|where|which|who|whom|whose|whether|when(?!\s+(?:ready|done|finished|you(?:'re|\s+are)\s+(?:ready|done|finished|through)|(?:it|that|this)(?:'s|\s+is|\s+has)?\s+(?:done|finished|applied|complete)))\b|(?:is|are|was|were|has|have|had|will|would|can|could|should|shall|may|might|must|does|did|isn't|aren't|won't|wouldn't|can't|couldn't|shouldn't|doesn't|didn't)\s+(?:you|we|i|it|this|that|these|those|there|they|he|she|the|a|an|any|anything|everything|my|our|your|its|terraform|kubectl|helm)\b|do\s+(?!the\s+(?:thing|apply|deploy(?:ment)?|rollout|destroy|teardown|push|force[- ]push|upgrade|migration|release)(?:\s+(?:now|please|today))?$)(?:you|we|i|they|he|she|the|any|my|our|your|these|those|terraform|kubectl|helm)\b|any\s+(?:chance|idea|reason|risk)|i\s+(?:wonder|am\s+wondering|was\s+wondering|'m\s+wondering)|i'm\s+wondering|is\s+it\b|would\s+it\b|what\s+if)/i;
var QUESTION_OTHER = rx(
  String.raw`^(?:por\s+qu[ée]|qu[ée]|c[óo]mo|cu[áa]ndo|puedes|podr[íi]as|warum|wieso|wie|kannst\s+du|k[öo]nnen\s+sie|soll\s+ich|sollen\s+wir|pourquoi|comment|est-ce\s+que|peux-tu|pouvez-vous|dois-je|por\s+que|posso|voc[êe]\s+pode)${END}|(?:ですか|ますか|でしょうか|か)$`
);
var FOLLOW_UP = cold(
  /^(?:(?:and|also|btw|by\s+the\s+way|oh|ok|so|quick\s+question)[,\s]+)*(?:how\s+long|how\s+much\s+time|what(?:'s|\s+is)\s+the\s+eta|eta|when\s+will\s+(?:it|this|that|the\s+\w+)\s+(?:be\s+(?:done|finished|complete)|finish|complete|end)|(?:can|could|will|would)\s+you\s+(?:let\s+me\s+know|ping\s+me|notify\s+me|tell\s+me\s+when|post|share|send|report)|let\s+me\s+know)\b/i
);
var UNRELATED = cold(
  /^(?:(?:and|also|oh|ok|so)[,\s]+)*(?:unrelated|off[- ]topic|separately|on\s+another\s+note|by\s+the\s+way|btw|side\s+question|different\s+topic|(?:a\s+)?question\s+for\s+later|(?:not|non)[- ]blocking)\b/i
);
var DOUBT = cold(
  /\b(?:safe|risk\w*|sure|should|downtime|break\w*|outage|why|replace\w*|destroy\w*|delet\w*|remov\w*|force|prod|production|rollback|revert|undo|wrong|fail\w*|ok|okay|fine|approve\w*|test\w*|pass\w*|check\w*|verif\w*|backup|backed|snapshot|lock\w*|green|review\w*|same|correct|right|expected|intended|revers\w*|irreversible|recover\w*|lose|loss|data)\b|^or\b/i
);
var CONDITION = rx(
  String.raw`\b(?:if|once|unless|provided(?:\s+that)?|providing|as\s+long\s+as|assuming|in\s+case|only\s+when|whenever|until|after\s+(?:you|we|i|the|it|ci|tests?|review|lunch|the)|when\s+(?:you|we|i|the|it|ci|tests?|everything|that|this|all)\b|before\s+(?:you|we|i|the|it|that|this|doing|applying|running)|pending\s+(?!request|plan|change|changes|approval)|(?:after|until|once|when)\s+\w+\s+(?:reviews?|approves?|signs?\s+off|checks?|confirms?|merges?|finish(?:es)?|says?|is|are|has|gets?|looks?)|only\s+(?:after|once)|not\s+before|(?:with|under)\s+(?:the|a|one)\s+caveat|on\s+(?:the\s+)?condition|subject\s+to|contingent\s+(?:on|upon)|conditional\s+on|depending\s+on|as\s+soon\s+as)\b|${START}(?:si(?!\s*$)|s'il|wenn|falls|sobald|nachdem|quand|lorsque|une\s+fois\s+que|cuando|una\s+vez\s+que|siempre\s+que|caso|quando|depois\s+que|desde\s+que|assim\s+que|en\s+cuanto|d[èe]s\s+que|nach\s+(?:dem|der|den)|erst\s+nach|apr[èe]s\s+(?:le|la|les|l')|depois\s+(?:do|da|de|dos|das)|despu[ée]s\s+(?:de|del)|espera\s+a\s+que|antes\s+de|avant\s+(?:le|la|de)|vor\s+(?:dem|der))${END}|^se\s(?!v[eê]\s)|もし|場合|たら|なら|れば|次第`
);
var DEFERRAL = rx(
  String.raw`\b(?:later|not\s+yet|not\s+now|not\s+today|wait|waits|waiting|hold\s+off|hold\s+on|hang\s+on|tomorrow|tonight|next\s+(?:week|sprint|month|release|window|time)|this\s+(?:afternoon|evening|weekend)|(?<!\b(?:is|it's|was)\s+)(?:(?:on|for|until|till|by|next|this)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|hold\s+(?:the\s+)?(?:dev|staging|prod|destroy|teardown|deletes?|force[- ]?push)|hold(?=\s*$)|hold\s+(?:(?:the|this|that|your)\s+(?:apply|deploy\w*|rollout|change|changes|plan|push|run|merge|release|upgrade|migration)\b|(?:it|that|this)(?=\s*(?:$|though|for\s+now|please|a\s+(?:sec|second|minute|moment))))|in\s+(?:a|an|the)\s+(?:bit|minute|moment|hour|while|morning|afternoon)|another\s+(?:day|time)|some\s+other\s+time|give\s+me\s+(?:a|some)|let\s+me\s+(?:think|check|look|review|get\s+back|ask|confirm|talk|sync|discuss|consult|run\s+it\s+by)|i\s+(?:need|have|want)\s+to\s+(?:check|think|ask|confirm|review|talk|verify|look|discuss|sync|consult)|need\s+to\s+(?:check|ask|confirm)\s+with|i(?:'ll|\s+will)\s+(?:approve|confirm|decide|let\s+you\s+know|get\s+back)|postpone|defer|pause|sleep\s+on\s+it|maintenance\s+window|after\s+(?:the\s+|my\s+|our\s+|this\s+)?(?:freeze|window|weekend|holidays?|meeting|stand-?up|release|call|sync|demo|retro|break|sprint|1:1|one-on-one|coffee|all-?hands|planning|incident)|(?:at|after|before|by|until|from)\s+\d{1,2}(?::\d{2})?\s*(?:am|pm|h|utc)?|\d{1,2}(?::\d{2})?\s*(?:am|pm)|end\s+of\s+(?:day|the\s+day|week|the\s+week|sprint)|eod|eow|after\s+(?:hours|lunch|dinner)|(?:at|by|after|before|around)\s+(?:noon|midnight|midday|lunch(?:time)?|dawn|dusk|close\s+of\s+business|cob)|weekend|overnight)\b|${START}(?:m[áa]s\s+tarde|ma[ñn]ana|todav[íi]a\s+no|a[úu]n\s+no|espera|esperen|sp[äa]ter|morgen|noch\s+nicht|warte|warten|plus\s+tard|demain|pas\s+encore|attends|attendez|pas\s+maintenant|mais\s+tarde|amanh[ãa]|ainda\s+n[ãa]o|espere|aguarde|n[äa]chste\s+woche|la\s+semaine\s+prochaine|semana\s+que\s+vem|la\s+semana\s+que\s+viene|a\s+las\s+\d+|esta\s+(?:noche|tarde)|heute\s+(?:abend|nacht|nachmittag)|um\s+\d+|ce\s+(?:soir|week-end)|[àa]\s+\d+\s*h|hoje\s+[àa]\s+noite|[àa]s\s+\d+|esta\s+noite)${END}|後で|あとで|明日|まだ|待って|ちょっと待|来週|保留|今夜|今晩|夜に|週末`
);
var CONTINGENCY = /\bif\s+(?:anything|something|it|this|the\s+(?:[\w-]+\s+){0,2}[\w-]+)\s+(?:goes\s+(?:wrong|red|bad|south|sideways)|turns\s+red|fails?|breaks?|errors?(?:\s+out)?|looks\s+(?:off|wrong|weird|bad)|alerts?|pages?|spikes?)|\bif\s+(?:anyone|anybody|someone|somebody|people|they)\s+(?:asks?|complains?|wonders?|questions?)\b|\bif\s+you\s+(?:hit|see|get|run\s+into)\s+(?:any\s+)?(?:errors?|issues?|problems?|trouble)|\bin\s+case\s+of\s+(?:errors?|failures?|issues?|problems?)/i;
var NOTIFY_IF = /^(?:(?:and|also|please|pls|but|just)\s+)*(?:(?:if|when|once)\b.*\b(?:let\s+me\s+know|ping\s+me|tell\s+me|notify\s+me|give\s+me\s+a\s+(?:shout|ping)|shout)(?:\s+please)?|(?:let\s+me\s+know|ping\s+me|tell\s+me|notify\s+me|give\s+me\s+a\s+(?:shout|ping))\s+(?:if|when|once|in\s+case)\b.*)$/i;
var ATTRIBUTION = /^\(?\s*(?:said|says|wrote|writes|according\s+to|per|quoth|signed(?!\s+off\s*$))\b/i;
var READY = /^(?:(?:i'?m|we'?re)\s+)?(?:ready\s+)?when(?:ever)?\s+you(?:'re|\s+are)(?:\s+ready)?$/i;
var HEDGE = /\b(?:maybe|perhaps|probably|possibly|i\s+guess|i\s+think\s+so|i\s+suppose|not\s+sure|not\s+(?:100\s*%|a\s+hundred\s+percent|entirely|totally|completely|fully|quite|really|that)\s+(?:sure|convinced|confident)|not\s+(?:convinced|confident)|i\s+(?:haven'?t|have\s+not|didn'?t|did\s+not)\s+(?:actually\s+|really\s+|fully\s+|even\s+)?(?:reviewed|review|read|looked\s+at|look\s+at|checked|check|seen|verified|gone\s+through|go\s+through)|unsure|kind\s+of|sort\s+of|i\s+(?:don'?t|do\s+not)\s+know|yes\s+(?:and|or)\s+no|no\s+(?:and|or)\s+yes|yes\s*\/\s*no|still\s+(?:reading|reviewing|looking|going\s+through|checking|thinking|digesting|working\s+through)|hypothetically|in\s+theory|theoretically|suppos(?:e|ing)|imagine|pretend|let'?s\s+say)\b/i;
var HOLD_SCOPE = cold(
  rx(
    String.raw`^(?:but\s+)?(?:hold(?:\s+off)?|wait|pause)\s+(?:(?:on|with)\s+)?(?:the\s+)?(?:${ANY_ENV}|destroy|teardown|delete|deletes|force[- ]?push)(?:\s+(?:of|on|to|in|for)\s+(?:the\s+)?[\w./-]+(?:\s+[\w./-]+)?)?(?:\s+(?:part|one|bit))?(?:\s+(?:for\s+now|(?:until|till|for|to)\b.*))?$`
  )
);
var PRECONDITION_PHRASE = /\bfirst\s*,|\b(?:but\s+first|first\s+(?:show|run|check|tell|give|let|make|do|get|confirm|verify|explain)|before\s+(?:that|anything|applying|you\s+apply|doing)|beforehand)\b|(?:^|\s)first$/i;
var FIRST_VERB = /\b(?:run|show|check|give|send|post|share|explain|walk\s+me\s+through|tell\s+me)\b/i;
var ENV_FIRST = cold(
  rx(
    String.raw`^(?:(?:go|ship|roll\s+(?:it\s+)?out|deploy|apply|do)\s+(?:it\s+)?(?:(?:to|in|on)\s+)?)?(?:the\s+)?${ANY_ENV}\s+first\b(?!\s+(?:show|run|check|tell|give|let|make|do|get|confirm|verify|explain))`
  )
);
var PRECONDITION_OTHER = cold(
  rx(
    String.raw`${START}(?:primero|primeiro|zuerst|vorher|vorab|d'abord|avant\s+(?:[çc]a|cela|tout|de\s+l'appliquer|d'appliquer)|antes\s+(?:disso|de\s+eso|de\s+nada|de\s+tudo|de\s+todo)|(?:pero|mas|aber|mais|y|e)\s+antes)${END}|(?:先に|まず|てから|でから)`
  )
);
var PRECONDITION_OTHER_STEM = /primer|zuerst|vorher|vorab|abord|avant|antes|先に|まず|てから|でから/i;
function precondition(t) {
  if (/\bthanks?\s+(?:you\s+)?for\b/i.test(t)) return false;
  if (ENV_FIRST.test(t)) return false;
  if (PRECONDITION_PHRASE.test(t)) return true;
  if (PRECONDITION_OTHER_STEM.test(t) && PRECONDITION_OTHER.test(t)) return true;
  const verb = FIRST_VERB.exec(t);
  return verb !== null && /\bfirst\b/i.test(t.slice(verb.index));
}
var REPORTED = /\b(?:(?:he|she|they|someone|somebody|bob|alice|manager|boss|lead|team|security|cto|reviewer|ops|sre|the\s+(?:team|lead|manager|boss|client|customer|reviewer|cab|board)|my\s+(?:manager|boss|lead|team|colleague|coworker)|[a-z]+\s+team)\s+(?:said|says|say|wrote|writes|told|tells|asked|mentioned|thinks|thought|approved|approves|confirmed|signed\s+off|agreed|replied|commented|claims|claimed)|^per\s+(?!the\b|your\b|our\b|my\b|plan\b|se\b)[a-z]+|(?:said|wrote|told\s+me|replied|according\s+to|quote|quoting|unquote|the\s+(?:message|ticket|comment|email|doc|docs|readme|pr|issue)\s+(?:says|said|reads))\b|QUOTED)/i;
var REPORTED_STEM = /sa(?:id|y)|wrote|writes|told|tells|asked|mentioned|thinks|thought|approve[ds]|confirmed|signed|agreed|replied|commented|claim|according|quot|reads|^per/i;
var reportedSpeech = (text) => REPORTED_STEM.test(text) && REPORTED.test(text);
var DIFFERENT_PLAN = /\b(?:instead|not\s+the\s+(?:[\w-]+\s+)?(?:one|plan)|rather\s+than|re-?plan|replan|plan\s+(?:it|this|that)\s+again|different\s+plan|another\s+plan|new\s+plan|(?:change|update|modify|revise|adjust|redo|rework|fix)\s+the\s+plan|plan\s+again|try\s+again\s+with|with\s+-target|only\s+the\b.*\bplan|go\s+with|(?:option|alternative|variant)\s*#?\w*|(?:the\s+)?(?:first|second|third|other|last|smaller|bigger|cheaper)\s+(?:one|option|plan|approach|variant)|differently|another\s+way|a\s+different\s+way|(?:from|out\s+of)\s+the\s+plan)\b/i;
var NOT_ASKED = /\b(?:not\s+worth|no\s+need\s+(?:for|to)|don'?t|do\s+not|without|never\s+mind)\s+(?:a\s+|the\s+|another\s+)?(?:re-?plan(?:ning)?|new\s+plan|different\s+plan|plan(?:ning)?\s+again)\b|\b(?:i|we|you)\s+(?:would|could|might)(?:'ve|\s+have)\b.*$|\bgo\s+with\s+(?=(?:the\s+)?(?:dev|staging|prod)\b)|\b(?:this|that|it)(?:'s|\s+is|\s+was)\s+(?:the|my|our)\s+(?:\w+\s+)?(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+(?:plan|change|time)\b/gi;
var unasked = (c) => /worth|need|n'?t|not|without|mind|have|'ve|go\s+with|\b(?:is|was|'s)\b/i.test(c) ? c.replace(NOT_ASKED, " ") : c;
var DROPS_DATA = cold(rx(String.raw`^(?:(?:but|and|then|just|please|also|ok(?:ay)?|yes|sure)\s+)*${DROP_WORDS}`));
var MODIFY = /^(?:but\s+)?with\s+.{1,60}?\b(?:set|changed|switched|bumped|increased|decreased|reduced|lowered|raised|pinned|moved)\s+(?:to|from)\b|^(?:but\s+|just\s+|and\s+)?use\s+(?:the|a|an)\s+(?!(?:(?:commit|pr)\s+)?(?:message|title|description)\b|QUOTED)[\w/.-]+|^(?:but\s+|just\s+|only\s+)?with\s+(?:one|a|two|some|these|the\s+following)\s+(?:small\s+|minor\s+|little\s+)?(?:change|tweak|modification|exception|adjustment|fix)(?:e?s)?\b|^(?:but\s+|just\s+|only\s+)?with\s+(?:the\s+|a\s+|an\s+)?(?:smaller|bigger|larger|cheaper|newer|older|different|other|new|fewer|more|\d+)\b|^(?:(?:but|and|then|just|please|also|ok(?:ay)?|yes|sure|only|first|can\s+you|could\s+you)\s+)*(?:change|switch|swap|set|bump|increase|decrease|reduce|lower|raise|resize|rename|move|pin|tweak|modify|edit|update|adjust|add|drop|replace|downgrade|upgrade|split|combine|separate|make|tag|label|annotate)\s+(?:the|a|an|it|this|that|them|to|its|our|my|all|both|each|every|\w+\s+to)\b(?!\s+(?:so|happen)\b)/i;
var NEGATION = rx(
  String.raw`\b(?:not|no|never|don'?t|do\s+not|doesn'?t|didn'?t|won'?t|can'?t|cannot|shouldn'?t|mustn'?t|without|avoid|nothing|none|neither|nor|except|skip|exclude|excluding|leave|keep\s+away\s+from|stay\s+away\s+from|(?:keep\s+(?:your\s+)?)?hands\s+off|(?:keep|stay)\s+(?:off|out\s+of)|minus|bar|apart\s+from|other\s+than|besides|(?:everything|all|everywhere|anywhere)\s+but|keep(?=\s+(?:the\s+)?${ANY_ENV}\b))\b|n't\b|${START}(?:nicht|kein\w*|ne|n'|pas|sin|sans|sem|ohne|nunca|jamais|nie|niemals|excepto|salvo|menos|au(?:ß|ss)er|sauf|exceto|ni|n[ãa]o|nichts|nada|rien|nenhum|ninguno|ninguna)${END}`
);
var POST_NEGATION = rx(
  String.raw`${START}(?:nicht|pas|nein|n[ãa]o)${END}|\b(?:no|not|non)\s*$|\b(?:rejected|denied|refused|excluded|blocked|vetoed|frozen|off[- ]limits)\b|\b(?:skip|leave|exclude|drop|hold|avoid|ignore)\s+(?:it|that(?:\s+one)?|this\s+one|them)\b|\b(?:don'?t|do\s+not|never)\s+touch\s+(?:it|that|them)\b|\bNG\b|ない|ません|なし|以外|除く|除いて|除き|除外|抜き|だめ|ダメ|禁止|不要|やめ`
);
var REFUSAL = /^(?:please\s+)?(?:that'?s\s+a\s+(?:hard\s+)?(?:no|nope)|hard\s+no|declined?|(?:lol|lmao|haha\w*|ha|oh|hell|god|ugh|jaja\w*|jeje\w*|kkk+|mdr|ptdr)\s+no\b|no|nope|nah|nay|negative|stop|cancel|abort|halt|reject(?:ed)?|den(?:y|ied)|disapprov(?:e|ed)|refused?|veto(?:ed)?|revoke(?:d)?|no\s+way|not\s+lgtm|ye(?:ah|a|s)?,?\s+nah?|not\s+approved|not\s+approving|(?:we'?re|we\s+are|i'?m|i\s+am)\s+not\s+(?:doing|going\s+(?:ahead\s+with|to\s+do))\s+(?:it|this|that|any\s+of\s+(?:it|this|that)|the\s+(?:change|plan|apply|rollout|deploy\w*|whole\s+thing))(?:\s+(?:at\s+all|now|today))?$|(?:drop|shelve|ditch|scrap|bin|kill)\s+the\s+(?:idea|plan|whole\s+thing)|not\s+ok(?:ay)?|absolutely\s+not|definitely\s+not|don'?t|do\s+not|never(?!\s*mind)|not\s+this\s+time|not\s+this\s+one|no\s+thanks?(?:\s+you)?|scrap\s+(?:it|that|this)|forget\s+(?:it|that|this)|never\s*mind$|nevermind$|kill\s+it|call\s+it\s+off|stand\s+down|back\s+off|i\s+(?:said|told\s+you|already\s+said)\s+(?:no|not|don'?t|stop)\b|not\s+in\s+a\s+million\s+years|not\s+a\s+chance|no\s+chance|over\s+my\s+dead\s+body|let'?s\s+not|(?:the\s+)?answer\s+is\s+(?:still\s+)?(?:no|nope)|leave\s+it(?:\s+(?:alone|be))?$|(?:i\s+disagree|(?:i|we)\s+(?:do\s+not|don'?t)\s+agree)(?!\s+with\s+(?:the|that|this|your)\s+(?!plan\b|change)))\b|(?:i'?d|i\s+would|we'?d|we\s+would)\s+(?:rather|prefer)\s+(?:(?:that\s+)?(?:you|we)\s+)?(?:didn'?t|did\s+not|not|don'?t|do\s+not|wouldn'?t)\b|\b(?:reject(?:ed|s)?|den(?:y|ied)|disapprov(?:e|ed|es)|unapproved|cancel(?:led|ed)?|abort(?:ed)?|revoked?|veto(?:ed)?|do\s+not\s+approve|don'?t\s+approve|(?:i\s+(?:would|will|can|am|do)|i'm|i'd)\s*(?:not|n't|'?t)\s+(?:approve|approving|sign\s+off)|(?:wouldn'?t|won'?t|can'?t|cannot)\s+approve|not\s+approved?|not\s+ok(?:ay)?|not\s+(?:go|proceed|do|run|apply|execute|deploy|push)\b|(?:don'?t|do\s+not|never|stop|shouldn'?t|mustn'?t|won'?t)\s+(?:go\s+ahead|proceed|apply|execute|deploy|run\s+(?:it|that|this|the\s+apply)|do\s+(?:it|that|this|anything)|push|continue|ship|touch\s+anything|change\s+anything|make\s+(?:any\s+)?changes))\b/i;
var REFUSAL_OTHER = rx(
  String.raw`^(?:(?:jaja\w*|jeje\w*|haha\w*|kkk+|mdr|ptdr)\s+(?:no|non|n[ãa]o|nein)|nein|nee|nö+|nöpe|non|n[ãa]o|nunca|jamais|keinesfalls|lass\s+(?:mal|es|das|gut\s+sein)|lass\s+(?:es|das)\s+(?:lieber\s+)?(?:sein|bleiben)|laisse\s+tomber|d[ée]jalo|deja(?:lo)?\s+(?:estar|as[íi])|deixa\s+(?:pra|para)\s+l[áa]|ni\s+de\s+broma|ni\s+loco|ni\s+en\s+sue[ñn]os|nem\s+pensar|nem\s+a\s+pau|kommt\s+nicht\s+in\s+frage|hors\s+de\s+question|certainement\s+pas|auf\s+keinen\s+fall|pas\s+question|de\s+jeito\s+nenhum|de\s+ninguna\s+manera|ni\s+hablar|arr[êe]te|annule[rz]?|abbrechen|abbruch|stopp|cancela|cancelar|cancele)(?![\w\u00c0-\u024f-])|${START}(?:abgelehnt|nicht\s+genehmigt|nicht\s+freigegeben|rechazad[oa]|denegad[oa]|no\s+aprobad[oa]|no\s+apruebo|refus[ée]e?|rejet[ée]e?|pas\s+approuv[ée]e?|n'approuve\s+pas|(?:ich\s+)?(?:approve|genehmige|akzeptiere|unterschreibe)\s+(?:(?:das|es|den\s+plan|ihn|sie|dies)\s+)?nicht|rejeitad[oa]|recusad[oa]|n[ãa]o\s+aprovad[oa]|n[ãa]o\s+aprovo|no\s+lo\s+hagas|no\s+(?:apliques|sigas|contin[úu]es|procedas|lo\s+apliques)|mach\s+(?:das|es)\s+nicht|nicht\s+(?:ausf[üu]hren|anwenden|machen|weitermachen)|ne\s+(?:fais|lance|applique|continue)\s+pas|n[ãa]o\s+(?:fa[çc]a|aplique|execute|prossiga|continue|siga))${END}|^(?:para|pare)(?:\s+(?:tudo|todo|j[áa]|ya|agora|ahora))?$|^(?:いいえ|いや|だめ|ダメ|やめて|やめ|中止|キャンセル|却下|拒否|結構です)|承認しません|承認しない|実行しないで|適用しないで|進めないで|やめてください|中止して`
);
var NOT_A_REFUSAL = /^(?:no\s+(?:more\s+|further\s+)?questions?|nothing\s+(?:to\s+add|else|from\s+me)|no\s+(?:problem|problems|worries|issues?|objections?|concerns?|complaints?|comments?|blockers?|nits?|remarks?|red\s+flags?|notes|need\s+to\s+(?:worry|ask))|(?:don'?t|do\s+not|no\s+need\s+to)\s+(?:worry|mind|bother|fret|stress|panic|sweat|hesitate)|no\s+need\s+for|never\s*mind\s+(?:the|those|that)\s+(?:warnings?|notices?|deprecations?|messages?)|ignore\s+(?:the\s+)?(?:warnings?|notices?|deprecations?)|no\s+(?:rush|hurry|pressure)|(?:no\s+need|no\s+reason)\s+to\s+(?:wait|hold\s+off|delay|check\s+with\s+(?:me|us)|ask\s+(?:me|us)|confirm|double-?check)|(?:don'?t|do\s+not)\s+wait(?:\s+(?:for|on)\s+(?:me|us|anyone|anybody))?$|i\s+(?:don'?t|do\s+not)\s+have\s+(?:any\s+)?(?:more\s+|further\s+|other\s+)?(?:questions?|concerns?|objections?|comments?)|i\s+have\s+no\s+(?:more\s+|further\s+|other\s+)?(?:questions?|concerns?|objections?|comments?))\b/i;
var CONTINUATION = /^(?:(?:ok(?:ay)?|alright|right|sure|yes|please|thanks|thank\s+you)[,\s]+)*(?:continue|go\s+on|keep\s+going|carry\s+on|resume|continue\s+please|please\s+continue|next|next\s+step|keep\s+at\s+it)(?:\s+please)?$/i;
var ENV_APPROVED = "(?:dev|staging|prod|all|every\\w*|both)";
var EXPLICIT_APPROVAL = cold(
  rx(
    String.raw`^(?:(?:ok(?:ay)?|yes|yep|alright|right|great|good|fine|thanks|sure)\s+)?(?:(?:the\s+)?user\s+(?:(?:has|have|just|now|already|explicitly|also)\s+)*(?:approved|approves)|(?:the\s+)?user\s+(?:has\s+)?(?:reviewed|read|checked|looked\s+at|seen|saw)\s+(?:the\s+)?(?:plan|change|changes|diff)\s+and\s+(?:has\s+|then\s+)?approved\b|(?:as\s+(?:the\s+)?(?:[\w-]+\s+){1,4})?i\s+(?:have\s+|hereby\s+|do\s+|fully\s+|now\s+|also\s+)?(?:approve|approved|approving)\b(?=\s*(?:[.!,;]|$)|\s+(?:it|this|that|them|these|those|the|my|our|your|everything|all|both|plans?\b|[\w./-]+\.ya?ml\b|(?:dev|staging|prod)\b|\w+ing\b))|i'?m\s+approving|i\s+am\s+approving|approving\s+(?:the|this|that)\s+(?:[\w/.-]+\s+){0,3}?(?:plan|change|changes|apply|deploy(?:ment)?|rollout|release|upgrade|migration)\b|i\s+(?:hereby\s+|do\s+)?sign(?:\s+|-)off(?:\s+on\b|(?=\s*[.!]?$))|i'?ve\s+approved|we\s+(?:(?:hereby\s+|do\s+)?approve|have\s+approved)\b(?!\s+of\b)|approved(?=$|\s*[!.]|\s+(?:for|to|by\s+(?:me|the\s+user|user)|(?:from|on)\s+my\s+(?:side|end|part)|go|proceed|ship|apply|execute|do|run|deploy|thanks|as|(?:exactly|fully|entirely|completely|just)\s+as|everywhere|except|excluding|minus|but|with|now|incl|including|(?:in|on|across)\s+${ENV_APPROVED})\b)|approve(?=$|\s*[!.]|\s+(?:everything|all(?:\s+of\s+it)?|the\s+(?:adds|additions|creates|rest))(?=\s*(?:[.!,;]|$)|\s+(?:but|except|minus|apart\s+from|other\s+than|including|incl|and)\b)|\s+(?:including|incl|except|but|minus)\b|\s+(?:it|this|that|them|the\s+(?:plan|change|changes|apply|deployment|destroy|teardown|request|run))\b)|(?:(?:the\s+)?user(?:'s)?\s+)?approval\s+(?:is\s+|has\s+been\s+|was\s+)?(?:granted|given|confirmed|received|obtained)|you(?:'re|\s+are)\s+(?:now\s+)?approved\s+to\s+(?:apply|proceed|go|deploy|run|execute|roll|ship)\b|pre-?approved(?=$|\s*[!.]|\s+(?:for|to)\b)|permission\s+granted|i\s+give\s+(?:my|you\s+my)\s+approval|consider\s+(?:it|this)\s+approved|(?:consider|take|treat)\s+(?:this|it)\s+(?:as\s+)?(?:my|our)\s+(?:\w+\s+)?(?:approval|sign-?off)|this\s+is\s+(?:my|our)\s+(?:\w+\s+)?(?:approval|sign-?off)|${ANY_ENV}(?:\s*(?:and|&|\+|,|/)\s*${ANY_ENV})*\s+(?:is\s+|are\s+)?approved(?!\s+by\s+(?!me\b))|you\s+have\s+(?:my|our)\s+approval|(?:(?:the|this|that|your|my|helm|terraform|kubectl|flux)\s+)*(?:plan|change|changes|apply|deployment|deploy|teardown|destroy|force[- ]?push|it|this|that|request|upgrade|rollout|roll-?out|release|reconcile|reconciliation|migration|sync)\s+(?:is\s+|are\s+|has\s+been\s+)?approved(?!\s+by\s+(?!me\b))|(?:the\s+)?answer\s+is\s+approved)\b`
  )
);
var EXPLICIT_OTHER = cold(
  rx(
    String.raw`^(?:(?:s[íi]|ja|oui|sim|ok)\s+)?(?:(?:(?:die\s+)?(?:freigabe|genehmigung)\s+(?:ist\s+)?erteilt|aprobaci[óo]n\s+(?:concedida|otorgada|dada)|approbation\s+(?:accord[ée]e|donn[ée]e)|aprova[çc][ãa]o\s+(?:concedida|dada))(?!\s+(?:von|vom|durch|por|par|pel[oa]|by)${END})|(?:yo\s+)?(?:lo\s+)?apruebo|ich\s+genehmige|ich\s+gebe\s+(?:es\s+|das\s+)?frei|j'approuve|je\s+l'approuve|(?:eu\s+)?aprovo|(?:(?:el\s+|der\s+|le\s+|o\s+)?(?:plan|plano)\s+)?(?:(?:queda|qued[óo]|est[áa]|ist|est|est[áa]|fica|ficou)\s+)?(?:aprobad[oa]|genehmigt|freigegeben|approuv[ée]e?|aprovad[oa])(?=\s*$|\s+(?:para|f[üu]r|pour|por|en|in|em)\s))${END}|^承認(?:します|する|です|済み|しました)?$|承認します`
  )
);
var PRAISE = /^(?:(?:ok(?:ay)?|yes|yeah|yep|yup|great|good|nice|thanks)\s+)?(?:(?:this|that|it|the\s+plan|all\s+of\s+(?:it|this))\s+)?(?:lgtm|looks\s+good\s+to\s+me)\b/i;
var GO = /^(?:(?:ok(?:ay)?|alright|so|then|now|please|and|lgtm|looks\s+good(?:\s+to\s+me)?)\s+)*(?:go\s+ahead|go\s+for\s+it|proceed|ship\s+it|do\s+it|make\s+it\s+so|let'?s\s+go|(?:apply|execute|run|deploy)\s+(?:it|this|that|them|the\s+plan))\b/i;
var AFFIRMATIVE = /^(?:(?:ok(?:ay)?|alright|right|great|good|fine|thanks|sure|well|and|so|then|now|please|perfect|cool|nice|excellent|just|otherwise|else|other\s+than\s+that|apart\s+from\s+that|besides\s+that|kindly)\s+)*(?:ship(?:[\s,!]+ship)*(?=\s*$)|hit\s+it|pull\s+the\s+trigger|affirm(?=\s*$)|yes+\s*sir|crack\s+on|go\s+on\s+then|do\s+the\s+needful|(?:that\s+)?works(?:\s+for\s+(?:me|us))?(?=\s*$)|signed\s+off(?=\s*$)|you\s+have\s+my\s+sign-?off|sign-?off\s+(?:given|granted)|all\s+good|do\s+the\s+thing|(?:apply|deploy|the\s+apply|it)\s*[:=]?\s*(?:yes|ok|go)(?=\s*$)|approved(?!\s+(?!(?:for|to|by\s+me|go|proceed|ship|apply|execute|do|run|deploy|as|(?:exactly|fully|entirely|completely|just)\s+as|everywhere|except|excluding|minus|but|with|now|in|on|across)\b)[a-z])|approve(?=$|\s*[!.]|\s+and\s+(?:run|apply|proceed|go|execute|ship|deploy)\b|\s+(?:everything|all(?:\s+of\s+it)?|the\s+(?:adds|additions|creates|rest))(?=\s*(?:[.!,;]|$)|\s+(?:but|except|minus|apart\s+from|other\s+than|including|incl|and)\b)|\s+(?:including|incl|except|but|minus)\b)|approving(?=\s*$|\s*[!.])|approving\s+(?:the|this|that)\s+(?:[\w/.-]+\s+){0,3}?(?:plan|change|changes|apply|deploy(?:ment)?|rollout|release|upgrade|migration)\b|approval\s+granted|yes|yep|yeah|yup|ya|aye|y|affirmative|works\s+for\s+me|good\s+to\s+go|fire\s+away|send\s+it|let'?s\s+roll|you\s+have\s+my\s+(?:blessing|green\s+light)|fine\s+by\s+me|(?:i'?m|i\s+am)\s+(?:ok|okay|fine|good)\s+with\s+(?:it|this|that|the\s+plan)|no\s+objections?|permission\s+granted|you\s+(?:may|can)\s+(?:proceed|go\s+ahead|apply|go)|feel\s+free\s+to\s+(?:apply|proceed|go\s+ahead|deploy|run\s+it)|(?:you(?:'re|\s+are)\s+)?clear(?:ed)?\s+to\s+(?:apply|proceed|go|deploy)|i\s+give\s+(?:my|you\s+my)\s+approval|consider\s+(?:it|this)\s+approved|(?:consider|take|treat)\s+(?:this|it)\s+(?:as\s+)?(?:my|our)\s+(?:\w+\s+)?(?:approval|sign-?off)|do\s+(?:what\s+you\s+(?:proposed|suggested|planned|presented|said)|as\s+(?:proposed|planned|presented|shown))|let'?s\s+(?:ship\s+it|proceed|apply(?:\s+it)?)|sure\s+thing|agreed(?=\s*$|\s+(?:go|proceed|ship|apply)\b)|(?<=please\s)do(?=\s*$)|(?:i\s+)?(?:(?:don'?t|do\s+not|can'?t|cannot)\s+see\s+(?:any\s+reason\s+)?why\s+not|see\s+no\s+reason\s+(?:why\s+)?not\s+to)(?=\s*$|\s+(?:go|proceed|apply|ship)\b)|no\s+reason\s+not\s+to(?=\s*$)|(?:the\s+)?answer\s+is\s+(?:still\s+)?(?:yes|go)|i\s+(?:already\s+|just\s+)?said\s+(?:yes|go(?:\s+ahead)?|ok(?:ay)?|approved|ship\s+it)(?=\s*$)|(?:apply|fire|deploy)\s+away|go\s+for\s+launch|all\s+systems\s+go|(?:we(?:'re|\s+are)|it(?:'s|\s+is)|you(?:'re|\s+are))\s+a\s+go\b|punch\s+it|floor\s+it|kick\s+it\s+off|let\s+it\s+rip|light\s+it\s+up|you(?:'ve|\s+have)\s+(?:got\s+)?(?:my|the|our|a)\s+(?:blessing|green\s+light|go-?ahead)|(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:happy|comfortable)\s+(?:for\s+you\s+to|to\s+(?:let\s+you\s+)?)\s*(?:apply|proceed|go(?:\s+ahead)?|deploy|ship|run|execute|roll)|(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:happy|comfortable)\s+with\s+(?:it|this|that|the\s+(?:plan|change|changes|diff))(?=\s*$)|ok(?:ay)?\s+to\s+(?:apply|proceed|go|deploy|ship|run|execute|force[- ]?push|push|destroy|delete|remove|tear\s+(?:it\s+)?down)|(?:you(?:'re|\s+are)\s+)?(?:good|clear(?:ed)?)\s+to\s+go|go\s+ahead(?!\s+and\s+(?:explain|show|describe|tell|list|summari[sz]e|plan|review|check|investigate|look|write|draft|prepare))|go\s+for\s+it|go\s+(?:wild|nuts|crazy|to\s+town)|(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:going\s+to|gonna)\s+approve(?:\s+(?:it|this(?:\s+one)?|that(?:\s+one)?|the\s+plan))?(?=\s*$)|(?:(?:but|and)\s+)?(?:this|that|it)(?:\s+one)?\s+is\s+(?:fine|ok(?:ay)?|acceptable)(?=\s*$)|everywhere\s+else\s+(?:yes|ok(?:ay)?|fine|go|is\s+fine)|go(?=\s*$|\s+(?:go|now|please|on\s+then|anyway|anyways|regardless)\b)|let'?s\s+go|let'?s\s+do\s+(?:it|this)|proceed(?!\s+to\s+(?!apply|deploy|execute|run)\w)|lgtm|(?:(?:this|that|it|the\s+plan|all\s+of\s+(?:it|this))\s+)?looks\s+good\s+to\s+me|ship\s+it|do\s+it|make\s+it\s+so|(?:only\s+the\s+apply|(?<=just\s)the\s+apply)(?=\s*$)|make\s+it\s+happen|apply\s+(?:it|this|that|them)|execute\s+(?:it|this|that|them)|run\s+(?:it|this|that|them)|confirm(?:ed)?(?=\s*$|\s+(?:(?:it|this|that|the\s+(?:plan|apply|change|changes|deploy|deployment))\s*$|go|proceed|please)\b)|sounds\s+good|green\s+light|greenlit|you\s+have\s+my\s+(?:approval|ok|go-?ahead)|(?:plan|change|changes|it|this|that)\s+(?:is\s+|are\s+)?approved(?!\s+by\s+(?!me\b))|user\s+approved|i\s+(?:approve|approved|confirm)(?!\s+(?:of|with\s+(?!the\s+plan)))|i\s+agree(?=\s*$|\s+with\s+the\s+plan)|approved?\s+(?:it|this|that|them|the\s+(?:plan|change|changes|apply|deployment|destroy|teardown|request))\b)\b/i;
var AFFIRMATIVE_OTHER = cold(
  rx(
    String.raw`^(?:(?:ok|bueno|vale|gut|bien|bon|bom|[óo]timo|perfecto|perfekt|parfait|perfeito|genial|super|prima|claro|y|und|et|e|pues|also|alors|ent[ãa]o|entonces|bitte|por\s+favor|jo|joa|blz|beleza|show)\s+)*(?:s[íi](?=\s*$)|sí|s[íi]p(?=\s*$)|m[áa]ndale|[áa]ndale|h[áa]gale|[óo]rale|venga(?=\s*$)|jo(?=\s*$)|c'est\s+tout\s+bon|fonce[zr]?|fon[çc]ons|envoie[zr]?(?=\s*$)|segue(?:\s+em\s+frente)?(?=\s*$)|(?:(?:sie\s+k[öo]nnen|du\s+kannst|ihr\s+k[öo]nnt)\s+(?:jetzt\s+|gerne\s+|ruhig\s+)?(?:den|das|die)\s+(?:plan|[äa]nderung(?:en)?|deployment|rollout)\s+(?:ausrollen|anwenden|deployen|ausf[üu]hren|umsetzen))|claro(?:\s+que\s+s[íi])?|dale|adelante|vale|de\s+acuerdo|hazlo|h[áa]galo|procede|proceda|aprobad[oa]|apruebo|lo\s+apruebo|ja|jawohl|jep|genehmigt|freigegeben|ich\s+genehmige|einverstanden|passt|mach\s+(?:das|es|mal)|mach'?s|mach(?:\s+(?:ruhig|schon|einfach|nur))?(?=\s*$)|(?:sie\s+k[öo]nnen|du\s+kannst|ihr\s+k[öo]nnt)\s+(?:jetzt\s+|gerne\s+|ruhig\s+)?(?:fortfahren|weitermachen|loslegen|ausrollen|anwenden|deployen|starten)|(?:vous\s+pouvez|tu\s+peux)\s+(?:y\s+aller|proc[ée]der|appliquer|lancer|continuer|d[ée]ployer|ex[ée]cuter)|leg\s+los|los\s+geht'?s|oui|ouais|vas-?y|allez-?y|d'accord|c'est\s+bon|ok\s+pour\s+moi|approuv[ée]e?|j'approuve|valid[ée]e?|je\s+valide|fais-?le|on\s+y\s+va|sim|pode\s+(?:aplicar|seguir|prosseguir|executar|rodar|fazer|ir|mandar)|vai\s+em\s+frente|manda\s+ver|manda\s+bala|bora|pode\s+ir|t[áa]\s+bom|fechou|sieht\s+gut\s+aus|weiter(?=\s*$)|passt\s+so|se\s+ve\s+bien|[çc]a\s+me\s+va|[çc]a\s+roule|(?:te\s+doy\s+)?luz\s+verde|feu\s+vert|gr[üu]nes\s+licht|sinal\s+verde|aprovad[oa]|eu\s+aprovo|aprovo|prossiga)${END}|^(?:はい|ええ|うん|どうぞ|いいよ|いいです|了解|承知しました|オッケー|お願いします)|^(?:ok|OK)です$|(?<=[\u3040-\u30ff\u4e00-\u9fff])(?:ok|OK|オッケー|大丈夫)(?:です)?$|(?<=(?:^|で|だけ|のみ|よろしく|実行を?|適用を?|デプロイを?|反映を?|進行を?)\s*)お願いします$|(?:進め|実行し|適用し|デプロイし|反映し|削除し|破棄し|プッシュし)て(?:ください|下さい|くれ|ほしい)?$|(?:進め|実行し|適用し|デプロイし|反映し)て(?:OK|ok|オッケー|大丈夫|いい|構いません)|承認します`
  )
);
var ACTION_IMPERATIVE = cold(
  rx(
    String.raw`^(?:(?:ok(?:ay)?|alright|sure|yes|yeah|please|now|then|and|just)\s+)*(?:(?:do|run)\s+the\s+(?:apply|deploy(?:ment)?|rollout)|apply|deploy|destroy|tear\s+(?:it|them|this|that|everything|the\s+[\w-]+(?:\s+[\w-]+)?)?\s*down|teardown|delete|remove|uninstall|force[- ]?push|push|execute|roll\s+(?:it\s+)?out)(?:\s+(?:it|this|that|them|everything|everywhere|all(?:\s+of\s+it)?|now|as\s+(?:planned|shown|presented)|the\s+rest|${ANY_ENV}\b))?(?:\s+(?:only|now|today|too|as\s+well|also|please|right\s+away|asap|as\s+(?:planned|shown|presented|proposed|is)))*(?:$|\s+(?:except|but|minus|without|apart\s+from|other\s+than)\b|\s+(?:to|in|on|for)\s+(?:the\s+)?${ANY_ENV}\b|\s+(?:the|this|that|my|our)\s+(?:[\w/.-]+\s+){0,3}(?:stack|folder|vpc|cluster|environment|env|workspace|namespace|infra|infrastructure|module|release|deployment|branch|resources?|changes?|plan|buckets?|database|db|service|apply|images?|version|build|containers?|app|application|chart|config|manifests?|code|migration|job|cronjobs?|pods?|nodes?|functions?|lambda|tables?|dns|records?|certs?|certificates?|secrets?|polic(?:y|ies)|roles?|rules?|subnets?|vpcs?|instances?|volumes?)\b)`
  )
);
var ENV_LIST = String.raw`(?:the\s+)?${ANY_ENV}(?:\s*(?:and|&|\+|/|y|und|et|e)\s*(?:the\s+)?${ANY_ENV})*`;
var ENV_ITEM = String.raw`(?:${ANY_ENV}|${NON_PRODUCTION_WORDS})(?:\s+envs?)?`;
var ANY_ENV_LIST = String.raw`(?:the\s+|die\s+|la\s+|le\s+|l'|o\s+|a\s+)?${ENV_ITEM}(?:\s*(?:and|&|\+|/|y|und|et|e)\s*(?:the\s+)?${ENV_ITEM})*`;
var ENV_ANSWERED = cold(
  rx(
    String.raw`^(?:(?:so|then|and|but|bitte|please|por\s+favor)\s+)*(?:(?:just|only|nur|solo|s[óo]lo|seulement|uniquement|s[óo]|somente|apenas)\s+(?:(?:in|on|to|for|en|em|auf|in)\s+)?${ANY_ENV_LIST}(?:\s+(?:one|env|environment|stack|part))?|(?:go|ship|roll(?:\s+it)?(?:\s+out)?|deploy|apply|do)\s+(?:it\s+)?(?:(?:to|in|on)\s+)?${ANY_ENV_LIST}(?:\s+(?:first|now|today|only))?|(?:auf|en|em|sur|in|on|to)\s+${ANY_ENV_LIST}(?=\s+(?:ausrollen|anwenden|deployen|ausf[üu]hren|aplicar|desplegar|appliquer|d[ée]ployer|implantar)\b)|${ANY_ENV_LIST}\s*(?:only|nur|solo|seulement|s[óo]|だけ)|${ANY_ENV_LIST}\s+(?:(?:is|are)\s+)?(?:(?:fine|ok(?:ay)?|good)(?:\s+to\s+(?:apply|go|deploy|proceed))?|go|go\s+ahead|yes|sure|lgtm|a\s+go|approved|today|now|first|right\s+now|asap)|(?:(?:apply|deploy|roll\s+(?:it\s+)?out|ship\s+it|go)\s+)?(?:everywhere|all\s+(?:envs?|environments)|every\s+env(?:ironment)?)(?=\s*$)|(?:ok(?:ay)?|fine|good|go|yes|lgtm|green\s+light)\s+(?:for|on|in|to|with)\s+${ENV_LIST}|ship\s+(?:it\s+)?(?:to\s+)?${ENV_LIST}|(?:(?:apply|deploy|roll\s+(?:it\s+)?out|ship\s+it|go)\s+)?(?:everything|all\s+(?:envs?|environments)|everywhere)\s+(?:but|except|other\s+than|minus)\s+${ENV_LIST})(?:\s+(?:for\s+now|please|bitte|por\s+favor|s'il\s+te\s+pla[iî]t|today|now|too|as\s+well|also|ausrollen|anwenden|deployen|ausf[üu]hren|aplicar|desplegar|appliquer|d[ée]ployer|implantar))*$`
  )
);
var OK_OPERATION = cold(/^(?:ok(?:ay)?|alright|sure|yes|yeah|yep)\s+(?:drain|cordon|uncordon|reconcile|resume|restart|sync)\b/i);
var ENV_LIST_ONLY = cold(rx(`^${ENV_LIST}$`));
var SELF_HANDLED = cold(
  /^(?:(?:but|and)\s+)?(?:i(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|\s+can)|we(?:'ll|\s+will)|leave\s+(?:\S+\s+){1,3}to\s+(?:me|us))\b/i
);
var KEEP_OUT_CONDITION = cold(
  /^(?:(?:but|and)\s+)?(?:only\s+)?(?:as\s+long\s+as|so\s+long\s+as|provided(?:\s+that)?|if|assuming)\s+(?:(?:you|we|it|the\s+apply)\s+)?(?:nothing|no|don'?t|do\s+not|never|not|doesn'?t|does\s+not|won'?t|will\s+not)\b/i
);
var TOUCH = cold(/\b(?:touch\w*|affect\w*|chang\w*|modif\w*|hit\w*|go\s+near)\b/i);
function keepsOut(c) {
  if (!KEEP_OUT_CONDITION.test(c)) return false;
  return DESTROY.test(c) || DELETE.test(c) || FORCE_PUSH.test(c) || TOUCH.test(c) && ENVIRONMENTS.some((e) => e.pattern.test(c));
}
var APPROVE_ENVS = cold(rx(String.raw`^approve\s+(?:the\s+)?${ANY_ENV}\b(?:\s*(?:,|and|&|\+)\s*${ANY_ENV}\b)*(?:\s+only)?$`));
var ACTION_OTHER = cold(
  rx(
    String.raw`^(?:(?:s[íi]|ja|oui|sim|bitte|por\s+favor|y|und|et|e)\s+)*(?:apl[íi]ca(?:lo|r)?|aplique|despli[ée]ga(?:lo)?|ejec[úu]ta(?:lo)?|destr[úu]ye(?:lo)?|elim[íi]na(?:lo)?|b[óo]rra(?:lo)?|wende\s+(?:es|das)\s+an|f[üu]hre?\s+(?:es|das)\s+aus|rolle?\s+(?:es|das)\s+aus|zerst[öo]re|l[öo]sche|applique(?:-le)?|d[ée]ploie|d[ée]truis|supprime|exécute|lance(?:-le)?|destrua|implante|rode)${END}`
  )
);
var CONCERN = cold(
  /\b(?:worr\w*|concern\w*|needs?\s+(?:a\s+)?(?:second\s+|closer\s+|another\s+)?(?:look|review|check)|unsure|not\s+sure|scar\w*|nervous|risky|suspicious|unexpected|weird|odd|strange|doubt\w*|careful|investigate|looks?\s+(?:wrong|off|weird|odd))\b/i
);
var LEFT_ALONE = /\b(?:nothing|none|nowhere|alone|untouched|intact|out\s+of\s+(?:it|this|scope)|unangetastet|unber[üu]hrt|intacte?|intact[oa]|intocad[oa]|quieto)(?![\w\u00c0-\u024f])/i;
var PAST_FORM = /^(?:force\s+)?[\w-]*?ed\b/;
var DOER = /(?:^|[\s,(])(?:[Ii]|[Ww]e|[Hh]e|[Ss]he|[Tt]hey|[Yy]ou|[Ss]omeone(?:\s+else)?|[Ss]omebody|[Nn]obody|[Ee]veryone|(?:[Tt]he\s+)?(?:team|ops|sre|dbas?|admins?|on-?call)|[A-Z][a-z]+)\s+(?:(?:already|just|accidentally|manually|also|again|apparently|probably|once)\s+)*(?:had\s+|has\s+|have\s+)?$/;
function mention(clause, keyword, strict = false) {
  const found = keyword.exec(clause);
  if (found === null) return "absent";
  const at = found.index;
  if (PAST_FORM.test(clause.slice(at)) && DOER.test(clause.slice(0, at))) return "absent";
  const negation = clause.search(NEGATION);
  if (negation !== -1 && (negation < at || strict)) return "negated";
  if (CONCERN.test(clause)) return "negated";
  const after = clause.slice(at + found[0].length);
  if (LEFT_ALONE.test(after) || POST_NEGATION.test(after)) return "negated";
  return "positive";
}
function strongest(a, b) {
  if (a === "negated" || b === "negated") return "negated";
  return a === "positive" || b === "positive" ? "positive" : "absent";
}
var RESTRICTS = /^(?:but\s+|and\s+)?(?:never|not|no|don'?t|do\s+not|except|only|unless|without)\b/i;
var OK_RESTRICTED = rx(
  String.raw`^(?:but\s+)?(?:only\s+(?:in\s+|on\s+|to\s+|for\s+)?(?:the\s+)?${ANY_ENV}|${ANY_ENV}\s+only|(?:not|skip|exclude|excluding|except|minus|without|no)\s+(?:in\s+|on\s+|to\s+)?(?:the\s+)?${ANY_ENV})\b`
);
var NEGATED_ANSWER = /\b(?:nothing|none|nowhere|alone)\b|\b(?:nicht|pas|(?<!\bwhy\s+)not)\s*$|ないで|しない|ません/i;
var mentionsScope = (c) => DESTROY.test(c) || DELETE.test(c) || FORCE_PUSH.test(c) || ENVIRONMENTS.some((e) => e.pattern.test(c));
var GENERAL_STANCE = /^(?:but\s+)?(?:i|we)\s+(?:don'?t|do\s+not)\s+(?:approve\s+of|like|love|support)\b.*\b(?:in\s+general|generally|usually|normally|as\s+a\s+rule|on\s+principle)\b/i;
var LEAD_CONNECTOR = /^(?:(?:so|then|well|sorry|ok(?:ay)?|anyway)[,\s]+)+/i;
var LEAD_CONJUNCTION = /^(?:(?:so|then|well|sorry|ok(?:ay)?|anyway|but|and)[,\s]+)+/i;
var SIDE_ANSWER = /^(?:leave\s+(?:it|that|this|them|those|the\s+[\w.-]+(?:\s+[\w.-]+)?)(?:\s+(?:alone|as\s+(?:is|it\s+is)|be|out|there|in\s+place|untouched))?|(?:i|we)\s+(?:don'?t|do\s+not)\s+need\s+(?:it|that|this|one|them|a|an|the|any)\b.*|not\s+(?:needed|necessary|required)|skip\s+(?:it|that|this))$/i;
var JUST_THE_PLAN = /^(?:just|only)\s+(?:the\s+apply|apply(?:\s+it)?|the\s+plan\s+as\s+(?:is|planned|shown)|what(?:'s|\s+is)\s+in\s+the\s+plan)$/i;
var sideAnswer = (c) => c !== void 0 && (SIDE_ANSWER.test(c) || JUST_THE_PLAN.test(c)) && !mentionsScope(c);
function refusesClause(c) {
  if (GENERAL_STANCE.test(c)) return false;
  if (NOT_A_REFUSAL.test(c) || LEAD_CONJUNCTION.test(c) && NOT_A_REFUSAL.test(c.replace(LEAD_CONJUNCTION, ""))) return false;
  const bare = LEAD_CONNECTOR.test(c) ? c.replace(LEAD_CONNECTOR, "") : c;
  if (/^(?:not|nope|nah)$/i.test(c) || /\.\.\.\s*not$/i.test(c)) return true;
  if (!REFUSAL.test(c) && !(bare !== c && REFUSAL.test(bare)) && !REFUSAL_OTHER.test(c) && !REFUSING.test(c) && !/^(?:actually|wait|hmm|oh|um|uh|on\s+second\s+thought)\s+no\b/i.test(c))
    return false;
  if (!mentionsScope(c) && !REPLACES.test(c) && !DROPS.test(c)) return true;
  return /\b(?:approved?|approval|proceed|go\s+ahead|do\s+(?:it|that|this|anything)|continue)\b/i.test(c) || /^(?:no|nope|stop|cancel|abort|nein|non|n[ãa]o|いいえ)$/i.test(c);
}
function exclude(text, out) {
  let any = false;
  if (DESTROY.test(text)) out.destroy = any = true;
  if (DELETE.test(text)) out.delete = any = true;
  if (FORCE_PUSH.test(text)) out.forcePush = any = true;
  for (const { env, pattern } of ENVIRONMENTS)
    if (pattern.test(text)) {
      out.environments.add(env);
      any = true;
    }
  return any;
}
var INFO_REQUEST = /^(?:(?:ok(?:ay)?|yes|yeah|sure|please|go\s+ahead\s+and|now)\s+)*(?:explain|show|describe|tell|list|summari[sz]e|walk|draft|prepare|write|plan|review|investigate|look|find|check|compare|diff|estimate|document|add|fix|test|lint|validate)\b(?!\s*$|\s+(?:is\s+|has\s+been\s+)?approved|\s+(?:looks?|seems?|reads?|is|was|appears?)\b)/i;
var OTHERS = rx(
  String.raw`\bapproved\s+\(?\s*by\s+(?!me\b|the\s+user\b|user\b|\w+\s*\((?:me|myself|the\s+user)\))|${START}(?:aprobad[oa]\s+por|genehmigt\s+von|approuv[ée]e?\s+par|aprovad[oa]\s+por)\s+(?!m[íi]${END}|mir${END}|moi${END}|mim${END})|${START}(?:dijo|dice|sagte|sagt|a\s+dit|disse|diz)${END}|と言`
);
var PAST_APPROVAL = /\b(?:approv\w*|sign(?:ed)?\s+off|ok'?d|lgtm|said\s+(?:yes|go)|green-?lit|agreed|confirmed)\b|aprob|genehmig|approuv|aprov|承認/i;
var PAST = rx(
  String.raw`\b(?:(?:already\s+)?approved\s+(?:it|this|that|the\s+\w+)\s+(?:in|on|via)\s+(?:the\s+|a\s+)?(?:pr|mr|ticket|github|gitlab|jira|slack|review|change\s+request|cr|cab|meeting)|yesterday|last\s+(?:week|time|month|sprint)|ago|previously|in\s+the\s+past|in\s+the\s+(?:rfc|design\s+doc|meeting|standup|call|review\s+meeting))\b|${START}(?:ayer|gestern|ontem)${END}|昨日`
);
var REQUEST_VERB = /^(?:please\s+)?(?:apply|deploy|destroy|tear|delete|remove|uninstall|push|force|execute|run|merge|roll|scale|restart|create|update|upgrade|install|fix|make|add|write|plan|check|show|list|explain|describe|tell|give|look|find|review|go|do|build|set|move|rename|bump|clean|drain|cordon|rollback|roll\s+back)\b/i;
var SCOPE_TOPIC = cold(
  rx(
    String.raw`^(?:(?:but|and|as\s+for|for|on|in)\s+)?(?:the\s+)?(?:${ANY_ENV}|destroy|teardown|deletes?|force[- ]?push(?:es)?)\b(?!\s+(?:it|this|that|them|the)\b)`
  )
);
var SCOPE_DISAPPROVED = cold(
  rx(
    String.raw`^(?:but\s+)?(?:(?:i|we|they|he|she|(?:the\s+)?user)\s+)?(?:don'?t|do\s+not|won'?t|will\s+not|didn'?t|did\s+not|doesn'?t|does\s+not|has\s+not|hasn'?t|have\s+not|haven'?t)\s+(?:approve[ds]?|approved)\s+(?:any\s+|the\s+|a\s+)?(?:destroy\w*|teardown|tear\s+down|deletes?|deletions?|force[- ]?push(?:es)?|${ANY_ENV})(?:\s+(?:part|bit|one|step))?$`
  )
);
var SCOPE_HELD = cold(
  rx(
    String.raw`^(?:(?:but|and|so|fyi|note|though|however)[,:]?\s+)*(?:the\s+)?(?:${ANY_ENV}|destroy|teardown|deletes?|deletions?|force[- ]?push(?:es)?)(?:\s+(?:part|one|bit|env(?:ironment)?|cluster|stack|side))?\s+(?:still\s+)?(?:needs|requires|must|has\s+to|should|is\s+(?:still\s+)?(?:frozen|locked|blocked|on\s+hold|off[- ]limits|out(?:\s+of\s+scope)?|excluded|closed|not\s+included|separate|for\s+(?:later|another)|(?:a\s+)?(?:different|separate|another|other)\s+(?:conversation|discussion|story|matter|question|ticket|topic|change|thing))|stays?|remains?|waits?|can\s+wait|goes\s+through|gets\s+its\s+own|bleibt|reste|queda|fica|permanece)${END}|^(?:(?:but|and)\s+)?(?:in|on|for)\s+(?:the\s+)?${ANY_ENV}\s+(?:i'?d|i\s+would|we'?d|we\s+would|you'?d|you\s+would)\s+(?:want|need|require|expect|ask\s+for|insist\s+on|wait)\b`
  )
);
var PARTIAL = cold(
  /\b(?:modulo|except(?:\s+for)?|(?:everything|all(?:\s+of\s+it)?)\s+but|minus|without|apart\s+from|other\s+than|save\s+for|excluding|but\s+not|leav(?:e|ing)\s+out|skip(?:ping)?|(?<!\b(?:not|never|don'?t|n't)\s+)drop(?:ping)?)\s+(?:the|that|this|those|these|its|their|our|my|any|all)\s+(?!(?:warnings?|noise|fuss|delay|wait(?:ing)?|drama|questions?|further|ado|second|extra|re-?plan)\b)[\w-]/i
);
var RECORDED = cold(
  /\b(?:ticket|tickets|pr|mr|pull\s+request|merge\s+request|change\s+request|cr|jira|servicenow|chg-?\d+|[a-z]{2,10}-\d+|#\d+)\b[^.!?\n]{0,40}?\b(?:approved|status\s*[:=]?\s*approved)\b|\b(?:status|state|resolution|decision|outcome)\s*[:=]\s*approved\b(?!\s+by\s+(?:the\s+)?(?:user|me)\b)/i
);
var RELAYED = /\buser\s+(?:said|says|wrote|writes|replied|answered|responded|typed|told\s+(?:me|us))\b|\b(?:message|reply|answer|response)\s+from\s+(?:the\s+)?user\b|\b(?:forward(?:ing|ed)|relay(?:ing|ed)|passing\s+(?:(?:this|it|that)\s+)?(?:on|along))\s+(?:(?:the\s+)?user(?:'s)?\b|(?:(?:this|it|that)\s+)?(?:from|for|on\s+behalf\s+of)\b)/i;
var DESTRUCTIVE_IMPERATIVE = /^(?:please\s+)?(?:destroy|tear\s+down|teardown|delete|remove|uninstall|force[- ]?push|push|taint|untaint|replace|recreate|wipe|purge|nuke)\s+(?:the|a|an|my|our|your|his|her|their|those|these|this|that|all\s+the)\s+\S/i;
var TASK_LABEL = /^(?:(?:sub-?)?task\s*\d*|todo|to-do|goal|objective|instructions?|job|assignment|step\s*\d*|action\s+items?|orchestrator|coordinator|main\s+agent|planner|system|agent|assistant|bot|directive)\s*:/i;
var APPROVAL_NEEDED = /\b(?:approval|sign-?off|go-?ahead)\s+(?:is\s+)?(?:required|needed|necessary|pending|outstanding|missing|first)\b|\b(?:requires?|needs?|awaiting|await|pending|wait(?:ing)?\s+for|subject\s+to|until|get|ask\s+for|request)\s+(?:(?:the|your|my|user|user's|explicit|an?|prior|final|written)\s+)*(?:approval|sign-?off|go-?ahead)\b/i;
var APPROVAL_ELSEWHERE = /\b(?:nicht\s+ich|not\s+me|pas\s+moi|no\s+yo|n[ãa]o\s+eu)(?![\w\u00c0-\u024f])|\b(?:i'?m|i\s+am)\s+not\s+(?:the\s+)?(?:approver|one\s+who\s+(?:approves|signs\s+off|decides)|owner|decider|decision[- ]maker)\b|\bnot\s+my\s+(?:call|decision)\b|\b(?!(?:i|you|we|nobody|noone|one|else)\b)\w+\s+(?:has|have|needs?|must|still\s+(?:has|needs))\s+to\s+(?:approve|sign\s+off|ok\s+it|decide|give\s+the\s+go)\b|\b(?:needs?|requires?|waiting\s+(?:for|on))\s+\w+'s\s+(?:approval|sign-?off|ok|go-?ahead)\b/i;
var APPROVAL_ELSEWHERE_STEM = /n(?:icht|o[t\s]|[ãa]o)|pas|'s|\sto\s+(?:approve|sign|ok|decide|give)/i;
var NOT_AN_ANSWER_LABEL = /^(?:test(?:ing)?|drill|example|sample|demo|template|draft|hypothetical(?:ly)?|e\.g)\s*:/i;
var CLARIFIES = /^(?:(?:yes|yeah|yep|yup|right|correct|exactly)\s+)?(?:(?:that(?:'s|\s+is|\s+was)|this\s+is|it(?:'s|\s+is|\s+was))\s+(?:exactly\s+|precisely\s+|just\s+)?what\s+i\s+(?:meant|mean|wanted|was\s+asking|asked|had\s+in\s+mind|was\s+thinking|was\s+getting\s+at)\b|i\s+(?:meant|was\s+referring\s+to|was\s+talking\s+about)\b|(?:i'?m|i\s+am)\s+(?:still\s+|now\s+|already\s+)?(?:here|around|back|listening|online|at\s+my\s+desk|on\s+(?:the\s+)?(?:vpn|call|bridge|line|network|rota)|in\s+the\s+(?:office|channel|room|call|bridge|group)|logged\s+in|signed\s+in|connected|on-?call|the\s+(?:on-?call|owner|approver|admin|maintainer|author))\b|(?:the|that|this)\s+one\s+(?:in|on|from|with|for|at)\b|(?:that'?s|that\s+is|it'?s|it\s+is|this\s+is)\s+the\s+(?:right|correct|same)\s+(?!(?:plan|change|changes|diff|one)\b)\w|(?:it'?s|that'?s|it\s+is|that\s+is)\s+the\s+(?:dev|staging|prod)\s+(?:cluster|account|repo|region|namespace|bucket|database|db|folder|file|project)\b|(?:that|it)\s+(?:was|is|'s)\s+(?:me|us|mine|ours)\b|to\s+the\s+(?:[\w-]+\s+){0,3}(?:question|point|suggestion|idea|proposal)\b|the\s+(?!(?:plan|change|changes|diff|apply|destroy|deploy\w*|rollout|rest|adds?|whole|entire|same)\b)[\w-]+\s+(?:in|on|from|called|named)\s+\S)|^(?:yes|ok(?:ay)?|sure|agreed|yeah)\s+(?:to|on|for)\s+the\s+(?:[\w-]+\s+){0,3}?(?:question|point|comment|suggestion|idea|nit|naming|name|proposal|rename|wording)\b/i;
var KEEP_ANSWER = /^(?:(?:yes|yeah|yep|yup|sure)\s+)?(?:keep|retain|preserve)\s+(?:the|a|an|its|our|my|all|both|that|this|those|these)\s+(?!(?:dev|staging|prod|destroy\w*|delet\w*|force|rest|change|changes|plan)\b)[\w-]/i;
var CONTRAST = /\b(?:though|tho|but|however|anyway|instead|except)\b/i;
var clarifies = (c, sentence) => CLARIFIES.test(c) || KEEP_ANSWER.test(c) && !CONTRAST.test(sentence);
var BARE_YES = /^(?:yes|yeah|yep|yup|ya|ok(?:ay)?|right|correct|exactly|sure|indeed)$/i;
var LATER_CHORE = cold(
  /^(?:(?:also|and|btw|then|please|pls|next\s+time|in\s+(?:the\s+)?future|going\s+forward|for\s+next\s+time)[,\s]+)*(?:remind\s+(?:me|us)|include|add|rotate|clean\s+up|update|send|post|document|write|open|file|revisit|follow\s+up|schedule|tell\s+(?:me|us)|let\s+(?:me|us)\s+know|ping\s+(?:me|us)|check\s+the\s+(?:logs?|dashboards?|metrics|alerts)|let'?s\s+(?:(?:talk|chat|sync|catch\s+up|circle\s+back)\s+(?:about|on|over)|discuss)\s+(?!(?:it|this|that)\b)(?!(?:the\s+)?(?:plan|change|changes|apply|it|this|that|rollout|deploy\w*|approval)\b)\w+|(?:i(?:'ll|\s+will)|we(?:'ll|\s+will))\s+(?:review|check|look\s+at|read|watch|monitor|go\s+over)\s+(?:the\s+)?(?:dashboards?|logs?|metrics|alerts?|alerting|graphs?|results?|output|monitoring)\b)\b/i
);
var OTHER_WORK_LATER = cold(
  /^(?:(?:and|also|btw|but|then)[,\s]+)*(?:(?:we|i)(?:'ll|\s+will|\s+can|\s+could|\s+should|\s+might))\s+(?:(?:merge|fix|review|look\s+(?:at|into)|deal\s+with|pick\s+up|sort\s+out|update|write|clean\s+up|revisit)|(?:talk|chat|sync|catch\s+up|circle\s+back)\s+(?:about|on|over)|discuss)\s+(?:the|that|a|an|our|my|those|these)\s+(?!(?:plan|change|changes|apply|rollout|deploy\w*|destroy\w*|teardown|rest|remaining|other|approval)\b)[\w-]/i
);
var LATER_WORK = cold(
  /\b(?:refactor(?:ing)?|clean-?up|follow-?ups?|nits?|renam(?:e|ing)|docs?|documentation|improvements?|thoughts?|notes?|ideas?|suggestions?|comments?|todos?|things|discussion|conversation)\s+(?:for|on)\s+(?:later|another\s+(?:day|time)|some\s+other\s+(?:day|time)|a\s+later\s+(?:date|time|pr|mr)|the\s+future|next\s+time|a\s+follow-?up)\b|\b(?:for|in)\s+a\s+(?:follow-?up|later|separate|future)(?:\s+(?:pr|mr|change|ticket|story|issue))?\b/i
);
var asideLater = (c) => UNRELATED.test(c) && !STRONG_DOUBT.test(c) && !PRONOUN.test(c) && !WHOLE_CHANGE.test(c) && !/\b(?:wait|hold|pause|postpone|defer|delay|not\s+(?:yet|now|today))\b/i.test(c);
var PRONOUN = /\b(?:it|that|this|them)\b/i;
var WHOLE_CHANGE = /\b(?:plan|change|changes|apply|everything|whole|all\s+of\s+it)\b/i;
var HEDGE_AT = /\b(?:maybe|perhaps|probably|possibly|i\s+guess|not\s+sure|unsure|i\s+(?:am|'m)\s+not\s+sure)\b/i;
function hedgesDestructive(c) {
  if (WHOLE_CHANGE.test(c) || ENVIRONMENTS.some((e) => e.pattern.test(c))) return false;
  if (!DESTROY.test(c) && !DELETE.test(c) && !FORCE_PUSH.test(c)) return false;
  return !PRONOUN.test(c.slice(0, HEDGE_AT.exec(c)?.index ?? 0));
}
var ANOTHER_MATTER = /\b(?:that'?s|that\s+is|it'?s|it\s+is|this\s+is)\s+(?:for\s+)?(?:another|a\s+(?:separate|different))\s+(?:ticket|issue|story|topic|conversation|matter|pr|discussion|thread|day|problem)\b/i;
var LEADS_WITH_CONJUNCTION = cold(
  /^(?:if|once|unless|when|whenever|until|after|before|provided|assuming|as\s+long\s+as|si|wenn|falls|sobald|quand|cuando|se|quando)\b/i
);
function localVeto(clause, trigger, out) {
  if (trigger === DEFERRAL && HOLD_SCOPE.test(clause)) return exclude(clause, out) ? "" : null;
  const found = trigger.exec(clause);
  if (found === null || found.index === 0 || LEADS_WITH_CONJUNCTION.test(clause)) return null;
  const before = clause.slice(0, found.index);
  let cut = -1;
  for (const m of before.matchAll(/\s(?:and|&|y|und|et|e)\s/gi)) cut = m.index;
  if (cut !== -1 && SCOPE_ONLY.test(before.trim())) cut = -1;
  const vetoed = cut === -1 ? before : before.slice(cut);
  if (!mentionsScope(vetoed)) return null;
  exclude(vetoed, out);
  return cut === -1 ? "" : clause.slice(0, cut);
}
var LATER_DECISION_SOURCE = String.raw`^(?:if|once|when|after)\b.*?\b(?:we|i|you)\s+(?:can|could|will|might|may|should|'ll)?\s*(?:(?:then|later)\s+)?(?:talk\s+about|discuss|consider|revisit|decide\s+(?:on|about)|think\s+about|look\s+at|see\s+about)\s+(?:the\s+)?((?:${ANY_ENV}|destroy|teardown|deletes?|force[- ]?push(?:es)?)(?:\s*(?:and|&|,)\s*(?:the\s+)?(?:${ANY_ENV}|destroy|teardown|deletes?|force[- ]?push(?:es)?))*)(?:\s+(?:next|later|then|too|as\s+well))?$`;
var LATER_DECISION = cold(rx(LATER_DECISION_SOURCE));
var laterDecisionWords;
function laterDecision(clause, out) {
  if (!LATER_DECISION.test(clause)) return false;
  laterDecisionWords ??= rx(LATER_DECISION_SOURCE);
  return exclude(laterDecisionWords.exec(clause)?.[1] ?? "", out);
}
var SCOPE_ONLY = cold(
  rx(
    String.raw`^(?:(?:and|but|as\s+for|for|the|not|no)\s+)*(?:${ANY_ENV}|destroy|teardown|deletes?|force[- ]?push(?:es)?)\b(?:\s*(?:,|and|&|/|\+|or)\s*(?:the\s+)?(?:${ANY_ENV}|destroy|teardown|deletes?|force[- ]?push(?:es)?)\b)*(?:\s+(?:too|as\s+well|part|one))?$`
  )
);
var LATER_TASK = cold(
  /\b(?:after\s+that|afterwards|(?:when|once|after)\s+(?:you(?:'re|\s+are)\s+|it(?:'s|\s+is|\s+has)?\s+|that(?:'s|\s+is|\s+has)?\s+)?(?:done|finish(?:es|ed)?|complete[sd]?|through|applied|succeeds|succeeded|lands|landed))\b|^(?:(?:and|then|please)\s+)*(?:ping|post|notify|tell|let\s+(?:me|us)\s+know|message|report|share|send|update)\b.*\b(?:once|when|after)\b|^(?:after|once|when)\s+(?:the\s+)?(?:apply|deploy(?:ment)?|rollout|run|change)(?:\s+(?:is|has)\s+(?:done|finished|completed?|applied|through|run))?$/i
);
var AFTER_TASK = cold(
  /^(?:(?:and|then|please|also|pls)\s+)*(?:ping|post|notify|tell|let\s+(?:me|us)\s+know|message|report|share|send|update|summari[sz]e|recap|give\s+me\s+(?:a\s+)?(?:summary|recap|rundown)|open|close|file|create\s+(?:a|the)\s+(?:ticket|pr|issue|follow-?up)|write|document|run\s+(?:the\s+)?(?:[\w-]+\s+)?(?:tests?|checks?|suite)|verify|monitor|watch|tag|clean\s+up|remind)\b/i
);
var AFTER_TASK_ANYWHERE = cold(
  /\b(?:ping|post|notify|tell\s+(?:me|us)|let\s+(?:me|us)\s+know|message|report|share|send|update|open|close|file|write|document)\b/i
);
var CURIOUS = cold(
  /\b(?:curious|curiosity|just\s+wondering|for\s+my\s+(?:own\s+)?understanding|fwiw|btw|by\s+the\s+way|not\s+a\s+blocker|non-?blocking)\b/i
);
var CURIOUS_DOUBT = cold(
  /\b(?:safe|risk\w*|sure|downtime|break\w*|outage|destroy\w*|delet\w*|remov\w*|force|rollback|revert|undo|wrong|fail\w*|approve\w*|ok|okay|at\s+all)\b/i
);
var DURATION = cold(
  /\b(?:so\s+long|so\s+slow(?:ly)?|how\s+long|how\s+much\s+time|take\s+long|took\s+long|took\s+(?:over\s+|almost\s+|about\s+|nearly\s+)?\d+\s*(?:min\w*|sec\w*|s|m|hours?|h))\b/i
);
var FACT_QUESTION = cold(
  /^(?:(?:and|also|btw|so|oh|ok)[,\s]+)*(?:do|does)\s+(?:you|anyone|anybody)\s+(?:know|remember|happen\s+to\s+know)\s+(?:when|where|who|what\s+time|whether\s+there)\b/i
);
var OFF_TOPIC = cold(/\b(?:lunch|dinner|breakfast|coffee|beers?|drinks|weekend\s+plans|vacation|weather|football|the\s+game|movie)\b/i);
var asideQuestion = (q) => FACT_QUESTION.test(q) || OFF_TOPIC.test(q) && !DEFERRAL.test(q) && !CONDITION.test(q) && !PRONOUN.test(q);
var LATER_CHORE_ASKED = cold(
  /^(?:(?:and|also|btw|then|please)[,\s]+)*(?:can|could|would|will)\s+you\s+(?:please\s+|also\s+)?(?!wait|hold|pause|apply|deploy|run\b|do\b|ship|go\b|proceed|destroy|delete|remove|show|explain|replan|re-?plan|change|use|switch)\w+\b.*\b(?:later|afterwards|tomorrow|next\s+week|(?:when|once)\s+(?:it(?:'s|\s+is)\s+|you(?:'re|\s+are)\s+)?done|in\s+a\s+(?:follow-?up|separate|later|new|next)(?:\s+(?:pr|ticket|change|mr|commit|issue))?|as\s+a\s+follow-?up|next\s+time|separately)$/i
);
var STRONG_DOUBT = cold(
  /\b(?:safe|risk\w*|sure|downtime|break\w*|outage|replace\w*|destroy\w*|delet\w*|remov\w*|force|rollback|revert|undo|wrong|fail\w*|approve\w*|ok|okay)\b/i
);
var ASKED_WORK = cold(
  /^(?:(?:and|also|so|but|please)\s+)*(?:can|could|would|will)\s+(?:you|we)\s+(?:please\s+)?(?:first\s+)?(?:show|explain|describe|walk|check|verify|test|run|review|confirm|double[- ]check|look|compare|diff|estimate|make\s+sure|ensure|wait|hold|pause|use|switch|change|add|remove|drop|replan|re-?plan|redo|split|target|limit|exclude|skip|bump|increase|decrease|rename|move|set|make|include|upgrade|downgrade|pin|tweak|modify|edit|adjust|replace)\b/i
);
var NEXT_OR_FALLBACK = cold(
  /^(?:(?:and|also|btw|so|ok|oh)[,\s]+)*(?:(?:(?:is|are)\s+there|do\s+we\s+have|have\s+we\s+got)\s+(?:a|an|any)\s+(?:rollback|roll-?back|runbook|backout|back-?out|recovery|contingency)\s+(?:plan|procedure|steps?|doc|runbook)\b|what(?:'s|\s+is|\s+comes)\s+(?:next|after\s+(?:this|that))\b|what\s+(?:should|do|shall)\s+(?:we|i)\s+do\s+next\b)/i
);
var SECOND_THOUGHT = cold(/\b(?:actually|wait|hmm+|hold\s+on|hang\s+on|on\s+second\s+thought|scratch\s+that)\b/i);
function reopens(question, sentence) {
  if (CURIOUS.test(question) || CURIOUS.test(sentence)) return CURIOUS_DOUBT.test(question) || mentionsScope(question);
  if ((DURATION.test(question) || LATER_CHORE_ASKED.test(question) || asideQuestion(question)) && !STRONG_DOUBT.test(question) && !mentionsScope(question))
    return false;
  if (DOUBT.test(question) || mentionsScope(question) || HEDGE.test(question) || DEFERRAL.test(question)) return true;
  if (precondition(question) || DIFFERENT_PLAN.test(question) || SECOND_THOUGHT.test(question)) return true;
  if (LATER_TASK.test(sentence) && AFTER_TASK_ANYWHERE.test(question) || FOLLOW_UP.test(question) || UNRELATED.test(question))
    return false;
  if (MODIFY.test(question)) return true;
  if (/^(?:(?:and|but|so|also|ok|okay)[,\s]+)*(?:what|why|which)\b/i.test(question)) return true;
  return CONDITION.test(question) || ASKED_WORK.test(question);
}
var approving = (c) => (AFFIRMATIVE.test(c) || OK_OPERATION.test(c) || EXPLICIT_APPROVAL.test(c) || ACTION_IMPERATIVE.test(c) || APPROVE_ENVS.test(c) || ENV_ANSWERED.test(c) || AFFIRMATIVE_OTHER.test(c) || EXPLICIT_OTHER.test(c) || ACTION_OTHER.test(c)) && !NEGATED_ANSWER.test(c);
function narrowsApproval(clauses, i, approvedBefore) {
  const c = clauses[i] ?? "";
  return SCOPE_DISAPPROVED.test(c) && (approvedBefore || clauses.slice(0, i).some((b) => AFFIRMATIVE.test(b) || EXPLICIT_APPROVAL.test(b)));
}
var TOO = /\s+(?:too|as\s+well|also)$/i;
var OWN = /^(?:(?:and|but|so)\s+)?(?:i|we|i'?m|we'?re)\b/i;
function joinsApproval(c) {
  if (!TOO.test(c) || !OWN.test(c) || reportedSpeech(c)) return false;
  const own = c.replace(TOO, "").replace(/^(?:and|but|so)\s+/i, "");
  return AFFIRMATIVE.test(own) || EXPLICIT_APPROVAL.test(own);
}
function envListAnswer(kept, excluded) {
  return kept.some((c) => ENV_LIST_ONLY.test(c)) && (excluded.environments.size > 0 || kept.some((o) => ENVIRONMENTS.some((e) => mention(o, e.pattern) === "negated")));
}
function destructiveAsked(q) {
  if (!DESTROY.test(q) && !DELETE.test(q) && !FORCE_PUSH.test(q)) return false;
  if (ENVIRONMENTS.some((e) => e.pattern.test(q))) return false;
  return !(SECOND_THOUGHT.test(q) || HEDGE.test(q) || DEFERRAL.test(q) || precondition(q) || DIFFERENT_PLAN.test(q) || MODIFY.test(q) || ASKED_WORK.test(q) || // "Yes, but is the destroy really needed?": a question set against the yes contests it.
  /^(?:but|though|however|although|yet)\b/i.test(q) || /\b(?:everything|all|whole|entire|anything)\b/i.test(q));
}
var IF_SO_HOLD = /^(?:if\s+(?:so|yes|it\s+does|that'?s\s+the\s+case)|in\s+that\s+case)\b[\s,]*(?:hold|skip|leave|drop|wait\s+(?:on|with)|don'?t\s+do|do\s+not\s+do|keep)\b[^.!?]*\b(?:that|it|this|those)(?:\s+(?:part|bit|one|step))?(?:\s+(?:out|back|off|for\s+now))?$/i;
var TONE_OTHER = cold(
  rx(
    String.raw`${START}(?:qu[ée]\s+(?:gran|buena|brillante|excelente|genial)\s+idea|g[ée]nial(?:e|issime)?|quelle\s+(?:bonne|excellente|brillante|super)\s+id[ée]e|super\s+id[ée]e|(?:que\s+)?(?:[óo]tima|grande|boa|brilhante)\s+ideia|(?:tolle|super|gro(?:ß|ss)artige|geniale)\s+idee|na\s+toll|bien\s+s[uû]r|[ée]videmment|por\s+supuesto|com\s+certeza)${END}|はいはい|でしょ[。！!]?\s*$|ご自由に|i\s+(?:just\s+|really\s+|totally\s+)?(?:love|enjoy|adore|live\s+for)\s+(?:\w+\s+){0,2}(?:calls?|pages?|bridges?|war\s*rooms?|weekends?|nights?)\b`
  )
);
var COST_IRONY = cold(
  /\b(?:(?:always|never)\s+wanted\s+to\s+(?:\w+\s+){0,2}?(?:restor|rebuild|recover|explain|rewrit|redo)\w*|can'?t\s+wait\s+to\s+(?:restor|rebuild|recover|explain)\w*|looking\s+forward\s+to\s+(?:restoring|rebuilding|recovering|explaining|the\s+(?:outage|incident|post-?mortem))|(?:looking\s+for|need(?:ed)?|find|finding|get(?:ting)?|want(?:ed)?)\s+a\s+new\s+job|get(?:ting)?\s+(?:me\s+|myself\s+)?fired|career[- ]limiting|resume[- ]generating|the\s+only\s+cop(?:y|ies))\b|👏/i
);
var COST_IRONY_STEM = /wanted|wait\s+to|forward\s+to|new\s+job|fired|career|resume|only\s+cop|👏/i;
function ironicOther(text) {
  const destructive = DESTROY.test(text) || DELETE.test(text) || FORCE_PUSH.test(text) || DESTRUCTIVE_WORD.test(text) || ENVIRONMENTS[2].pattern.test(text);
  return destructive && (TONE_OTHER.test(text) || COST_IRONY_STEM.test(text) && COST_IRONY.test(text));
}
var GO_AHEAD_AND = /^(?:(?:ok(?:ay)?|alright|sure|now|then|please|pls|just)[,\s]+)*(?:go\s+ahead\s+and|go\s+and|you\s+can|you\s+may|feel\s+free\s+to)\s+/i;
var NEW_TASK_OTHER = cold(
  rx(
    String.raw`^(?:por\s+favor\s+|bitte\s+|s'il\s+(?:te|vous)\s+pla[iî]t\s+)?(?:borra|elimina|destruye|suprime|l[öo]sche|entferne|zerst[öo]re|vernichte|supprime|d[ée]truis|d[ée]truisez|efface|supprimez|apaga|exclua|exclui|destr[óo]i|remova|deleta)\s+(?:el|la|los|las|un|una|den|die|das|dem|einen|eine|le|les|l'|une|des|du|o|os|as|um|uma|a|mein\w*|mon|ma|mes|mi|mis|meu|minha)${END}`
  )
);
var NEW_TASK_JA = /^(?!.*(?:プラン|計画|変更|それ|これ|この))[^、。]+を(?:削除|破棄|消|壊|解体|初期化|強制プッシュ)/;
var APPLY_ELSEWHERE = /^(?:please\s+)?(?:apply|deploy|run|roll\s+out|execute)\b[^,;]*?\b(?:in|on|for|under|at|to|from)\s+(?:the\s+)?(?:[\w.-]+\/[\w./-]*|module\s+[\w."-]+|(?:directory|dir|folder|repo|workspace|stack)\s+[\w./-]+)/i;
var ENV_PATH = rx(String.raw`^${ANY_ENV}(?:\/${ANY_ENV})*\/?$`);
function namesOtherPath(c) {
  const m = APPLY_ELSEWHERE.exec(c);
  if (!m) return false;
  const target = m[0].split(/\s+/).pop() ?? "";
  return !ENV_PATH.test(target);
}
var OWN_OBJECT = /^(?:please\s+)?(?:apply|deploy|roll\s+out|ship|release|push\s+out)\s+(?:the|this|that|our|my)\s+(?!(?:planned|proposed|presented|above|shown|same|pending|whole|full|entire|current|reviewed|terraform|tf|helm|kubectl|flux|kustomize|k8s|kubernetes|infra|infrastructure|adds|additions|creates|updates|rest|\d+)\b)(?:[\w.-]+\s+){1,3}?(?:changes?|tags?|images?|versions?|releases?|updates?|configs?|configuration|charts?|manifests?|fix(?:es)?|patch(?:es)?|build)\b/i;
var PART_OF_PLAN = /\b(?:as\s+(?:part\s+of|in)|from|in)\s+(?:this|that|it|the\s+(?:plan|change|changes|apply|diff))\s*$/i;
var NEXT_STEP = /^(?:and\s+)?(?:now|then|next|also|after\s+that|afterwards)\s+/i;
var nextStepTask = (c) => NEXT_STEP.test(c) && newTask(c.replace(NEXT_STEP, ""));
function newTask(c) {
  const bare = c.replace(GO_AHEAD_AND, "");
  if (PART_OF_PLAN.test(bare)) return false;
  return DESTRUCTIVE_IMPERATIVE.test(bare) || NEW_TASK_OTHER.test(bare) || NEW_TASK_JA.test(bare) || namesOtherPath(bare) || OWN_OBJECT.test(bare);
}
var HEARSAY = rx(
  String.raw`\b(?:i\s+(?:think|believe|guess|heard|hear|assume)|apparently|supposedly|reportedly|allegedly|i\s+was\s+told|i'?ve\s+been\s+told|rumou?r\s+is)\b[^.!?]*\b(?:approv\w*|sign(?:ed)?\s+off|ok'?d|green-?lit|said\s+(?:yes|go|ok))|${START}(?:aprobad[oa]|genehmigt|freigegeben|approuv[ée]e?|aprovad[oa])\s+(?:pel[oa]s?|vom|von\s+(?:der|dem|unserem|unserer|meinem|meiner)|par\s+(?:le|la|les|mon|ma|notre))${END}|${START}(?:(?:lo|la)\s+)?aprob[óo]${END}|${START}aprovou${END}|(?<!j['’])${START}(?:l['’])?a\s+approuv[ée]|${START}hat\s+(?:\S+\s+){0,2}(?:genehmigt|freigegeben|abgenickt)${END}|${START}(?:genehmigt|freigegeben|abgenickt)\s+hat${END}|(?<!私|僕|俺)が(?:承認|OK)`
);
var NAMED_APPROVER = /\b(?!(?:I|We|User|Yes|Ok|Okay|OK|Sure|Fine|Just|Already|Also|Plan|It|This|That|All|Everything|Change|Changes|Diff|Apply|Terraform|Now|So|And|Then|Good|Great)\b)[A-Z][a-z]+\s+(?:already\s+|has\s+|had\s+|just\s+)?(?:approved|signed\s+off\s+on|ok'?d|green-?lit)\s+(?:it|this|that|the\s+(?!(?:[Pp][Rr]|[Mm][Rr]|[Pp]ull\s+request|[Mm]erge\s+request|code)\b))\b/;
var APPROVING_STEM = /appro[uv]|aprob|aprov|genehm|freigeg|abgenickt|sign|ok|green|said|承認|OK/i;
var hearsay = (t) => APPROVING_STEM.test(t) && (HEARSAY.test(t) || NAMED_APPROVER.test(t));
var PART_CHOSEN = cold(
  /\b(?:just|only)\s+(?:(?:approve|apply|do)\s+(?:the\s+)?|the\s+)(?:adds|additions|creates|updates|modifications)\b|\b(?:leave|skip|hold|drop|ignore|forget|park)\s+(?:the\s+|all\s+the\s+)?(?:rest|others|remainder|remaining\s+\w+)\b|\b(?:first|last|top|bottom)\s+(?:(?:one|two|three|four|five|six|\d+|few|couple(?:\s+of)?)\s+)?(?:resources?|changes?|items?|modules?|steps?|parts?|objects?|entries|adds?|additions?)\b|\b(?:with|only|just|apply|target(?:ing)?)\s+(?:-target=)?[a-z][a-z0-9]*_[a-z0-9_]+\.[\w-]+/i
);
var leadingCondition = (clauses, i, approvedBefore) => i === 0 && !approvedBefore && clauses.length > 1 && LEADS_WITH_CONJUNCTION.test(clauses[0] ?? "");
var ENV_REFUSED = cold(
  rx(
    String.raw`^(?:(?:and|but|aber|mais|pero|mas|y|und|et|e)\s+)?(?:no|not|nein|non|n[ãa]o|nope|red\s+light|never|nicht)\s+(?:(?:for|f(?:ü|ue?)r|pour|para|on|in|to|auf|en|em|sur|im|na|no)\s+)?(?:the\s+|la\s+|le\s+|l'|die\s+|das\s+|o\s+|a\s+|el\s+)?${ANY_ENV}$`
  )
);
var DEADLINE = /^(?!before\b)(?:.*\b(?:now|right\s+away|asap|immediately|today|quickly|soon)\s+)before\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:starts|begins|kicks\s+in|hits|closes|lands)$/i;
var SO_OWN = /^(?:so|and\s+so|therefore|hence|thus|which\s+means)\s+/i;
var COUNTERFACTUAL = /^if\s+(?:it|this|that|the\s+\w+|there|we|you)\s+(?:were|was|had|did)\b.*\b(?:i|we)(?:\s+would|'d|\s+might|\s+could)\b/i;
var BARE_OK = /^(?:ok(?:ay)?|sure|fine|alright)$/i;
var NOTIFY_DONE = /^(?:(?:and|then|just|please|pls)\s+)*(?:let\s+me\s+know|ping\s+me|tell\s+me|notify\s+me|message\s+me|shout)\s+(?:when|once|after)\s+(?:it(?:'s|\s+is|\s+has(?:\s+been)?)\s+|you(?:'re|\s+are)\s+|that(?:'s|\s+is)\s+)?(?:done|finished|complete|completed|applied|through|deployed)$/i;
var REFUSING = /\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:rejecting|declining|refusing|vetoing|denying|turning\s+(?:it|this|that)\s+down|saying\s+no|going\s+to\s+(?:have\s+to\s+)?say\s+no)\b|\bsay\s+no\b(?<=\bi(?:'ll|\s+will|\s+have\s+to|\s+must|\s+need\s+to)?(?:\s+have\s+to)?\s+say\s+no)|^(?:rejecting|declining|vetoing)(?:\s+(?:it|this|that)(?:\s+one)?)?$/i;
var STOP_ON_FAILURE = /^(?:(?:then|just)\s+)?(?:stop|halt|abort|bail(?:\s+out)?|pause)(?:\s+(?:and|&)\s+(?:tell|ping|notify|ask|let|report|wait)\b.*)?$/i;
var stopsOnFailure = (clauses, i) => i > 0 && STOP_ON_FAILURE.test(clauses[i] ?? "") && CONTINGENCY.test(clauses[i - 1] ?? "");
var ANYWAY_LEAD = /^(?:anyway|anyways|regardless|either\s+way|in\s+any\s+case|all\s+the\s+same)[,\s]+/i;
function readSentence(s, options, excluded, approvedBefore = false) {
  let t = s.text;
  let clauses = s.clauses;
  const reading = (kind, kept2 = clauses, fallback) => ({
    kind,
    clauses: kept2,
    praise: false,
    go: false,
    modifies: false,
    fallback
  });
  const reported = () => reading("aside", [], "reported");
  if (ATTRIBUTION.test(t)) return reading("reported");
  if (t === "QUOTED") return reading("aside", []);
  if (t === "QUOTEDASK") return { ...reading("aside", [], "question"), quotedAsk: true };
  if (clauses.some(
    (c, i) => refusesClause(c) && !stopsOnFailure(clauses, i) && !(BARE_NO.test(c) && (NOT_A_REFUSAL.test(clauses[i + 1] ?? "") || sideAnswer(clauses[i + 1]))) && !(i > 0 && BARE_NO.test(clauses[i - 1] ?? "") && sideAnswer(c)) && !narrowsApproval(clauses, i, approvedBefore)
  ))
    return reading("refusal");
  if (BARE_NO.test(clauses[0] ?? "") && sideAnswer(clauses[1])) {
    clauses = clauses.slice(JUST_THE_PLAN.test(clauses[1] ?? "") ? 1 : 2);
    if (clauses.length === 0) return reading("aside", [], "refusal");
    t = clauses.join(", ");
  }
  const asks = (c, i) => (i === 0 || s.asked || !RELATIVE_CLAUSE.test(c)) && (QUESTION_START.test(c) || QUESTION_OTHER.test(c));
  let scopeAsked = false;
  if (s.asked || clauses.some(asks)) {
    const at = clauses.findIndex(asks);
    const head = at > 0 ? clauses.slice(0, at) : [];
    const question = head.length ? clauses.slice(at).join(", ") : t;
    const about = /^(?:(?:and|but|also|what\s+about|how\s+about|as\s+for)\s+)?(?:the\s+)?(.*)$/i.exec(t)?.[1] ?? t;
    if (clauses.length === 1 && /^\S+(?:\s+(?:too|as\s+well|also|part|one))?$/i.test(about) && exclude(about, excluded))
      return reading("aside", [], "question");
    if (UNRELATED.test(t) && !STRONG_DOUBT.test(t) && !mentionsScope(t)) return reading("aside", [], "question");
    if ((head.length > 0 || approvedBefore) && destructiveAsked(question) && exclude(question, excluded)) {
      if (head.length === 0) return { ...reading("aside", [], "question"), scopeAsked: true };
      clauses = head;
      t = head.join(", ");
      scopeAsked = true;
    } else if (reopens(question, t) && !((head.length > 0 || approvedBefore) && NEXT_OR_FALLBACK.test(question)))
      return reading("question");
    else if (head.length === 0) return reading("aside", [], "question");
    else {
      clauses = head;
      t = head.join(", ");
    }
  }
  if (TASK_LABEL.test(t)) return reading("request");
  if (NOT_AN_ANSWER_LABEL.test(t)) return reading("statement");
  if (APPROVAL_ELSEWHERE_STEM.test(t) && APPROVAL_ELSEWHERE.test(t)) return reading("condition");
  if (clauses.some((c) => APPROVAL_NEEDED.test(c) && !mentionsScope(c))) return reading("condition");
  if (clauses.some((c) => clarifies(c, t)) && !clauses.some((c) => !clarifies(c, t) && !BARE_YES.test(c) && approving(c)))
    return reading("statement");
  if (clauses.length > 1 && clauses.some(joinsApproval)) {
    clauses = clauses.filter((c) => joinsApproval(c) || !(reportedSpeech(c) || OTHERS.test(c))).map((c) => c.replace(TOO, ""));
    t = clauses.join(", ");
  }
  const own = clauses.findIndex((c, i) => i > 0 && SO_OWN.test(c));
  if (own > 0 && !/[:"\u201c]|QUOTED/.test(s.text) && approving(clauses[own]?.replace(SO_OWN, "") ?? "")) {
    const theirs = clauses.slice(0, own);
    const mine = clauses.slice(own);
    const reportedNow = theirs.some((c) => reportedSpeech(c) || OTHERS.test(c) || hearsay(c)) && !PAST.test(theirs.join(", "));
    if (reportedNow && !mine.some((c) => reportedSpeech(c) || OTHERS.test(c) || hearsay(c))) {
      clauses = mine;
      t = mine.join(", ");
    }
  }
  if (/^(?:the\s+)?user\s+(?:said|says|wrote|writes|told|replied|mentioned|asked)\b/i.test(t)) return reported();
  if (/approved/i.test(t) && RECORDED.test(t)) return reading("reported");
  if (/QUOTED|\b(?:said|says|wrote|told|approved|approves|confirmed|signed\s+off|agreed|replied|according)\b/i.test(t) && reportedSpeech(t)) {
    if (!/^(?:(?:the\s+)?user|i|we)\b/i.test(t) || /QUOTED/.test(t)) {
      if (!/QUOTED/.test(t) || reportedSpeech(t.replace(/QUOTED/g, ""))) return reported();
    }
  }
  if (OTHERS.test(t) || hearsay(t)) return reported();
  if (PAST.test(t)) {
    if (PAST_APPROVAL.test(t)) return reading("reported");
    const present = clauses.filter((c) => !PAST.test(c));
    if (present.length === 0) return reading("aside", [], "reported");
    clauses = present;
    t = present.join(", ");
  }
  const matter = ANOTHER_MATTER_STEM.test(t) ? ANOTHER_MATTER.exec(t) : null;
  if (matter && !mentionsScope(t) && !PRONOUN.test(t.slice(0, matter.index)) && !WHOLE_CHANGE.test(t) && !STRONG_DOUBT.test(t.replace(/\bnot\s+sure\b/gi, "")))
    return reading("aside", [], "statement");
  if (precondition(t)) {
    if (SCOPE_TOPIC.test(t) && exclude(t.slice(0, t.search(/\bfirst\b|$/i)), excluded)) return reading("aside", [], "precondition");
    return reading("precondition");
  }
  const kept = [];
  let vetoed = null;
  let narrowed = false;
  let notifyDone = false;
  let scopeOut = false;
  const contingency = clauses.findIndex((c) => CONTINGENCY.test(c));
  const scoped = contingency === -1 ? clauses : clauses.slice(0, contingency);
  for (let i = 0; i < scoped.length; i++) {
    const c = scoped[i] ?? "";
    if (READY.test(c) || NOTIFY_IF.test(c) && !mentionsScope(c)) {
      notifyDone ||= NOTIFY_DONE.test(c);
      continue;
    }
    const conditional = CONDITION.test(c);
    if (conditional && LATER_TASK.test(c) && !mentionsScope(c)) {
      if (AFTER_TASK.test(c)) continue;
      const next = scoped[i + 1];
      if (next !== void 0 && AFTER_TASK.test(next) && !mentionsScope(next)) {
        i++;
        continue;
      }
    }
    if (laterDecision(c, excluded)) {
      narrowed = true;
      continue;
    }
    const then = scoped[i + 1];
    if (then !== void 0 && conditional && laterDecision(`${c} ${then}`, excluded)) {
      narrowed = true;
      i++;
      continue;
    }
    if (DEADLINE.test(c) && !mentionsScope(c)) {
      kept.push(c.replace(/\s+before\b.*$/i, ""));
      continue;
    }
    if (COUNTERFACTUAL.test(c)) continue;
    const deferred = DEFERRAL.test(c);
    if (deferred && (NOT_A_REFUSAL.test(c) || !mentionsScope(c) && (LATER_CHORE.test(c) && !conditional || OTHER_WORK_LATER.test(c) || LATER_WORK.test(c) || asideLater(c))))
      continue;
    if (scopeOut && deferred && !mentionsScope(c) && PRONOUN.test(c) && !WHOLE_CHANGE.test(c)) continue;
    scopeOut = false;
    const hedged = HEDGE.test(c);
    if (hedged && hedgesDestructive(c) && exclude(c, excluded)) {
      narrowed = scopeOut = true;
      continue;
    }
    const keeps = keepsOut(c);
    if (keeps && leadingCondition(scoped, i, approvedBefore)) return reading("condition");
    if ((SELF_HANDLED.test(c) || keeps || SCOPE_HELD.test(c) || i > 0 && ENV_REFUSED.test(c)) && exclude(c, excluded)) {
      narrowed = true;
      continue;
    }
    const trigger = deferred || hedged ? DEFERRAL : conditional ? CONDITION : null;
    if (trigger === null) {
      kept.push(c.replace(ANYWAY_LEAD, ""));
      continue;
    }
    const kind = trigger === DEFERRAL ? "deferral" : "condition";
    const stays = hedged ? null : localVeto(c, trigger, excluded);
    const topic = kept.length === 1 && SCOPE_ONLY.test(kept[0] ?? "") ? kept[0] : void 0;
    if (stays !== null) {
      if (stays) kept.push(stays);
    } else if (topic !== void 0 && !hedged) {
      exclude(topic, excluded);
      kept.pop();
    } else return reading(kind);
    narrowed = true;
    vetoed ??= kind;
  }
  if (kept.length === 0) return reading("aside", [], vetoed ?? "statement");
  if (contingency !== -1 && kept.length === 0) return reading("aside", []);
  if (kept.some(
    (c) => (DIFFERENT_PLAN.test(c) && DIFFERENT_PLAN.test(unasked(c)) || PARTIAL.test(c) && !mentionsScope(c) && !DROPS.test(c) || PART_CHOSEN.test(c)) && !NOT_A_REFUSAL.test(c)
  ))
    return reading("different-plan");
  const modifies = kept.some((c) => MODIFY.test(c) && !DROPS_DATA.test(c));
  const joined = kept.join(", ");
  if (CONTINUATION.test(joined)) return reading("continuation", kept);
  if (kept.some(
    (c) => INFO_REQUEST.test(c) || /^go\s+ahead\s+and\s+(?:explain|show|describe|tell|list|summari[sz]e|plan|review|check|investigate|look|write|draft|prepare)\b/i.test(
      c
    )
  ))
    return { ...reading("request", kept), modifies };
  const praise = kept.some((c) => PRAISE.test(c));
  const go = kept.some((c) => GO.test(c) && !NEGATED_ANSWER.test(c));
  const approves = options.pending ? kept.some(approving) || envListAnswer(kept, excluded) || kept.some((c) => BARE_OK.test(c)) && (narrowed || notifyDone || kept.some((c) => OK_RESTRICTED.test(c))) : kept.some((c) => EXPLICIT_APPROVAL.test(c) || EXPLICIT_OTHER.test(c));
  const bareDestroy = approves && options.pending && (kept.some(nextStepTask) || kept.some(newTask) && !kept.some((c) => !newTask(c) && approving(c)));
  if (bareDestroy) return { ...reading("request", kept), modifies };
  if (approves) return { kind: "approval", clauses: kept, praise, go, modifies, scopeAsked };
  if (praise || go) return { kind: "statement", clauses: kept, praise, go, modifies };
  if (REQUEST_VERB.test(kept[0] ?? t)) return { ...reading("request", kept), modifies };
  return { ...reading("statement", kept), modifies };
}
var PATTERNS = [
  SHORT_FORMS,
  SLIPS,
  QUESTION_START,
  QUESTION_OTHER,
  DECORATION,
  NON_PROD,
  CONDITION,
  DEFERRAL,
  PRECONDITION_PHRASE,
  FIRST_VERB,
  REPORTED,
  DIFFERENT_PLAN,
  MODIFY,
  NEGATION,
  POST_NEGATION,
  REFUSAL,
  REFUSAL_OTHER,
  NOT_A_REFUSAL,
  CONTINUATION,
  ATTRIBUTION,
  READY,
  CONTINGENCY,
  RESTRICTS,
  OK_RESTRICTED,
  NEGATED_ANSWER,
  PRAISE,
  GO,
  AFFIRMATIVE,
  DESTROY,
  DELETE,
  FORCE_PUSH,
  ENV_WORDS,
  INFO_REQUEST,
  OTHERS,
  PAST,
  REQUEST_VERB,
  HEDGE,
  IRONY,
  TONE,
  ENV_ANSWER,
  LOG_LINE,
  FENCE,
  INDENTED
];
var WARM_SUBJECT = "#".repeat(1e3);
var compiled = false;
function compilePatterns() {
  if (compiled) return;
  compiled = true;
  for (const pattern of PATTERNS) {
    pattern.test(WARM_SUBJECT);
    pattern.lastIndex = 0;
  }
}
var BARE_NO = /^(?:no|nope|nah|nein|non|n[ãa]o)$/i;
var BARE_NOT_NOW = /^(?:(?:no|nope|nah)[,\s]+)?(?:not\s+(?:today|yet|now|this\s+(?:time|week|sprint))|later|tomorrow|next\s+week)$/i;
var OTHER_ENV = `(?:${NON_PRODUCTION_WORDS})`;
var OTHER_ENV_ONLY = rx(
  String.raw`\b${OTHER_ENV}(?:\s+(?:env(?:ironment)?s?|stack|cluster|account|one))?\s+only\b|\bonly\s+(?:(?:in|on|to|for)\s+)?(?:the\s+)?${OTHER_ENV}\b|\bjust\s+(?:(?:in|on|to|for)\s+)?(?:the\s+)?${OTHER_ENV}(?:\s+(?:env(?:ironment)?s?|stack|cluster|account))?\s*$`
);
var UNKNOWN_TARGET = rx(
  String.raw`\b(?:on|in|to|into|onto|for|against)\s+the\s+(?!(?:dev|staging|prod|${NON_PRODUCTION_WORDS}|same|right|current|existing|whole|entire|target|k8s|eks|gke|aks|kubernetes|aws|gcp|azure)(?![\w-]))[a-z][\w-]*\s+(?:cluster|account|subscription|tenant)\b`
);
var ENV_TOLD = rx(
  String.raw`^(?:(?:and|so|but|since|because|as)\s+)?(?:the\s+)?${ANY_ENV}(?:\s+[\w-]+)?\s+(?:looked|looks|was|were|went|worked|passed|ran|succeeded|held\s+up|has\s+been|had\s+been|came\s+up|behaved|seemed|seems|is\s+(?:green|healthy|stable|happy|done))\b`
);
var ANYWAY = /\b(?:anyway|anyways|regardless|either\s+way|in\s+any\s+case|all\s+the\s+same)\b/i;
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
var WHY_IRONY = "not an approval: the prompt reads as sarcasm or irony; do not run state-changing commands, ask the user plainly whether to proceed";
var WHY_PRAISE = "not an approval: praise without a presented plan approves nothing; present the plan, end with PLAN_STATUS: PENDING_APPROVAL and ask";
var WHY_OTHER_EXCLUDED = "not an approval: the prompt excludes an environment a grant cannot name (qa, uat, sandbox \u2026); approve the environments it covers by name (dev, staging, prod)";
var NON_PRODUCTION = ["dev", "staging"];
function otherEnvironments(readings) {
  let found = "absent";
  for (const r of readings)
    for (const clause of r.clauses) {
      const m = mention(clause, NAMED_NON_PRODUCTION);
      if (m === "negated") return m;
      if (m === "positive") found = m;
    }
  return found;
}
function refusesEveryEnvironment(readings, excluded) {
  const refused = new Set(excluded.environments);
  for (const r of readings)
    for (const clause of r.clauses)
      for (const { env, pattern } of ENVIRONMENTS) if (mention(clause, pattern) === "negated") refused.add(env);
  return refused.size === ALL_ENVS.length;
}
var empty = (text) => ({
  text,
  affirmed: false,
  destroy: false,
  delete: false,
  forcePush: false,
  environments: []
});
var REMOVE_THAT = /^(?:(?:then|so|just|please|pls)\s+)*(?:remove|delete|drop|destroy|strip|get\s+rid\s+of|take\s+out|rip\s+out|kill)\s+(?:it|that|this|them|those)(?:\s+(?:please|pls|out|off))?$/i;
function readPrompt(text, options) {
  const source = typeof text === "string" ? text : "";
  if (source.length > MAX_TEXT)
    return {
      kind: "statement",
      scope: empty(source),
      why: `not an approval: the prompt is longer than ${MAX_TEXT} characters; approve in a short prompt of its own`
    };
  compilePatterns();
  const rest = setAsideData(normalize(source, options.productionNames));
  const parts = sentences(rest);
  if (parts.length === 0) return { kind: "empty", scope: empty(source), why: WHY.empty };
  const excluded = { destroy: false, delete: false, forcePush: false, environments: /* @__PURE__ */ new Set() };
  const readings = [];
  let laterList = false;
  for (const s of parts) {
    const previous = readings[readings.length - 1];
    if (laterList && /^[-*•]\s/.test(s.text)) {
      readings.push({ kind: "aside", clauses: [], praise: false, go: false, modifies: false });
      continue;
    }
    laterList = /:$/.test(s.text) && LATER_WORK.test(s.text) && !mentionsScope(s.text);
    if (options.pending && previous?.kind === "statement" && previous.clauses.length === 1 && BARE_OK.test(previous.clauses[0] ?? "") && NOTIFY_DONE.test(s.text)) {
      previous.kind = "approval";
      readings.push({ kind: "aside", clauses: [], praise: false, go: false, modifies: false });
      continue;
    }
    if (previous?.kind === "aside" && previous.fallback === "question" && (BARE_NO.test(s.text) || BARE_NOT_NOW.test(s.text)) || previous?.scopeAsked && IF_SO_HOLD.test(s.text)) {
      readings.push({ kind: "aside", clauses: [], praise: false, go: false, modifies: false, answersQuote: previous?.quotedAsk });
      continue;
    }
    const prior = parts[readings.length - 1];
    if (previous?.kind === "question" && prior && mentionsScope(prior.text) && BARE_NO.test(s.clauses[0] ?? "")) {
      const rest2 = s.clauses.slice(1);
      if (rest2.length === 0 || sideAnswer(rest2[0])) {
        previous.kind = "aside";
        previous.fallback = "refusal";
        exclude(prior.text, excluded);
        if (rest2.length === 0) {
          readings.push({ kind: "aside", clauses: [], praise: false, go: false, modifies: false, fallback: "refusal" });
          continue;
        }
      }
    }
    if ((previous?.kind === "question" || previous?.fallback === "question") && REMOVE_THAT.test(s.clauses[0] ?? "")) {
      readings.push({ kind: "different-plan", clauses: [], praise: false, go: false, modifies: true });
      continue;
    }
    readings.push(
      readSentence(
        s,
        options,
        excluded,
        readings.some((r) => r.kind === "approval")
      )
    );
  }
  const asked = readings.map((r) => r.kind).lastIndexOf("question");
  if (asked !== -1 && readings.slice(asked + 1).some((r) => r.kind === "approval" && r.clauses.some((c) => ANYWAY.test(c)))) {
    for (const r of readings) if (r.kind === "question") r.kind = "aside";
  }
  const kinds = readings.map((r) => r.kind);
  const pick = (kind, why = WHY[kind]) => ({ kind, scope: empty(source), why });
  const quoteAnswered = readings.some((r) => r.answersQuote);
  if (quoteAnswered && !kinds.includes("approval")) return pick("refusal");
  if (kinds.includes("refusal")) return pick("refusal");
  if (!kinds.includes("approval") && readings.some((r) => r.fallback === "refusal")) return pick("refusal");
  if (RELAYED.test(rest)) return pick("reported");
  if (ironicAnywhere(rest)) return pick("statement", WHY_IRONY);
  const undecided = UNDECIDED.find((k) => kinds.includes(k));
  if (undecided) return pick(undecided);
  const counted = kinds.filter((k) => k !== "aside");
  if (counted.length === 0) return pick(readings.find((r) => r.fallback)?.fallback ?? "statement");
  if (counted.every((k) => k === "continuation")) return pick("continuation");
  const praised = !options.pending && readings.some((r) => r.praise) && readings.some((r) => r.go);
  if (!kinds.includes("approval") && !praised) {
    if (ENVIRONMENTS.every((e) => e.pattern.test(rest)) && refusesEveryEnvironment(readings, excluded)) return pick("refusal");
    if (!options.pending && readings.some((r) => r.praise)) return pick("statement", WHY_PRAISE);
    return pick(kinds.includes("request") ? "request" : "statement");
  }
  if (readings.some((r) => r.modifies)) return pick("different-plan");
  let destroy = false;
  let destroyNegated = excluded.destroy || quoteAnswered;
  let del = false;
  let deleteNegated = excluded.delete || quoteAnswered;
  let forcePush = false;
  let forceNegated = excluded.forcePush || quoteAnswered;
  const named = /* @__PURE__ */ new Set();
  const namedElsewhere = /* @__PURE__ */ new Set();
  const envExcluded = new Set(excluded.environments);
  for (const r of readings) {
    const widens = r.kind === "approval" || r.kind === "request";
    let previous = "";
    for (const clause of r.clauses) {
      if (RESTRICTS.test(clause) && !mentionsScope(clause)) {
        destroyNegated ||= DESTROY.test(previous);
        deleteNegated ||= DELETE.test(previous);
        forceNegated ||= FORCE_PUSH.test(previous);
      }
      previous = clause;
      const drops = mention(clause, DROPS, true);
      const d = strongest(mention(clause, DESTROY, true), strongest(mention(clause, REPLACES, true), drops));
      if (d === "positive") destroy ||= widens;
      else if (d === "negated") destroyNegated = true;
      const x = strongest(mention(clause, DELETE, true), drops);
      if (x === "positive") del ||= widens;
      else if (x === "negated") deleteNegated = true;
      const f = mention(clause, FORCE_PUSH, true);
      if (f === "positive") forcePush ||= widens;
      else if (f === "negated") forceNegated = true;
      for (const { env, pattern } of ENVIRONMENTS) {
        const m = mention(clause, pattern);
        if (m === "positive") (widens && !ENV_TOLD.test(clause) ? named : namedElsewhere).add(env);
        else if (m === "negated") envExcluded.add(env);
      }
    }
  }
  const other = otherEnvironments(readings);
  if (other === "negated") return pick("statement", WHY_OTHER_EXCLUDED);
  if (other === "positive" && named.size === 0) for (const env of NON_PRODUCTION) named.add(env);
  if (named.size === 0) for (const env of namedElsewhere) named.add(env);
  for (const env of envExcluded) named.delete(env);
  let environments = [...named];
  if (environments.length === 0 && envExcluded.size > 0) environments = ALL_ENVS.filter((e) => !envExcluded.has(e));
  if (environments.length === 0 && envExcluded.size === 0 && OTHER_ENV_ONLY.test(rest)) return pick("statement");
  if (environments.length === 0 && UNKNOWN_TARGET.test(rest)) return pick("statement");
  if (environments.length === 0 && envExcluded.size === ALL_ENVS.length) return pick("statement");
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
