// Docker / Podman / nerdctl: reads (ps, images, inspect, logs) are T0, pushes and swarm/stack/
// service changes are T3, the rest (build, run, pull, local containers) is local work (T1).
// Credentials given to `login -p` are the secret rule's; containers that run terraform are read
// by the shell analysis (`docker run hashicorp/terraform …`).
import type { Tier } from '../types.js';
import { parseArgv, set } from './grammar.js';
import type { ToolModule } from './types.js';

const VALUED = set('-H --host -c --context --config -l --log-level --tlscacert --tlscert --tlskey --connection --url --identity');

const READS = new Set([
  'ps',
  'images',
  'inspect',
  'logs',
  'version',
  'info',
  'stats',
  'top',
  'history',
  'ls',
  'events',
  'port',
  'diff',
  'search',
]);

function tier(argv: string[]): Tier {
  const words = parseArgv(argv, VALUED).words;
  const sub = ['image', 'container', 'buildx', 'volume', 'network'].includes(words[0]) ? words[1] : words[0];
  if (!sub) return 'T0';
  if (READS.has(sub)) return 'T0';
  if (sub === 'push' || argv.includes('--push')) return 'T3';
  if (words[0] === 'stack' || words[0] === 'service' || words[0] === 'swarm' || (words[0] === 'context' && words[1] === 'use')) return 'T3';
  return 'T1';
}

export const docker: ToolModule = { id: 'docker', programs: ['docker', 'podman', 'nerdctl'], env: ['DOCKER_HOST', 'DOCKER_CONTEXT'], tier };
