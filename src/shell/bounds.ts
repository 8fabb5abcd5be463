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
  /**
   * Wall-clock budget of one analyze() call, in milliseconds. Generous on purpose: tree-sitter
   * takes ~340 ms for a 20 KB `&&` chain on a loaded 2-core machine, and a bound hit is a deny.
   */
  budgetMs: 1000,
};

export type Limits = typeof LIMITS;

/** Thrown to unwind the analysis when a bound is hit; carries the reason shown to the agent. */
export class BoundHit extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export class Budget {
  private nodes = 0;
  private commands = 0;
  private readonly deadline: number;

  constructor(readonly limits: Limits = LIMITS) {
    this.deadline = Date.now() + limits.budgetMs;
  }

  /** Called for every syntax node visited; checks the clock every 256 nodes. */
  node(): void {
    this.nodes += 1;
    if (this.nodes > this.limits.maxNodes) {
      throw new BoundHit(`command too complex: more than ${this.limits.maxNodes} syntax nodes`);
    }
    if ((this.nodes & 255) === 0) this.clock();
  }

  command(): void {
    this.commands += 1;
    if (this.commands > this.limits.maxCommands) {
      throw new BoundHit(`command too complex: more than ${this.limits.maxCommands} simple commands`);
    }
    if ((this.commands & 31) === 0) this.clock();
  }

  depth(depth: number): void {
    if (depth > this.limits.maxDepth) {
      throw new BoundHit(`nesting too deep: more than ${this.limits.maxDepth} levels of bash -c / eval / decoding`);
    }
  }

  expired(): boolean {
    return Date.now() > this.deadline;
  }

  clock(): void {
    if (this.expired()) {
      throw new BoundHit(`analysis took longer than ${this.limits.budgetMs} ms`);
    }
  }
}
