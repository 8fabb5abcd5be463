import { describe, expect, it } from 'vitest';
import { classify } from '../../src/exec/run/error-table.js';

const c = (stderr: string, exitCode = 1, stdout = '') => classify({ exitCode, stdout, stderr }).errorClass;

describe('error classification table', () => {
  it.each([
    [' ! [rejected]        main -> main (non-fast-forward)', 'StateConflict'],
    ['hint: Updates were rejected because the remote contains work that you do not have locally', 'StateConflict'],
    ['Error: Saved plan is stale', 'StateConflict'],
    ['Error: Error acquiring the state lock', 'StateConflict'],
    ['Error from server (Conflict): the object has been modified; please apply your changes to the latest version', 'StateConflict'],
    ['open /var/state/terraform.tfstate: permission denied', 'Permission'],
    ['mkdir /sys/x: EROFS: read-only file system', 'Permission'],
    ['remote: Permission to acme/infra.git denied to deploy-bot.', 'Permission'],
    ['Error from server (Forbidden): deployments.apps is forbidden: User "ci" cannot patch', 'Permission'],
    ["fatal: could not read Username for 'https://github.com': terminal prompts disabled", 'Permission'],
    ['read tcp 10.0.0.1:443: connection reset by peer', 'Transient'],
    ['dial tcp 10.0.0.1:6443: i/o timeout', 'Transient'],
    ['Unable to connect to the server: net/http: TLS handshake timeout', 'Transient'],
    ['Error: 503 Service Unavailable', 'Transient'],
    ['fatal: unable to access: Could not resolve host: github.com', 'Transient'],
    ['Error: Unsupported argument', 'Validation'],
    ['Error: Invalid reference', 'Validation'],
  ])('%s -> %s', (stderr, expected) => {
    expect(c(stderr)).toBe(expected);
  });

  it('uses exit codes when the output says nothing', () => {
    expect(c('', 126)).toBe('Permission');
    expect(c('', 124)).toBe('Transient');
    expect(c('', 127)).toBe('Validation');
    expect(c('', 1)).toBe('Validation');
  });

  it('reads stdout too, and a conflict wins over a transient-looking message', () => {
    expect(c('', 1, 'Error: connection refused')).toBe('Transient');
    expect(c('[rejected] main -> main (fetch first)\nconnection timed out')).toBe('StateConflict');
  });
});
