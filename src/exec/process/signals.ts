// SIGINT/SIGTERM/SIGHUP during a run abort it: the current step's child is stopped, the journal
// records it, and the command reports BLOCKED instead of dying half-way. SIGHUP (the terminal was
// closed) is a request to stop like the others: without a handler Node would die on the spot and
// leave an orphaned step, a held lock and no report.
const STOPPING: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

export async function withSignals<T>(body: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const handlers = STOPPING.map((name) => [name, () => controller.abort(name)] as const);
  for (const [name, handler] of handlers) process.on(name, handler);
  try {
    return await body(controller.signal);
  } finally {
    for (const [name, handler] of handlers) process.off(name, handler);
  }
}
