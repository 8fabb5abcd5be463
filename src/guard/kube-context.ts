// Reading the current kube context, for deletes that name no namespace or context. Only when the
// policy allows it (readKubeContext), bounded in time, and never fatal: no answer means unknown.
import { execFile } from 'node:child_process';

/** Could this command contain a kubectl/helm delete? (a cheap pre-check before spawning kubectl) */
export const mayDelete = (command: string): boolean =>
  /\b(kubectl|k|oc|helm)\b/.test(command) && /\b(delete|uninstall|del|un)\b/.test(command);

export function readCurrentKubeContext(timeoutMs = 1500, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  return new Promise((done) => {
    try {
      execFile('kubectl', ['config', 'current-context'], { timeout: timeoutMs, env, encoding: 'utf8' }, (error, stdout) => {
        const name = stdout?.trim();
        done(error || !name ? undefined : name);
      });
    } catch {
      done(undefined);
    }
  });
}
