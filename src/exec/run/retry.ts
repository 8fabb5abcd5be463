// Transient failures get exactly one more attempt, after a short back-off; nothing else is retried.
import { classify } from './error-table.js';
import type { Journal } from '../journal/journal.js';
import { StateWriteError } from './run-errors.js';
import { StepError, type ErrorClass } from '../types.js';

export const errorClassOf = (error: unknown): ErrorClass => {
  if (error instanceof StepError) return error.errorClass ?? (error.result ? classify(error.result).errorClass : 'Validation');
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'Permission';
  return 'Validation';
};

export async function withRetry<T>(
  label: string,
  attempt: (n: number) => Promise<T>,
  options: { journal: Journal; signal: AbortSignal; delayMs: number; attempted: string[] },
): Promise<T> {
  try {
    return await attempt(1);
  } catch (error) {
    if (options.signal.aborted || error instanceof StateWriteError || errorClassOf(error) !== 'Transient') throw error;
    const message = error instanceof Error ? error.message : String(error);
    options.attempted.push(`${label}: transient failure (${message.slice(0, 200)}); retried once after ${options.delayMs} ms`);
    options.journal.append({
      type: 'note',
      message: `retrying ${label} after a transient failure`,
      data: { error: message, delayMs: options.delayMs },
    });
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, options.delayMs);
      options.signal.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          resolve();
        },
        { once: true },
      );
    });
    try {
      return await attempt(2);
    } catch (second) {
      if (second instanceof Error) second.message = `${second.message} (failed again on retry)`;
      throw second;
    }
  }
}
