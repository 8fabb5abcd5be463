// contained.planCredentials (docs/contained.md): the dry run of `execguard plan` runs code the
// agent wrote (terraform plan evaluates providers and `data "external"` programs). In contained
// mode it runs without the cloud credentials the environment carries, and with only the read-only
// ones the policy names; none named, it runs with none (and, started from the agent's Bash, inside
// the sandbox, where the executor-only paths cannot be read). Outside contained mode: unchanged.
import type { ContainedPolicy } from '../guard/policy.js';

/** Variables that carry cloud, cluster or forge credentials (or point at a file of them). */
const CREDENTIAL_VARIABLE =
  /^(AWS_(ACCESS_KEY_ID|SECRET_ACCESS_KEY|SESSION_TOKEN|SECURITY_TOKEN|PROFILE|DEFAULT_PROFILE|SHARED_CREDENTIALS_FILE|CONFIG_FILE|ROLE_ARN|WEB_IDENTITY_TOKEN_FILE)|GOOGLE_(APPLICATION_CREDENTIALS|CREDENTIALS|OAUTH_ACCESS_TOKEN|IMPERSONATE_SERVICE_ACCOUNT)|CLOUDSDK_[A-Z_]+|ARM_(CLIENT_ID|CLIENT_SECRET|CLIENT_CERTIFICATE_PATH|CLIENT_CERTIFICATE_PASSWORD|ACCESS_KEY|SAS_TOKEN|OIDC_TOKEN|OIDC_TOKEN_FILE_PATH|USE_MSI)|AZURE_[A-Z_]+|KUBECONFIG|TF_TOKEN_[A-Za-z0-9_]+|TFE_TOKEN|GITHUB_TOKEN|GH_TOKEN|GITLAB_TOKEN|DIGITALOCEAN_(TOKEN|ACCESS_TOKEN)|HCLOUD_TOKEN|VAULT_TOKEN)$/;

/** The environment `execguard plan` runs with. */
export function planEnvironment(env: NodeJS.ProcessEnv, contained: ContainedPolicy | undefined): NodeJS.ProcessEnv {
  if (!contained) return env;
  const out: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) if (!CREDENTIAL_VARIABLE.test(name)) out[name] = value;
  return { ...out, ...contained.planCredentials.env };
}
