// The one error the library throws for a caller's mistake: typed and documented, so a consumer can
// tell "you called it wrong" from a failure (README, "The library").
export class ExecguardInputError extends Error {
  override readonly name = 'ExecguardInputError';
  /** Stable for `catch (e) { if (e.code === 'EXECGUARD_INPUT') … }` across bundles. */
  readonly code = 'EXECGUARD_INPUT';
  constructor(
    /** The option or argument that is wrong, e.g. `command` or `options.previous`. */
    readonly option: string,
    message: string,
  ) {
    super(`execguard: ${option}: ${message}`);
  }
}
