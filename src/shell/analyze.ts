// Entry point of the shell analyser: bash text in, the simple commands bash would run out.
import type { Analysis } from './types.js';

export interface AnalyzeOptions {
  /** Extra aliases, merged over the built-ins tf -> terraform, k -> kubectl. */
  aliases?: Record<string, string>;
}

/** Never throws: an internal error becomes `unreadable` + `boundHit` so the guard denies. */
export async function analyze(command: string, options?: AnalyzeOptions): Promise<Analysis> {
  void options;
  try {
    const words = command.split(/[ \t]+/).filter(Boolean);
    if (words.length === 0) return { commands: [], unreadable: [], boundHit: false };
    return {
      commands: [{ argv: words, dynamic: words.map(() => false), assignments: {}, via: [], redirects: [], text: command }],
      unreadable: ['analyser not implemented yet'],
      boundHit: false,
    };
  } catch (error) {
    return { commands: [], unreadable: [`internal error: ${String(error)}`], boundHit: true };
  }
}
