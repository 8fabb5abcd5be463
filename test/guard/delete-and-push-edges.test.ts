// Edges of kubectl-delete-prod and git-force-push that the rule tables left open, found by mutation
// testing (docs/development.md "Mutation testing"): OpenShift's `oc`, `replace --force`, raw API
// paths, selectors, dry runs, targets fed through xargs, strict mode; push options with values,
// combined short flags, configured refspecs, aliases, leases and refspec forms.
// Attack cases are data fed to the guard only: nothing here runs them.
import { allow, block, table } from './table.js';

const K = 'kubectl-delete-prod';
const G = 'git-force-push';
const STRICT = { policy: { mode: 'strict' as const } };

table('kubectl-delete-prod: edges', [
  block('oc delete project payments -n prod', K),
  allow('oc delete deployment web -n dev'),
  block('kubectl replace --force -f app.yaml -n prod', K),
  allow('kubectl replace -f app.yaml -n prod'),
  block('kubectl delete --raw /api/v1/namespaces/prod', K),
  block('kubectl delete --raw /api/v1/namespaces/dev', K),
  block('kubectl delete pods -l env=prod -n dev', K),
  block('kubectl delete pods --field-selector metadata.namespace=prod -n dev', K),
  block('kubectl delete pod web -n dev --dry-run=none', K),
  allow('kubectl delete pod web -n prod --dry-run=server'),
  allow('helm uninstall web -n prod --dry-run'),
  allow('helm status web -n prod'),
  block('kubectl get ns -o name | grep prod | xargs kubectl delete', K),
  allow('kubectl get ns -o name | grep dev | xargs kubectl delete'),
  block('kubectl get ns -o name | grep dev | xargs kubectl delete', K, undefined, STRICT),
  allow('kubectl delete pod $POD -n dev'),
  allow('kubectl delete namespace staging'),
  allow('kubectl delete namespace staging', undefined, STRICT),
  allow('kubectl delete pod web'),
  block('kubectl delete pod web', K, undefined, STRICT),
  allow('kubectl delete pod web -n "$NS"'),
  block('kubectl delete pod web -n "$NS"', K, undefined, STRICT),
  block('oc replace --force -f app.yaml -n prod', K),
  allow('kubectl replace --force -f app.yaml -n dev'),
  block('kubectl delete pod web -n prod --dry-run', K),
  allow('kubectl delete pod web -n prod --dry-run=CLIENT'),
  // Targets fed from elsewhere (xargs, a here-string, a loop variable) are read where they come from.
  block('kubectl get pods -n prod -o name | xargs kubectl delete -n dev', K),
  allow('kubectl get pods -n dev -o name | xargs kubectl delete -n dev'),
  block("xargs kubectl delete namespace <<< 'prod'", K),
  allow("xargs kubectl delete namespace <<< 'dev'"),
  block('for p in $(kubectl get pods -n prod -o name); do kubectl delete $p -n dev; done', K),
  allow('for p in $(kubectl get pods -n dev -o name); do kubectl delete $p -n dev; done'),
]);

table('git-force-push: edges', [
  block('git push --mirror origin', G),
  block('git push --tags --force origin', G),
  block('git push -o ci.skip origin +main', G),
  block('git push -fu origin feature', G),
  block('git push -uf origin feature', G),
  allow('git push -u origin feature'),
  allow('git push --no-force origin main'),
  block('git -c remote.origin.push=+refs/heads/main:refs/heads/main push origin', G),
  block('git -c remote.origin.mirror=true push origin', G),
  block('git config alias.p "push --force" && git p origin main', G),
  allow('git config alias.p && git p origin main'),
  block('git push origin HEAD:refs/tags/v1 --force', G),
  allow('git push --force-with-lease origin feature'),
  block('git push --force-with-lease origin main', G),
  block('git push --force-with-lease=main:abc origin main', G),
  block('git push origin -- +main', G),
  allow('git push origin --delete feature'),
  allow('git push origin :feature'),
  block('git push origin +HEAD:feature', G),
  block('git push origin +refs/tags/v1', G),
  // A lease is an ordinary push only to named, unprotected branches.
  block('git push --force-with-lease --all origin', G),
  block('git push --force-with-lease --branches origin', G),
  block('git push --force-with-lease --tags origin', G),
  allow('git push --force-with-lease --all --no-all origin feature'),
  block('git push --force-with-lease origin', G),
  block('git push --force-with-lease origin HEAD', G),
  block('git push --force-with-lease origin @', G),
  block("git push --force-with-lease origin 'refs/heads/*:refs/heads/*'", G),
  block('git push --force-with-lease origin HEAD:refs/tags/v1', G),
  allow('git push --force-with-lease origin feature:refs/heads/feature-2'),
  block('git push --force-with-lease origin release/1.2', G),
  allow('git push --force-with-lease origin releases'),
  block('git push --force-w origin main', G),
  // Options that take a value: the value is not a remote or a refspec.
  block('git push --force-with-lease --push-option ci.skip origin', G),
  allow('git push --force-with-lease --push-option=ci.skip origin feature'),
  block('git push --force-with-lease -o ci.skip origin', G),
  allow('git push --force-with-lease -oci.skip origin feature'),
  // Option names: unambiguous prefixes count, an ambiguous one makes git refuse, the last of
  // --force / --no-force wins.
  allow('git push --forc origin main'),
  allow('git push --force --no-force origin main'),
  block('git push --no-force --force origin main', G),
  block('git push origin --delete +main', G),
  block('git push -d origin main', G),
  block('git config --global alias.p "push --force" && git p origin main', G),
]);
