// operation: gitops — commit and push manifests, then reconcile Flux and wait for it to be ready.
import { _default, optional, strictObject } from 'zod/mini';
import { executorKind } from './kind.js';
import { duration, nonEmpty } from './schema-parts.js';

export const gitopsKind = executorKind({
  summary: 'commit and push manifests, then reconcile Flux and wait for it to be ready',
  section: strictObject({
    kustomization: nonEmpty(),
    helmRelease: optional(nonEmpty()),
    namespace: _default(nonEmpty(), 'flux-system'),
    timeout: _default(duration, '5m'),
  }),
  template: {
    workdir: 'clusters/dev',
    files: ['clusters/dev/apps/podinfo.yaml'],
    message: 'feat(clusters): roll out podinfo to dev',
    body: `gitops:
  kustomization: apps           # the Flux Kustomization to reconcile (required)
  # helmRelease: podinfo        # optional: a HelmRelease to wait for as well
  namespace: flux-system        # default: flux-system
  timeout: 5m                   # default: 5m
verify: []
`,
  },
  environmentNames: (s) => [s.kustomization, s.helmRelease ?? ''],
  paths: () => [],
  commands: (s) => [
    `flux reconcile kustomization ${s.kustomization} -n ${s.namespace}${s.helmRelease ? ` (and helmrelease ${s.helmRelease})` : ''}`,
  ],
  rollbackPath: () => "the gitops executor's rollback (execguard rollback RUN_ID)",
  target: () => undefined,
  load: async () => (await import('../operations/gitops.js')).gitopsOperation,
});
