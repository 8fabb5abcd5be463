// Both projects: the run gets a private state folder (each test file then gets its own inside it:
// test/setup-file.ts) and terraform settings that work offline. Both projects' setups run in the
// one vitest process, so the folder is made once and removed after the last project is done.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const shared = globalThis as { __execguardTestHome?: { dir: string; users: number } };

export default function setup() {
  if (!shared.__execguardTestHome) {
    shared.__execguardTestHome = { dir: mkdtempSync(join(tmpdir(), 'execguard-test-home-')), users: 0 };
  }
  const home = shared.__execguardTestHome;
  home.users++;
  // The suite plays both sides itself: a contributor running it from inside a Claude Code session
  // must not hand that session's identity to every test (the executor would refuse --approval).
  for (const name of [
    'CLAUDECODE',
    'CLAUDE_CODE_SESSION_ID',
    'EXECGUARD_SESSION_ID',
    'CLAUDE_PLUGIN_ROOT',
    'CLAUDE_PLUGIN_DATA',
    'CLAUDE_ENV_FILE',
    'CLAUDE_PROJECT_DIR',
  ]) {
    delete process.env[name];
  }
  // The suite is offline (loopback servers, npm pointed at no registry): no process it starts
  // needs extra CA certificates, and with NODE_EXTRA_CA_CERTS set every Node process parses the
  // whole bundle at start-up: ~40 ms of CPU per process (Node 20, 2-core machine).
  delete process.env.NODE_EXTRA_CA_CERTS;
  process.env.EXECGUARD_TEST_HOME_ROOT = home.dir;
  process.env.EXECGUARD_HOME = home.dir;
  process.env.TF_CLI_CONFIG_FILE = '';
  process.env.CHECKPOINT_DISABLE = '1';
  process.env.TF_IN_AUTOMATION = '1';
  // terraform, its providers, kubectl and esbuild are Go: a short-lived process spends a quarter of
  // its CPU collecting garbage it would free on exit. Collecting less often changes nothing they
  // do (GOGC is read by Go programs only), and the suite starts them thousands of times.
  process.env.GOGC = '400';
  // `git init` and `git clone` copy git's template folder (13 sample hooks, info/exclude,
  // description) into every repository: 4-5 ms of CPU, most of it in the kernel, for files no
  // test reads (a test about a .sample hook writes its own). The suite makes hundreds of
  // repositories; this template makes them with an empty hooks/ folder only, where tests write
  // their hooks (GIT_TEMPLATE_DIR is read by git alone).
  const templates = join(home.dir, 'git-template');
  mkdirSync(join(templates, 'hooks'), { recursive: true });
  process.env.GIT_TEMPLATE_DIR = templates;
  return () => {
    if (--home.users > 0) return;
    rmSync(home.dir, { recursive: true, force: true });
    shared.__execguardTestHome = undefined;
  };
}
