import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/shell/analyze.js';
import {
  CONTEXT,
  DATA,
  ERRORS,
  EXPANSIONS,
  HEREDOC_LINE,
  INTERPRETERS,
  LISTS,
  MORE_WRAPPERS,
  NORMALISATION,
  WRAPPERS,
  type Case,
} from './cases.js';

function table(title: string, cases: Case[]): void {
  describe(title, () => {
    it.each(cases.map((c) => [JSON.stringify(c.cmd), c] as const))('%s', async (_, c) => {
      const analysis = await analyze(c.cmd);
      expect(analysis.commands.map((command) => command.argv)).toEqual(c.argv);
      if (c.via) expect(analysis.commands.map((command) => command.via)).toEqual(c.via);
      if (c.unreadable) expect(analysis.unreadable.length).toBeGreaterThan(0);
      else expect(analysis.unreadable).toEqual([]);
      expect(analysis.boundHit).toBe(false);
      c.check?.(analysis);
    });
  });
}

table('lists, pipelines, substitutions, loops and functions', LISTS);
table('wrappers', WRAPPERS);
table('interpreters', INTERPRETERS);
table('more wrappers: trap, su, flock, secret runners, perl/ruby', MORE_WRAPPERS);
table('arrays, parameter operators, printf -v, read', EXPANSIONS);
table('normalisation', NORMALISATION);
table('data stays data', DATA);
table('context fields', CONTEXT);
table('the rest of a heredoc line', HEREDOC_LINE);
table('syntax errors', ERRORS);

describe('options', () => {
  it('merges caller aliases over the built-ins', async () => {
    const analysis = await analyze('tg run-all destroy; tf plan', { aliases: { tg: 'terragrunt' } });
    expect(analysis.commands.map((c) => c.argv)).toEqual([
      ['terragrunt', 'run-all', 'destroy'],
      ['terraform', 'plan'],
    ]);
  });
  it('lets a caller alias replace a built-in', async () => {
    const analysis = await analyze('k get pods', { aliases: { k: 'kubectl --context prod' } });
    expect(analysis.commands[0].argv).toEqual(['kubectl', '--context', 'prod', 'get', 'pods']);
  });
});
