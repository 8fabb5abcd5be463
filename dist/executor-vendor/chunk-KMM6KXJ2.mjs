import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);

// node_modules/@commitlint/types/lib/rules.js
var RuleConfigSeverity;
(function(RuleConfigSeverity2) {
  RuleConfigSeverity2[RuleConfigSeverity2["Disabled"] = 0] = "Disabled";
  RuleConfigSeverity2[RuleConfigSeverity2["Warning"] = 1] = "Warning";
  RuleConfigSeverity2[RuleConfigSeverity2["Error"] = 2] = "Error";
})(RuleConfigSeverity || (RuleConfigSeverity = {}));
var RuleConfigQuality;
(function(RuleConfigQuality2) {
  RuleConfigQuality2[RuleConfigQuality2["User"] = 0] = "User";
  RuleConfigQuality2[RuleConfigQuality2["Qualified"] = 1] = "Qualified";
})(RuleConfigQuality || (RuleConfigQuality = {}));

export {
  RuleConfigSeverity
};
