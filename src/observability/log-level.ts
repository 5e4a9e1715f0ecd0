/**
 * LOG_LEVEL: debug | info | warn | error | silent (default info; anything else also means info, so a typo never
 * silences a deployment). Read on every call: cheap, and tests can change it per case.
 */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevelSetting = (typeof LOG_LEVELS)[number];
export type LogLevel = Exclude<LogLevelSetting, 'silent'>;

const RANK: Record<LogLevelSetting, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

let lastRaw: string | undefined;
let lastSetting: LogLevelSetting = 'info';

export function logLevelSetting(env: NodeJS.ProcessEnv = process.env): LogLevelSetting {
  const raw = env.LOG_LEVEL;
  if (raw !== lastRaw) {
    const value = raw?.trim().toLowerCase() ?? '';
    lastSetting = (LOG_LEVELS as readonly string[]).includes(value) ? (value as LogLevelSetting) : 'info';
    lastRaw = raw;
  }
  return lastSetting;
}

/** Whether a line at `level` is written under `setting`. */
export function levelEnabled(level: LogLevel, setting: LogLevelSetting): boolean {
  return RANK[level] >= RANK[setting];
}

/** Whether a line at `level` is written under the current LOG_LEVEL. */
export function isLogEnabled(level: LogLevel, env: NodeJS.ProcessEnv = process.env): boolean {
  return levelEnabled(level, logLevelSetting(env));
}
