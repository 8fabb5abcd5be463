import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  _default,
  _minLength,
  _regex,
  array,
  boolean,
  number,
  record,
  strictObject,
  string,
  union
} from "./chunk-P37WMGKB.mjs";

// src/exec/kinds/kind.ts
import { isAbsolute } from "node:path";
var executorKind = (kind) => kind;
var inWorkdir = (workdir, file) => isAbsolute(file) || workdir === "." ? file : `${workdir}/${file}`;

// src/exec/kinds/schema-parts.ts
var nonEmpty = () => string().check(_minLength(1));
var relPath = nonEmpty();
var duration = string().check(_regex(/^\d+(ms|s|m|h)$/, "a duration such as 30s, 5m or 1h"));

// src/exec/kinds/terraform-like.ts
var scalarVar = union([string(), number(), boolean()]);
var terraformLikeSection = strictObject({
  vars: _default(record(string(), scalarVar), {}),
  varFiles: _default(array(relPath), []),
  workspace: _default(string().check(_regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, "_" and "-"')), "default"),
  // `terraform init` options: a real backend needs its settings, a provider bump needs -upgrade.
  init: _default(
    strictObject({
      backendConfig: _default(array(nonEmpty()), []),
      upgrade: _default(boolean(), false),
      reconfigure: _default(boolean(), false)
    }),
    { backendConfig: [], upgrade: false, reconfigure: false }
  )
});
function terraformLikeKind(tool, about) {
  return executorKind({
    ...about,
    section: terraformLikeSection,
    environmentNames: (s) => [...s.varFiles, s.workspace === "default" ? "" : s.workspace],
    paths: (s, workdir) => s.varFiles.map((f, i) => ({ key: [tool, "varFiles", i], path: inWorkdir(workdir, f), input: true })),
    commands(s, at) {
      const vars = [...s.varFiles.map((f) => `-var-file=${f}`), ...Object.entries(s.vars).map(([k, v]) => `-var=${k}=${String(v)}`)];
      return [
        at(`${tool} apply <the saved plan shown above>${s.workspace !== "default" ? ` (workspace ${s.workspace})` : ""}`),
        ...vars.length ? [at(`  planned with ${vars.join(" ")}`)] : []
      ];
    },
    rollbackPath(summary) {
      const replaced = new Set(summary.create.filter((a) => summary.destroy.includes(a)));
      const created = summary.create.filter((a) => !replaced.has(a));
      const parts = [
        ...created.length ? [`destroy ${created.join(", ")}`] : [],
        ...replaced.size ? [`replace (destroy and create again) ${[...replaced].join(", ")}`] : []
      ];
      return parts.length ? `execguard rollback re-applies the previous configuration; it would ${parts.join(" and ")}: that needs a destroy approval, checked before anything is reverted` : "execguard rollback re-applies the previous configuration; it destroys nothing";
    },
    target: (s) => s.workspace
  });
}

export {
  executorKind,
  nonEmpty,
  relPath,
  duration,
  terraformLikeSection,
  terraformLikeKind
};
