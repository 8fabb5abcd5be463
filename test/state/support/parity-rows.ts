// The decision-input parity table: each row is a command, the user's approval words (or none) and
// the answer every caller must give, in an agent session whose EXECGUARD_HOME points elsewhere
// than the default state folder. Used in-process (test/state/decision-input-parity.test.ts) and
// through the real hook process (test/hooks/decision-input-parity.e2e.test.ts).
export interface ParityRow {
  name: string;
  command: string;
  approval: string | null;
  expect: 'allow' | 'ask' | 'deny';
}

export const PARITY_ROWS: ParityRow[] = [
  {
    name: 'the default state folder is protected when EXECGUARD_HOME points elsewhere',
    command: 'rm -rf ~/.local/state/execguard',
    approval: null,
    expect: 'deny',
  },
  {
    name: 'an approval does not open the default state folder either',
    command: 'rm -rf ~/.local/state/execguard',
    approval: 'User approved. Execute the plan.',
    expect: 'deny',
  },
  {
    name: 'the state folder EXECGUARD_HOME names is protected',
    command: 'rm -rf "$EXECGUARD_HOME"',
    approval: null,
    expect: 'deny',
  },
  {
    name: 'a forged grant written into the default folder by $HOME',
    command: 'cp forged.json "$HOME/.local/state/execguard/grants/s/9.json"',
    approval: 'User approved. Execute the plan.',
    expect: 'deny',
  },
  {
    name: "the project's Claude Code settings",
    command: 'rm -rf .claude',
    approval: null,
    expect: 'deny',
  },
  {
    name: "execguard's own --approval, from an agent",
    command: 'execguard execute p.yaml --approval "User approved. Execute the plan."',
    approval: null,
    expect: 'deny',
  },
  { name: 'a read', command: 'cat README.md', approval: null, expect: 'allow' },
  { name: 'a plan changes nothing', command: 'terraform plan -out tfplan', approval: null, expect: 'allow' },
  { name: 'an apply without approval', command: 'terraform apply tfplan', approval: null, expect: 'deny' },
  { name: 'an apply the user approved', command: 'terraform apply tfplan', approval: 'Yes, apply it.', expect: 'allow' },
  {
    name: 'an approval for dev does not cover an apply to prod',
    command: 'terraform apply -var-file=prod.tfvars',
    approval: 'Yes, apply it to dev.',
    expect: 'deny',
  },
  { name: 'a destroy without approval', command: 'terraform destroy -auto-approve', approval: null, expect: 'deny' },
  {
    name: 'a generic approval does not lift a destroy',
    command: 'terraform destroy -auto-approve',
    approval: 'User approved. Execute the plan.',
    expect: 'deny',
  },
  { name: 'a force push', command: 'git push --force origin main', approval: null, expect: 'deny' },
  {
    name: 'a production delete',
    command: 'kubectl delete namespace payments-prod',
    approval: 'User approved. Execute the plan.',
    expect: 'deny',
  },
];
