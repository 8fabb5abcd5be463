// The one alias map: Claude Code's shell snapshot carries user aliases, and these two are treated
// as the real tools everywhere (docs/guard-rules.md). A policy may add more; it cannot remove these.
export const BUILTIN_ALIASES: Readonly<Record<string, string>> = { tf: 'terraform', k: 'kubectl' };
