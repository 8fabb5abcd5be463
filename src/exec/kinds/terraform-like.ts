// terraform and terragrunt share a plan section and everything derived from it; only the tool,
// the summary, the example and the executor differ.
import { _default, array, boolean, number, record, regex, strictObject, string, union } from 'zod/mini';
import type { Operation } from '../types.js';
import { type ExecutorKind, executorKind, inWorkdir } from './kind.js';
import { nonEmpty, relPath } from './schema-parts.js';

const scalarVar = union([string(), number(), boolean()]);

export const terraformLikeSection = strictObject({
  vars: _default(record(string(), scalarVar), {}),
  varFiles: _default(array(relPath), []),
  workspace: _default(string().check(regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, "_" and "-"')), 'default'),
  // `terraform init` options: a real backend needs its settings, a provider bump needs -upgrade.
  init: _default(
    strictObject({
      backendConfig: _default(array(nonEmpty()), []),
      upgrade: _default(boolean(), false),
      reconfigure: _default(boolean(), false),
    }),
    { backendConfig: [], upgrade: false, reconfigure: false },
  ),
});

export function terraformLikeKind(
  tool: 'terraform' | 'terragrunt',
  about: { summary: string; template: ExecutorKind['template']; load: () => Promise<Operation> },
): ExecutorKind<typeof terraformLikeSection> {
  return executorKind({
    ...about,
    section: terraformLikeSection,
    environmentNames: (s) => [...s.varFiles, s.workspace === 'default' ? '' : s.workspace],
    paths: (s, workdir) => s.varFiles.map((f, i) => ({ key: [tool, 'varFiles', i], path: inWorkdir(workdir, f), input: true })),
    commands(s, at) {
      const vars = [...s.varFiles.map((f) => `-var-file=${f}`), ...Object.entries(s.vars).map(([k, v]) => `-var=${k}=${String(v)}`)];
      return [
        at(`${tool} apply <the saved plan shown above>${s.workspace !== 'default' ? ` (workspace ${s.workspace})` : ''}`),
        ...(vars.length ? [at(`  planned with ${vars.join(' ')}`)] : []),
      ];
    },
    rollbackPath(summary) {
      // What a rollback destroys is what this plan creates (a replaced resource is replaced back).
      const replaced = new Set(summary.create.filter((a) => summary.destroy.includes(a)));
      const created = summary.create.filter((a) => !replaced.has(a));
      const parts = [
        ...(created.length ? [`destroy ${created.join(', ')}`] : []),
        ...(replaced.size ? [`replace (destroy and create again) ${[...replaced].join(', ')}`] : []),
      ];
      return parts.length
        ? `execguard rollback re-applies the previous configuration; it would ${parts.join(' and ')}: that needs a destroy approval, checked before anything is reverted`
        : 'execguard rollback re-applies the previous configuration; it destroys nothing';
    },
    target: (s) => s.workspace,
  });
}
