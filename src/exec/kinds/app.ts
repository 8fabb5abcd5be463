// operation: app — test, build, commit and push an application change, optionally merge its PR.
import { int, optional, positive, strictObject } from 'zod/mini';
import { executorKind } from './kind.js';
import { nonEmpty } from './schema-parts.js';

export const appKind = executorKind({
  summary: 'test, build, commit and push an application change, optionally merge its PR',
  section: strictObject({
    test: optional(nonEmpty()),
    build: optional(nonEmpty()),
    pr: optional(int().check(positive())),
  }),
  template: {
    workdir: '.',
    files: ['src/index.js'],
    message: 'fix(app): handle the empty input',
    body: `app:                            # every field is optional
  test: npm test
  build: npm run build
  # pr: 42                      # merge this pull request with gh after the push
verify: []
`,
  },
  environmentNames: () => [],
  paths: () => [],
  commands: (s, at) => [...(s.test ? [at(s.test)] : []), ...(s.build ? [at(s.build)] : []), ...(s.pr ? [`gh pr merge ${s.pr}`] : [])],
  rollbackPath: () => "the app executor's rollback (execguard rollback RUN_ID)",
  target: () => undefined,
  load: async () => (await import('../operations/app.js')).appOperation,
});
