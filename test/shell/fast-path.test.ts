// The plain fast path must not load tree-sitter. Unit files share their worker's modules
// (isolate: false in vitest.config.ts), so this file imports the shell analysis afresh: its module
// state starts as a new hook process's does.
import { beforeAll, describe, expect, it, vi } from 'vitest';

let analyze: typeof import('../../src/shell/analyze.js').analyze;
let parserRequested: typeof import('../../src/shell/parser.js').parserRequested;

beforeAll(async () => {
  vi.resetModules();
  ({ analyze } = await import('../../src/shell/analyze.js'));
  ({ parserRequested } = await import('../../src/shell/parser.js'));
});

describe('plain fast path', () => {
  it('starts with no parser requested', () => {
    expect(parserRequested()).toBe(false);
  });

  it('analyses plain commands, wrappers included, without loading tree-sitter', async () => {
    for (const command of ['terraform destroy', 'sudo -u root timeout 5m tf destroy', 'eval kubectl delete ns prod', 'bash -c terraform']) {
      const analysis = await analyze(command);
      expect(analysis.commands.length).toBe(1);
    }
    expect(parserRequested()).toBe(false);
  });

  it('loads tree-sitter for the first command that needs it', async () => {
    const analysis = await analyze('echo "$(terraform destroy)"');
    expect(analysis.commands.map((c) => c.argv[0])).toEqual(['terraform', 'echo']);
    expect(parserRequested()).toBe(true);
  });
});
