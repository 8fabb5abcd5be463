// operation: kubectl — server-side dry run, apply the manifests, wait for the rollouts.
import { _default, array, minLength, optional, regex, strictObject, string } from 'zod/mini';
import { executorKind } from './kind.js';
import { duration, nonEmpty, relPath } from './schema-parts.js';

export const kubectlKind = executorKind({
  summary: 'server-side dry run, apply the manifests, wait for the rollouts',
  section: strictObject({
    manifests: array(relPath).check(minLength(1)),
    namespace: nonEmpty(),
    context: optional(nonEmpty()),
    rollouts: _default(array(string().check(regex(/^[a-z]+\/[A-Za-z0-9._-]+$/, 'kind/name'))), []),
    timeout: _default(duration, '120s'),
  }),
  template: {
    workdir: '.',
    files: ['k8s/web.yaml'],
    message: 'feat(k8s): deploy web to dev',
    body: `kubectl:
  manifests: [k8s/web.yaml]     # required, at least one
  namespace: dev                # required
  context: kind-dev             # optional: the kube context (a production name needs a destroy-level approval to delete)
  rollouts: [deployment/web]    # default: none; each is waited for with \`kubectl rollout status\`
  timeout: 120s                 # default: 120s
verify: []
`,
  },
  environmentNames: (s) => [s.namespace, s.context ?? '', ...s.manifests],
  // Manifests are repository paths (not relative to the workdir).
  paths: (s) => s.manifests.map((m, i) => ({ key: ['kubectl', 'manifests', i], path: m, input: true })),
  commands: (s) => [
    `kubectl apply ${s.manifests.map((m) => `-f ${m}`).join(' ')} -n ${s.namespace}${s.context ? ` --context ${s.context}` : ''}`,
    ...s.rollouts.map((r) => `kubectl rollout status ${r} -n ${s.namespace} --timeout ${s.timeout}`),
  ],
  rollbackPath: () => "the kubectl executor's rollback (execguard rollback RUN_ID)",
  target: (s) => s.context,
  load: async () => (await import('../operations/kubectl.js')).kubectlOperation,
});
