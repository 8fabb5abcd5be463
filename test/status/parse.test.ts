// AGENT_STATUS: every well-formed block passes, every malformation gets its own precise error
// (line, key, expectation), and the transition table is exactly docs/architecture.md's.
import { describe, expect, it } from 'vitest';
import { checkStatus, checkTransition, formatStatusError, type StatusErrorCode } from '../../src/status/parse.js';
import { renderStatus } from '../../src/status/render.js';
import { PLAN_STATUSES, TRANSITIONS, type PlanStatus } from '../../src/status/schema.js';

interface Fields {
  PLAN_STATUS?: string;
  CURRENT_PHASE?: string;
  PENDING_STEPS?: string;
  NEXT_ACTION?: string;
  AGENT_ID?: string;
}

const DEFAULTS: Required<Fields> = {
  PLAN_STATUS: 'COMPLETE',
  CURRENT_PHASE: 'Execute',
  PENDING_STEPS: '[]',
  NEXT_ACTION: 'Task complete - execution successful',
  AGENT_ID: 'a12345',
};

/** A message: one prose line, a blank line, then the block (so the block's keys are lines 4-8). */
function message(fields: Fields = {}, extra: { omit?: (keyof Fields)[]; after?: string } = {}): string {
  const merged = { ...DEFAULTS, ...fields };
  const keys = (Object.keys(merged) as (keyof Fields)[]).filter((k) => !extra.omit?.includes(k));
  return [
    'Applied the plan.',
    '',
    '<!-- AGENT_STATUS -->',
    ...keys.map((k) => `${k}: ${merged[k]}`),
    '<!-- /AGENT_STATUS -->',
    extra.after ?? '',
  ].join('\n');
}

function onlyError(text: string, options: Parameters<typeof checkStatus>[1] = { required: true }) {
  const check = checkStatus(text, options);
  expect(check.valid).toBe(false);
  expect(check.errors, check.errors.map(formatStatusError).join('\n')).toHaveLength(1);
  return check.errors[0];
}

function expectError(
  text: string,
  code: StatusErrorCode,
  line: number,
  key: string,
  message: RegExp,
  options?: Parameters<typeof checkStatus>[1],
) {
  const error = onlyError(text, options);
  expect(error.code).toBe(code);
  expect(error.line).toBe(line);
  expect(error.key).toBe(key);
  expect(error.message).toMatch(message);
  return error;
}

describe('well-formed blocks', () => {
  const samples: Record<PlanStatus, Fields> = {
    INVESTIGATING: { PLAN_STATUS: 'INVESTIGATING', CURRENT_PHASE: 'Investigation', NEXT_ACTION: 'Read the terraform state' },
    PENDING_APPROVAL: { PLAN_STATUS: 'PENDING_APPROVAL', CURRENT_PHASE: 'Approval', PENDING_STEPS: '["terraform apply tfplan"]' },
    APPROVED_EXECUTING: { PLAN_STATUS: 'APPROVED_EXECUTING', CURRENT_PHASE: 'Execute', PENDING_STEPS: '["Verify"]' },
    COMPLETE: { PLAN_STATUS: 'COMPLETE', CURRENT_PHASE: 'Complete' },
    BLOCKED: { PLAN_STATUS: 'BLOCKED', CURRENT_PHASE: 'Execute', PENDING_STEPS: '["Grant s3:PutObject to the deploy role"]' },
    NEEDS_INPUT: { PLAN_STATUS: 'NEEDS_INPUT', CURRENT_PHASE: 'Planning', PENDING_STEPS: '["Which region?"]' },
  };
  for (const status of PLAN_STATUSES) {
    it(`accepts a ${status} block`, () => {
      const check = checkStatus(message(samples[status]), { required: true });
      expect(check.errors).toEqual([]);
      expect(check.valid).toBe(true);
      expect(check.status?.planStatus).toBe(status);
    });
  }

  it('reads the architecture example exactly', () => {
    const check = checkStatus(message());
    expect(check.status).toEqual({
      planStatus: 'COMPLETE',
      currentPhase: 'Execute',
      pendingSteps: [],
      nextAction: 'Task complete - execution successful',
      agentId: 'a12345',
    });
    expect(check.lines).toEqual({ open: 3, close: 9 });
  });

  it('reads the phase Execution as Execute', () => {
    expect(checkStatus(message({ CURRENT_PHASE: 'Execution' })).status?.currentPhase).toBe('Execute');
  });

  it('accepts CRLF line ends, blank lines inside the block and trailing white space after it', () => {
    const text = `${message({}, { after: '  \n\n' }).replace('CURRENT_PHASE', '\nCURRENT_PHASE')}`.replace(/\n/g, '\r\n');
    expect(checkStatus(text, { required: true }).valid).toBe(true);
  });

  it('lets a message without a block pass when a block is not required', () => {
    expect(checkStatus('Here is what I found.', {})).toEqual({ present: false, valid: true, errors: [] });
  });

  it('does not take an inline mention of the sentinel for a block', () => {
    expect(checkStatus('Agents end with a `<!-- AGENT_STATUS -->` block.', {}).present).toBe(false);
  });

  it('round-trips through renderStatus', () => {
    const status = {
      planStatus: 'BLOCKED' as const,
      currentPhase: 'Verify' as const,
      pendingSteps: ['Fix "quoted" step'],
      nextAction: 'Wait',
      agentId: 'exec_1-a',
    };
    expect(checkStatus(renderStatus(status), { required: true }).status).toEqual(status);
  });

  it('renderStatus refuses to write an invalid block', () => {
    expect(() =>
      renderStatus({ planStatus: 'COMPLETE', currentPhase: 'Execute', pendingSteps: ['x'], nextAction: 'n', agentId: 'a' }),
    ).toThrow(/PENDING_STEPS: PLAN_STATUS is COMPLETE but 1 step\(s\) are pending/);
  });
});

