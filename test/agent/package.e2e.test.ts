// The npm package as a user gets it: a fresh `npm pack`, installed offline into an empty folder
// (the package has no runtime dependencies: lib/ and dist/ are bundles), then `import('execguard')`,
// `tsc` on a consumer file, and the execution agent against a loopback Messages API.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { startMessagesServer, statusBlock, text, toolResults, toolUse, turn, type MessagesServer } from './support/messages-server.js';

const checkout = join(import.meta.dirname, '..', '..');
const tsc = join(checkout, 'node_modules', '.bin', 'tsc');

const DOCUMENTED = [
  'decide',
  'decideCommand',
  'ExecguardInputError',
  'guardToolUse',
  'parseAgentStatus',
  'runExecutionAgent',
  'validateAgentStatus',
  'loadRegistry',
  'buildRegistry',
  'matchSkills',
  'DEFAULT_POLICY',
  'parseApproval',
];

describe('the npm package, installed offline into an empty folder', () => {
  const root = tempDir('execguard-pack-');
  const app = join(root, 'app');
  let api: MessagesServer;
  const env = {
    ...process.env,
    npm_config_registry: 'http://127.0.0.1:9',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };

  beforeAll(async () => {
    // `npm pack` runs prepack: the library bundle and its declarations.
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--pack-destination', root, '--json'], {
        cwd: checkout,
        env,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    );
    execFileSync('mkdir', ['-p', app]);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    execFileSync('npm', ['install', '--offline', join(root, packed[0].filename)], { cwd: app, env, stdio: 'ignore' });
    api = await startMessagesServer();
  }, 180_000);
  afterAll(() => api?.close());

  it('installs with no other package (nothing to fetch)', () => {
    expect(readdirSync(join(app, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['execguard']);
  });

  it('import("execguard") gives the documented names', () => {
    const out = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        'const m = await import("execguard"); console.log(JSON.stringify(Object.fromEntries(Object.entries(m).map(([k, v]) => [k, typeof v]))))',
      ],
      { cwd: app, encoding: 'utf8' },
    );
    const names = JSON.parse(out);
    for (const name of DOCUMENTED) expect(names[name], name).toBeDefined();
    expect(names.runExecutionAgent).toBe('function');
    expect(names.guardToolUse).toBe('function');
  });

  it('has types: tsc passes on a consumer file, and fails on a misuse', () => {
    // One tsc run checks both files (one compiler start instead of two): the consumer must have no
    // error, the misuse the one it was written to have.
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: ['consumer.ts', 'misuse.ts'],
      }),
    );
    writeFileSync(
      join(app, 'consumer.ts'),
      [
        "import { decide, DEFAULT_POLICY, guardToolUse, parseAgentStatus, validateAgentStatus, runExecutionAgent, loadRegistry, type AgentStatus, type ExecutionAgentResult, type GuardResult } from 'execguard';",
        "const s: AgentStatus | null = parseAgentStatus('text');",
        "const v: boolean = validateAgentStatus('text', { previous: 'APPROVED_EXECUTING' }).valid;",
        "const g: Promise<GuardResult> = guardToolUse({ id: 't', name: 'bash', input: { command: 'ls' } }, { cwd: '.', userApproval: null });",
        "const r: Promise<ExecutionAgentResult> = runExecutionAgent({ plan: 'plans/x.yaml', cwd: '.', userApproval: null });",
        "const d = decide({ command: 'ls', cwd: '.', grant: null, policy: DEFAULT_POLICY, agentSession: true, protectedPaths: { stateHome: '/s', homeDir: '/h', managedSettings: [], readDenied: [] } });",
        "const skills: number = loadRegistry(['skills']).skills.length;",
        'export { s, v, g, r, d, skills };',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(app, 'misuse.ts'),
      "import { parseAgentStatus } from 'execguard';\nconst n: number = parseAgentStatus('x');\nexport { n };\n",
    );
    const checked = spawnSync(tsc, ['-p', '.', '--pretty', 'false'], { cwd: app, encoding: 'utf8' });
    const errors = checked.stdout.split('\n').filter((line) => / error TS\d+:/.test(line));
    expect(checked.status, checked.stdout).not.toBe(0);
    expect(
      errors.filter((line) => !line.startsWith('misuse.ts(')),
      checked.stdout,
    ).toEqual([]);
    expect(errors, checked.stdout).toHaveLength(1);
    expect(errors[0]).toMatch(/Type 'AgentStatus \| null' is not assignable to type 'number'/);
  });

  it('is safe by default: decideCommand, an unknown tool name, and bad input (a typed error, never a TypeError)', () => {
    const script = `import { decideCommand, guardToolUse, validateAgentStatus, runExecutionAgent, ExecguardInputError } from 'execguard';
const out = {};
out.destroy = (await decideCommand({ command: 'terraform destroy -auto-approve', cwd: process.cwd() })).decision;
out.ls = (await decideCommand({ command: 'ls -la', cwd: process.cwd() })).decision;
out.approvedApply = (await decideCommand({ command: 'terraform apply tfplan', cwd: process.cwd(), approval: 'User approved. Execute the plan.' })).decision;
const unknown = await guardToolUse({ id: 't', name: 'shell_exec', input: { command: 'terraform destroy -auto-approve' } }, { cwd: process.cwd() });
out.unknownTool = unknown.allowed;
const errors = [];
for (const bad of [
  () => validateAgentStatus('x', { previous: 'nope' }),
  () => validateAgentStatus(undefined),
  () => decideCommand({}),
  () => decideCommand(null),
  () => runExecutionAgent({ plan: 'plans/x.yaml', cwd: process.cwd(), userApproval: null }),
]) {
  try { await bad(); errors.push('no error'); } catch (e) { errors.push(e instanceof TypeError ? 'TypeError' : e instanceof ExecguardInputError ? e.code : String(e)); }
}
out.badInput = errors;
out.nullBlock = (await guardToolUse(null, { cwd: process.cwd() })).allowed;
console.log(JSON.stringify(out));`;
    const work = tempDir('execguard-pack-safe-');
    const run = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: app,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: work, EXECGUARD_HOME: join(work, 'state') },
    });
    expect(JSON.parse(run)).toEqual({
      destroy: 'deny',
      ls: 'allow',
      approvedApply: 'allow',
      unknownTool: false,
      badInput: Array(5).fill('EXECGUARD_INPUT'),
      nullBlock: false,
    });
  });

  it("the README's library example (examples/library.mjs) runs against the installed package", () => {
    execFileSync('cp', [join(checkout, 'examples', 'library.mjs'), join(app, 'library.mjs')]);
    const out = execFileSync(process.execPath, ['library.mjs'], {
      cwd: app,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: app, EXECGUARD_HOME: join(app, 'state') },
    });
    expect(out).toMatch(/^run: {5}terraform plan -out=tfplan$/m);
    expect(out).toMatch(/^refused: terraform destroy -auto-approve$/m);
    expect(out).toMatch(/^refused: git push --force origin main$/m);
    expect(out).toMatch(/^status: {2}COMPLETE$/m);
  });

  it('runExecutionAgent from the package (its bundled SDK client, ANTHROPIC_API_KEY/ANTHROPIC_BASE_URL) denies a destroy and tells the model', async () => {
    const work = tempDir('execguard-pack-work-');
    api.script = (messages) =>
      [[toolUse('bash', { command: 'terraform destroy -auto-approve' })], [text(statusBlock('BLOCKED', '["destroy approval"]'))]][
        turn(messages)
      ] ?? [text('over')];
    const script = `import { runExecutionAgent } from 'execguard';
const r = await runExecutionAgent({ plan: 'plans/x.yaml', cwd: ${JSON.stringify(work)}, userApproval: 'User approved. Execute the plan.' });
console.log(JSON.stringify({ status: r.status.planStatus, valid: r.statusValid }));`;
    // Asynchronously: the loopback server answering it lives in this process.
    const run = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
      cwd: app,
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        PATH: process.env.PATH,
        HOME: work,
        EXECGUARD_HOME: join(work, 'state'),
        ANTHROPIC_API_KEY: 'sk-ant-pack',
        ANTHROPIC_BASE_URL: api.baseURL,
      },
    });
    expect(JSON.parse(run.stdout)).toEqual({ status: 'BLOCKED', valid: true });
    const [denied] = toolResults(api.seen.at(-1)!.body.messages);
    expect(denied.is_error).toBe(true);
    expect(denied.content).toMatch(/terraform-destroy/);
    expect(api.seen.at(-1)!.body.system).toMatch(/AGENT_STATUS/); // the execution skill, found inside the package
  });
});
