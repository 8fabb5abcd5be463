import { describe, expect, it } from 'vitest';
import { checkStatus } from '../../src/status/parse.js';
import { runCli } from '../support/cli.js';

describe('execguard demo', () => {
  it('runs every section in a temporary workspace and ends with a rolled-back failure', async () => {
    const { code, stdout: out } = await runCli(['demo'], { cwd: process.cwd(), env: process.env });
    expect(out).toContain('Demo complete.');
    expect(code).toBe(0);
    expect(out).toMatch(/^execution +User approved\. Execute the plan\./m);
    expect(out).toContain('4 valid skill(s)');
    expect(out).toMatch(/valid-status\.md: valid AGENT_STATUS: COMPLETE/);
    expect(out).toMatch(/invalid-status\.md:2: PLAN_STATUS: 'DONE' is not a plan status/);
    expect(out).toContain('3 problem(s) in the AGENT_STATUS block');
    expect(out).toMatch(/⛔ deny .*terraform destroy -auto-approve/);
    expect(out).toMatch(/⛔ deny .*kubectl delete deployment web -n prod/);
    expect(out).toMatch(/⛔ deny .*git push --force origin main/);
    expect(out).toMatch(/⛔ deny .*Authorization: Bearer/);
    expect(out).toMatch(/✅ allow \(approved\) +terraform apply tfplan/);
    expect(out).toContain('## Execution Complete ✅');
    expect(out).toContain('## Execution Failed ❌');
    expect(out).toMatch(/revert: feat\(infra\): add a cache and a database/);
    // The narration follows the report it narrates: the blocked rollback pushed nothing, and says so.
    expect(out).not.toContain('reverted and pushed');
    expect(out).toMatch(/The report says: nothing changed by this rollback run: nothing pushed, nothing applied/);
    // Guard reasons are shown whole (a first sentence), never cut mid-word.
    const reasons = [...out.matchAll(/^ {11}(\S.*)$/gm)].map((m) => m[1]);
    expect(reasons.length).toBe(5);
    for (const reason of reasons) expect(reason).toMatch(/[.)]$/);
    // Every report the demo printed ends in a valid AGENT_STATUS block.
    const reports = out
      .split(/(?=## Execution (?:Complete|Failed))/)
      .slice(1)
      .map((r) => r.slice(0, r.indexOf('<!-- /AGENT_STATUS -->') + 22));
    expect(reports.length).toBe(4);
    for (const r of reports) expect(checkStatus(r, { required: true }).errors).toEqual([]);
  });

  it('inside an agent session skips the sections that approve their own plans, and says why', async () => {
    const { code, stdout: out } = await runCli(['demo'], { cwd: process.cwd(), env: { ...process.env, CLAUDECODE: '1' } });
    expect(code).toBe(0);
    expect(out).toContain('Demo complete.');
    expect(out.match(/\(skipped: inside an agent session the approval must come from the user, not from --approval\)/g)).toHaveLength(2);
    expect(out).not.toContain('## Execution Complete ✅');
  });
});
