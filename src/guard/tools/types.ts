// What a tool module declares (docs/guard-rules.md, third edition, "Effects, tool by tool"): how the
// tool reads its command line, the tier of each act, where it points, the environment variables
// that change it, and the effect of each act. Rules judge effects, not tool names.
import type { SimpleCommand } from '../../shell/types.js';
import type { Tier } from '../types.js';

/**
 * Effects a rule is about (beyond the tier):
 *   destroy  tears down a whole stack/project/cluster (the destroy rule: explicit destroy approval)
 *   delete   irreversibly deletes a data-bearing or top-level resource (irreversible-delete)
 *   forge    rewrites or deletes history or its protection on the forge (forge-force-push)
 */
export type EffectKind = 'destroy' | 'delete' | 'forge';

export interface Effect {
  kind: EffectKind;
  /** The act, as the reason shows it: `pulumi destroy`, `aws s3 rm --recursive`. */
  act: string;
  /** What to run instead to show the user what would happen (`pulumi preview --diff`). */
  preview?: string;
  /** For forge effects: the approval word that lifts it ('forcePush', or 'delete' for deletions). */
  lifts?: 'forcePush' | 'delete';
}

export interface ToolModule {
  /** The module's file name (src/guard/tools/<id>.ts), its test and its doc section. */
  id: string;
  /** Program names (argv[0]) the module reads. */
  programs: readonly string[];
  /** Environment variables that change what the tool does or where it points. */
  env?: readonly string[];
  /** The tier of one invocation (argv[0] is one of `programs`). */
  tier(argv: string[]): Tier;
  /**
   * Destroys, irreversible deletes, forge history rewrites this invocation performs. `earlier`:
   * the commands that run before it in the same command line (a plan file written there).
   */
  effects?(cmd: SimpleCommand, earlier: readonly SimpleCommand[]): Effect[];
  /** Names that say where the invocation points (stack, profile, project, resource group, ...). */
  targets?(cmd: SimpleCommand, earlier: readonly SimpleCommand[]): string[];
}
