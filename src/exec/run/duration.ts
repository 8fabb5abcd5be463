// Durations as people write them ("30s", "5m", "30d"), for the units a caller accepts.
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
export type DurationUnit = keyof typeof UNIT_MS;

/** `text` in milliseconds, or undefined when it is not a whole number of one of `units`. */
export function durationMs(text: string, units: readonly DurationUnit[]): number | undefined {
  const m = /^(\d+)([a-z]+)$/.exec(text.trim());
  if (!m || !units.includes(m[2] as DurationUnit)) return undefined;
  return Number(m[1]) * UNIT_MS[m[2] as DurationUnit];
}
