// The plain fast path must not load tree-sitter: this file runs in its own worker, so the module
// state starts fresh.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/shell/analyze.js';
import { parserRequested } from '../../src/shell/parser.js';

describe('plain fast path', () => {
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
