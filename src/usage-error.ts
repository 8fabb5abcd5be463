// A mistake in what the user asked for (an unknown run, a bad flag), below every layer so that the
// CLI and the executors it calls can both throw it: the CLI prints it without a stack trace, exit 1.

/** A usage error: printed without a stack trace, exit code 1. */
export class UsageError extends Error {}
