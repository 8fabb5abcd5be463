import { allow, block, table } from './tool-table.js';

const G = 'approval-gate';

table('tools: docker', [
  block('docker push registry.example.com/api:1.2', G, null),
  block('podman push quay.io/acme/api:1.2', G, null),
  block('docker buildx build --push -t acme/api:1 .', G, null),
  block('docker service update --image acme/api:2 api', G, null),
  block('docker --context prod stack deploy -c stack.yml app', G, null),
  allow('docker push registry.example.com/api:1.2'),
  allow('docker ps -a', null),
  allow('docker image ls', null),
  allow('docker logs api', null),
  allow('docker build -t api .', null),
  allow('docker -H ssh://build ps', null),
  allow('docker login --password-stdin -u me < token.txt', null),
]);
