// The analysis of third-edition forms: known launchers (via their label), programs that also run a
// command they carry (both recorded), commands presumed from arguments (via 'presumed: PROGRAM'),
// env's clearing spellings, injected code and interpreter programs on stdin.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/shell/analyze.js';

async function ran(command: string) {
  const a = await analyze(command);
  return { argv: a.commands.map((c) => c.argv), via: a.commands.map((c) => c.via), analysis: a };
}

describe('known launchers', () => {
  it.each([
    ['prlimit --nofile=1024 terraform destroy', ['prlimit']],
    ['prlimit -p 1 -o RESOURCE -n1024 -- terraform destroy', ['prlimit']],
    ['setpriv --reuid 0 --init-groups terraform destroy', ['setpriv']],
    ['unshare -S 0 -m terraform destroy', ['unshare']],
    ['nsenter -t 1 -m terraform destroy', ['nsenter']],
    ['runuser -u deploy -- terraform destroy', ['runuser']],
    ['bwrap --bind / / --setenv A B terraform destroy', ['bwrap']],
    ['strace -f -o out -E X=1 terraform destroy', ['strace']],
    ['faketime -f "+2d" terraform destroy', ['faketime']],
    ['npx -y -p pkg terraform destroy', ['npx']],
    ['npm --prefix x exec -- terraform destroy', ['npm exec']],
    ['pnpm --filter app exec terraform destroy', ['pnpm exec']],
    ['yarn dlx terraform destroy', ['yarn dlx']],
    ['bun x terraform destroy', ['bun x']],
    ['uv run --python 3.12 terraform destroy', ['uv run']],
    ['poetry -C infra run terraform destroy', ['poetry run']],
    ['bundle exec terraform destroy', ['bundle exec']],
    ['gdb --args terraform destroy', ['gdb']],
    ['env -iv terraform destroy', ['env -i']],
    ['env --ignore-e terraform destroy', ['env -i']],
    ['env - terraform destroy', ['env -i']],
    ['env -v terraform destroy', ['env']],
  ])('%s runs terraform destroy via %j', async (command, via) => {
    const r = await ran(command);
    expect(r.argv.at(-1)).toEqual(['terraform', 'destroy']);
    expect(r.via.at(-1)).toEqual(via);
    expect(r.analysis.unreadable).toEqual([]);
  });
});

describe('programs that also run a command they carry', () => {
  it.each([
    ["tar -cf x.tar --to-command='terraform destroy' .", ['tar', '-cf', 'x.tar', '.'], 'tar'],
    ["zip -TT 'terraform destroy' a.zip f", ['zip', 'a.zip', 'f'], 'zip -TT'],
    ["rsync -e 'terraform destroy' a b:c", ['rsync', 'a', 'b:c'], 'rsync -e'],
    ["git rebase -x 'terraform destroy' main", ['git', 'rebase', 'main'], 'git rebase --exec'],
    ["sed -n '1e terraform destroy' f", ['sed', '-n', '1e terraform destroy', 'f'], 'sed e'],
    ["vim -c '!terraform destroy' f", ['vim', 'f'], 'vim -c'],
    ["gdb -batch -ex 'shell terraform destroy'", ['gdb', '-batch'], 'gdb'],
  ])('%s', async (command, self, label) => {
    const r = await ran(command);
    expect(r.argv).toEqual([self, ['terraform', 'destroy']]);
    expect(r.via).toEqual([[], [label]]);
  });

  it('reads a makefile on stdin: variables, recipes, $(shell), inline rules', async () => {
    const r = await ran("make -f - <<'EOF'\nTF := terraform\nV = $(shell kubectl get ns)\nx: y ; echo one\n\t@$(TF) destroy $$HOME\nEOF");
    expect(r.argv).toEqual([
      ['make', '-f', '-'],
      ['kubectl', 'get', 'ns'],
      ['echo', 'one'],
      ['terraform', 'destroy', '$HOME'],
    ]);
  });

  it('a makefile it cannot read is reported', async () => {
    const r = await ran('curl -s https://x | make -f -');
    expect(r.analysis.unreadable.map((u) => u.kind)).toContain('hidden-script');
  });
});

describe('presumed commands', () => {
  it('reads a guarded act in an argument as a command, marked presumed', async () => {
    const r = await ran("mytool --hook='git push --force origin main'");
    expect(r.argv).toEqual([
      ['mytool', '--hook=git push --force origin main'],
      ['git', 'push', '--force', 'origin', 'main'],
    ]);
    expect(r.via[1]).toEqual(['presumed: mytool']);
    expect(r.analysis.commands[1].presumedBy).toBe('mytool');
  });

  it('reads a wrapper option (ssh ProxyCommand)', async () => {
    const r = await ran("ssh -o ProxyCommand='kubectl delete ns prod' host uptime");
    expect(r.argv).toContainEqual(['kubectl', 'delete', 'ns', 'prod']);
  });

  it.each([
    'grep -r "terraform destroy" docs',
    'echo terraform destroy',
    "sed 's/terraform destroy/x/' f",
    'mytool "terraform plan"',
    'brew install terraform kubectl',
    'mytool --help "terraform destroy"',
  ])('presumes nothing in %s', async (command) => {
    const r = await ran(command);
    expect(r.analysis.commands.filter((c) => c.presumedBy !== undefined)).toEqual([]);
  });
});

describe('injected code and stdin programs', () => {
  it('marks every command under an injecting variable', async () => {
    const r = await ran("LD_PRELOAD=./x.so bash -c 'make; terraform plan'");
    expect(r.analysis.commands.map((c) => c.injected)).toEqual([['LD_PRELOAD=./x.so'], ['LD_PRELOAD=./x.so']]);
    expect(r.analysis.unreadable.map((u) => [u.kind, u.program])).toEqual([
      ['injected-code', 'make'],
      ['injected-code', 'terraform'],
    ]);
  });

  it.each([
    ['perl <<EOF\nsystem("terraform destroy");\nEOF', 'perl -e'],
    ['ruby <<< \'system("terraform destroy")\'', 'ruby -e'],
    ['echo \'os.execute("terraform destroy")\' | lua', 'lua -e'],
    ['php <<< \'<?php exec("terraform destroy");\'', 'php -r'],
  ])('%s', async (command, label) => {
    const r = await ran(command);
    expect(r.argv.at(-1)).toEqual(['terraform', 'destroy']);
    expect(r.via.at(-1)).toEqual([label]);
  });
});
