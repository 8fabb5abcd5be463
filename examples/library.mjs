// A hand-written tool loop guarded by execguard, plus the AGENT_STATUS check: runnable without an
// API key (`npm run build:lib && node examples/library.mjs`, or from any project after
// `npm install execguard`). With ANTHROPIC_API_KEY set, runExecutionAgent runs a whole plan.
import { guardToolUse, runExecutionAgent, validateAgentStatus } from 'execguard';

// 1. Before running a tool_use block the model returned, ask the guard. The approval is the
//    user's own words; nothing in the model's input can grant one.
const userApproval = 'User approved. Execute the plan.';
for (const command of ['terraform plan -out=tfplan', 'terraform destroy -auto-approve', 'git push --force origin main']) {
  const block = { type: 'tool_use', id: `toolu_${command.length}`, name: 'bash', input: { command } };
  const verdict = await guardToolUse(block, { cwd: process.cwd(), userApproval });
  console.log(
    verdict.allowed
      ? `run:     ${command}`
      : `refused: ${command}\n         -> tool_result for the model: ${verdict.toolResult.content.slice(0, 100)}…`,
  );
}

// 2. Check a sub-agent's final message before trusting it.
const final = [
  'Applied.',
  '<!-- AGENT_STATUS -->',
  'PLAN_STATUS: COMPLETE',
  'CURRENT_PHASE: Execute',
  'PENDING_STEPS: []',
  'NEXT_ACTION: Report to the user',
  'AGENT_ID: web-deployer',
  '<!-- /AGENT_STATUS -->',
].join('\n');
const check = validateAgentStatus(final, { previous: 'APPROVED_EXECUTING' });
console.log(check.valid ? `status:  ${check.status.planStatus}` : `invalid: ${check.errors.join('; ')}`);

// 3. The whole execution sub-agent, when a key is available.
if (process.env.ANTHROPIC_API_KEY && process.argv[2]) {
  const result = await runExecutionAgent({ plan: process.argv[2], cwd: process.cwd(), userApproval });
  console.log(result.statusBlock);
}