describe('malformations, each with its own message', () => {
  it('no block at all (required)', () => {
    expectError(
      'All done.\nBye.',
      'no-block',
      2,
      'AGENT_STATUS',
      /no AGENT_STATUS block found; expected the message to end with a block from '<!-- AGENT_STATUS -->'/,
    );
  });

  it('missing opening sentinel before the closing one', () => {
    const text = message().replace('<!-- AGENT_STATUS -->\n', '');
    expectError(
      text,
      'missing-open',
      3,
      'AGENT_STATUS',
      /closing sentinel at line 8 has no opening one; expected '<!-- AGENT_STATUS -->' on its own line/,
    );
  });

  it('keys with no sentinels at all', () => {
    const text = message().replace('<!-- AGENT_STATUS -->\n', '').replace('<!-- /AGENT_STATUS -->', '');
    expectError(
      text,
      'missing-open',
      3,
      'AGENT_STATUS',
      /status keys without the block around them; expected '<!-- AGENT_STATUS -->' on the line before and '<!-- \/AGENT_STATUS -->' on the line after/,
    );
  });

  it('opening sentinel after other text on the same line is named in the hint', () => {
    const text = message().replace('\n\n<!-- AGENT_STATUS -->', ' <!-- AGENT_STATUS -->');
    expectError(text, 'missing-open', 2, 'AGENT_STATUS', /closing sentinel at line 7 has no opening one/);
    expect(onlyError(text).message).toMatch(/line 1 mentions it after other text: it must be alone on its line/);
  });

  it('missing closing sentinel', () => {
    const text = message().replace('<!-- /AGENT_STATUS -->', '');
    expectError(
      text,
      'missing-close',
      3,
      'AGENT_STATUS',
      /never closed; expected '<!-- \/AGENT_STATUS -->' on its own line after the AGENT_ID line/,
    );
  });

  it('a sentinel spelled differently', () => {
    const text = message().replace('<!-- AGENT_STATUS -->', '<!--AGENT_STATUS-->');
    expectError(
      text,
      'malformed-sentinel',
      3,
      'AGENT_STATUS',
      /'<!--AGENT_STATUS-->' is not a valid sentinel; expected exactly '<!-- AGENT_STATUS -->'/,
    );
  });

  it('a nested opening sentinel', () => {
    const text = message().replace('CURRENT_PHASE', '<!-- AGENT_STATUS -->\nCURRENT_PHASE');
    expectError(text, 'nested-open', 5, 'AGENT_STATUS', /opening sentinel inside the block opened at line 3; close that block/);
  });

  it('two blocks', () => {
    const block = message().split('\n').slice(2).join('\n');
    const text = `${block}\nMore text.\n${block}`;
    expectError(
      text,
      'two-blocks',
      10,
      'AGENT_STATUS',
      /a second AGENT_STATUS block starts here \(the first is at line 1\); keep exactly one block/,
    );
  });

  it('text after the block', () => {
    expectError(
      message({}, { after: '\nLet me know!' }),
      'text-after-block',
      11,
      'AGENT_STATUS',
      /text after the closing sentinel \('Let me know!'\); nothing but white space may follow/,
    );
  });

  it('a code fence closed after the block', () => {
    expectError(message({}, { after: '```' }), 'text-after-block', 10, 'AGENT_STATUS', /\('```'\)/);
  });

  it('an empty block', () => {
    expectError(
      '<!-- AGENT_STATUS -->\n\n<!-- /AGENT_STATUS -->',
      'empty-block',
      1,
      'AGENT_STATUS',
      /the block has no lines; expected the five keys PLAN_STATUS, CURRENT_PHASE/,
    );
  });

  it('a line without the KEY: value form', () => {
    const text = message().replace('AGENT_ID: a12345', 'AGENT_ID: a12345\nall good');
    expectError(text, 'bad-line', 9, 'AGENT_STATUS', /expected a 'KEY: value' line with KEY one of PLAN_STATUS, .*; got 'all good'/);
  });

  it('a space before the colon', () => {
    expectError(
      message().replace('AGENT_ID:', 'AGENT_ID :'),
      'space-before-colon',
      8,
      'AGENT_ID',
      /no space is allowed between the key and the colon; expected 'AGENT_ID: value'/,
    );
  });

  it('a lower-case key', () => {
    expectError(
      message().replace('PLAN_STATUS', 'plan_status'),
      'lowercase-key',
      4,
      'plan_status',
      /keys are upper-case; expected 'PLAN_STATUS'/,
    );
  });

  it('an unknown key, with a suggestion', () => {
    const text = message().replace('CURRENT_PHASE: Execute', 'CURRENT_PHASE: Execute\nPHASE: Execute');
    expectError(
      text,
      'unknown-key',
      6,
      'PHASE',
      /unknown key; expected only PLAN_STATUS, CURRENT_PHASE, PENDING_STEPS, NEXT_ACTION, AGENT_ID \(did you mean CURRENT_PHASE\?\)/,
    );
  });

  it('a duplicate key', () => {
    const text = message().replace('AGENT_ID: a12345', 'AGENT_ID: a12345\nAGENT_ID: b2');
    expectError(text, 'duplicate-key', 9, 'AGENT_ID', /appears again \(first at line 8\); each key appears exactly once/);
  });

  it('a missing key', () => {
    expectError(
      message({}, { omit: ['NEXT_ACTION'] }),
      'missing-key',
      8,
      'NEXT_ACTION',
      /missing; expected a line 'NEXT_ACTION: …' inside the block/,
    );
  });

  it('an empty PLAN_STATUS', () => {
    expectError(
      message({ PLAN_STATUS: '' }),
      'empty-value',
      4,
      'PLAN_STATUS',
      /empty value; expected one of INVESTIGATING, PENDING_APPROVAL/,
    );
  });

  it('a bad PLAN_STATUS', () => {
    expectError(
      message({ PLAN_STATUS: 'DONE' }),
      'bad-status',
      4,
      'PLAN_STATUS',
      /'DONE' is not a plan status; expected one of INVESTIGATING, PENDING_APPROVAL, APPROVED_EXECUTING, COMPLETE, BLOCKED, NEEDS_INPUT$/,
    );
  });

  it('a PLAN_STATUS in the wrong case gets a hint', () => {
    expect(onlyError(message({ PLAN_STATUS: 'pending approval', PENDING_STEPS: '["x"]' })).message).toMatch(
      /\(did you mean PENDING_APPROVAL\?\)/,
    );
  });

  it('a bad CURRENT_PHASE', () => {
    expectError(
      message({ CURRENT_PHASE: 'Deploy' }),
      'bad-phase',
      5,
      'CURRENT_PHASE',
      /'Deploy' is not a phase; expected one of Investigation, Planning, Approval, Execute, Verify, Complete/,
    );
  });

  it('a CURRENT_PHASE in the wrong case gets a hint', () => {
    expect(onlyError(message({ CURRENT_PHASE: 'verify' })).message).toMatch(/\(did you mean Verify\?\)/);
  });

  it('an empty PENDING_STEPS', () => {
    expectError(
      message({ PENDING_STEPS: '' }),
      'empty-value',
      6,
      'PENDING_STEPS',
      /empty value; expected a JSON array of non-empty strings on this line/,
    );
  });

  it('PENDING_STEPS that is not JSON', () => {
    expectError(
      message({ PENDING_STEPS: '[fix it]' }),
      'steps-not-json',
      6,
      'PENDING_STEPS',
      /'\[fix it\]' is not valid JSON .*expected a JSON array of strings.*\(quote each step with double quotes\)/,
    );
  });

  it('PENDING_STEPS that is JSON but not an array', () => {
    expectError(
      message({ PENDING_STEPS: '"one step"' }),
      'steps-not-array',
      6,
      'PENDING_STEPS',
      /got a string; expected a JSON array of strings/,
    );
  });

  it('PENDING_STEPS containing a non-string', () => {
    expectError(
      message({ PLAN_STATUS: 'BLOCKED', PENDING_STEPS: '["a", 2]' }),
      'steps-not-string',
      6,
      'PENDING_STEPS',
      /item 2 is a number; expected every step to be a string/,
    );
  });

  it('PENDING_STEPS containing an empty string', () => {
    expectError(
      message({ PLAN_STATUS: 'BLOCKED', PENDING_STEPS: '["  "]' }),
      'steps-empty-string',
      6,
      'PENDING_STEPS',
      /item 1 is an empty string; expected every step to say what is pending/,
    );
  });

  it('PENDING_STEPS written as a YAML list', () => {
    const text = message({ PLAN_STATUS: 'BLOCKED', PENDING_STEPS: '["a"]' }).replace(
      'PENDING_STEPS: ["a"]',
      'PENDING_STEPS: ["a"]\n- fix the lock',
    );
    expectError(
      text,
      'steps-as-list',
      7,
      'PENDING_STEPS',
      /list item '- fix the lock' under PENDING_STEPS; expected the steps as one JSON array/,
    );
  });

  it('an empty NEXT_ACTION', () => {
    expectError(message({ NEXT_ACTION: '   ' }), 'next-action-empty', 7, 'NEXT_ACTION', /empty value; expected one non-empty line/);
  });

  it('an empty AGENT_ID', () => {
    expectError(message({ AGENT_ID: '' }), 'agent-id-empty', 8, 'AGENT_ID', /empty value; expected an id of letters, digits, - and _/);
  });

  it('an AGENT_ID with bad characters', () => {
    expectError(
      message({ AGENT_ID: 'agent/1.2' }),
      'agent-id-chars',
      8,
      'AGENT_ID',
      /'agent\/1.2' contains '\/', '\.'; expected only letters, digits, - and _/,
    );
  });

  it('COMPLETE with pending steps', () => {
    expectError(
      message({ PENDING_STEPS: '["verify"]' }),
      'complete-with-pending',
      6,
      'PENDING_STEPS',
      /PLAN_STATUS is COMPLETE but 1 step\(s\) are pending; expected PENDING_STEPS: \[\]/,
    );
  });

  it('BLOCKED without pending steps', () => {
    expectError(
      message({ PLAN_STATUS: 'BLOCKED' }),
      'pending-required',
      6,
      'PENDING_STEPS',
      /PLAN_STATUS is BLOCKED but no step is pending; expected at least one step/,
    );
  });

  it('NEEDS_INPUT without pending steps', () => {
    expectError(
      message({ PLAN_STATUS: 'NEEDS_INPUT' }),
      'pending-required',
      6,
      'PENDING_STEPS',
      /PLAN_STATUS is NEEDS_INPUT but no step is pending/,
    );
  });

  it('an illegal transition', () => {
    expectError(
      message(),
      'illegal-transition',
      4,
      'PLAN_STATUS',
      /PENDING_APPROVAL -> COMPLETE is not allowed; from PENDING_APPROVAL expected one of APPROVED_EXECUTING, INVESTIGATING/,
      {
        required: true,
        previous: 'PENDING_APPROVAL',
      },
    );
  });

  it('a transition out of COMPLETE', () => {
    expectError(
      message({ PLAN_STATUS: 'INVESTIGATING' }),
      'terminal-transition',
      4,
      'PLAN_STATUS',
      /the previous status was COMPLETE, which is terminal; no status may follow it \(got INVESTIGATING\)/,
      {
        required: true,
        previous: 'COMPLETE',
      },
    );
  });

  it('reports every problem of a badly broken block at once, in line order', () => {
    const text = message({ PLAN_STATUS: 'done', PENDING_STEPS: 'none', AGENT_ID: '' }, { after: 'thanks' });
    const check = checkStatus(text, { required: true });
    expect(check.errors.map((e) => `${e.line}:${e.code}`)).toEqual([
      '4:bad-status',
      '6:steps-not-json',
      '8:agent-id-empty',
      '10:text-after-block',
    ]);
  });
});

