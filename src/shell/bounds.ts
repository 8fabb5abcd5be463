// Resource bounds of one analyze() call. Hitting any of them stops the analysis and fails closed.

export const LIMITS = {
  /** Longest command text analysed at all. */
  maxInputChars: 64 * 1024,
  /** Re-parsing depth: bash -c inside eval inside base64 | sh ... */
  maxDepth: 8,
  /** Syntax nodes visited, over all (re-)parses. */
  maxNodes: 200_000,
  /** Simple commands produced. */
  maxCommands: 1000,
  /** Static values a single `for` loop body is expanded for. */
  maxLoopValues: 64,
  /** Shell text parsed, over the command and every text found inside it (bash -c, eval, decoded, presumed). */
  maxParsedBytes: 1024 * 1024,
};

export type Limits = typeof LIMITS;

/** Thrown to unwind the analysis when a bound is hit; carries the reason shown to the agent. */
export class BoundHit extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/**
 * The work one analyze() call may do. Bounded by work only (docs/guard-rules.md, "Budgets"): bytes,
 * nodes, commands, depth; never by wall-clock time, so a loaded machine gets the same verdict.
 */
export class Budget {
  private nodes = 0;
  private commands = 0;
  private bytes = 0;

  constructor(readonly limits: Limits = LIMITS) {}

  /** Called for every syntax node visited. */
  node(): void {
    this.nodes += 1;
    if (this.nodes > this.limits.maxNodes) {
      throw new BoundHit(`command too complex: more than ${this.limits.maxNodes} syntax nodes`);
    }
  }

  command(): void {
    this.commands += 1;
    if (this.commands > this.limits.maxCommands) {
      throw new BoundHit(`command too complex: more than ${this.limits.maxCommands} simple commands`);
    }
  }

  /** Called for every text about to be parsed (the command, bash -c bodies, decoded strings). */
  text(length: number): void {
    this.bytes += length;
    if (this.bytes > this.limits.maxParsedBytes) {
      throw new BoundHit(`command too complex: more than ${this.limits.maxParsedBytes} bytes of shell text to read, nested texts included`);
    }
  }

  depth(depth: number): void {
    if (depth > this.limits.maxDepth) {
      throw new BoundHit(`nesting too deep: more than ${this.limits.maxDepth} levels of bash -c / eval / decoding`);
    }
  }
}