describe('transitions', () => {
  const allowed: [PlanStatus, PlanStatus[]][] = [
    ['INVESTIGATING', ['PENDING_APPROVAL', 'BLOCKED', 'NEEDS_INPUT', 'COMPLETE']],
    ['PENDING_APPROVAL', ['APPROVED_EXECUTING', 'INVESTIGATING']],
    ['APPROVED_EXECUTING', ['APPROVED_EXECUTING', 'COMPLETE', 'BLOCKED']],
    ['BLOCKED', ['INVESTIGATING', 'PENDING_APPROVAL', 'APPROVED_EXECUTING']],
    ['NEEDS_INPUT', ['INVESTIGATING', 'PENDING_APPROVAL', 'APPROVED_EXECUTING']],
    ['COMPLETE', []],
  ];

  it('the table is the documented one', () => {
    expect(Object.fromEntries(allowed)).toEqual(TRANSITIONS);
  });

  for (const [from, targets] of allowed) {
    for (const to of PLAN_STATUSES) {
      const legal = targets.includes(to);
      it(`${from} -> ${to} is ${legal ? 'allowed' : 'refused'}`, () => {
        const error = checkTransition(from, to);
        if (legal) expect(error).toBeUndefined();
        else expect(error?.code).toBe(from === 'COMPLETE' ? 'terminal-transition' : 'illegal-transition');
      });
    }
  }
});
