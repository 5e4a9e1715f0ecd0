/**
 * Period arguments (docs/appointments.md, docs/reports.md): calendar dates as TiFlux takes them (YYYY-MM-DD) and
 * ISO 8601 date-times with an offset. Each is checked for being a real date, and a period for ending after it
 * starts, with a message that says exactly what is wrong.
 */
import * as z from 'zod';
import { ToolError } from '../tool-error.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Whether text starting with YYYY-MM-DD names a day on the calendar. `Date.parse` is no check: it rolls
 * "2026-02-31" over to 3 March without complaint. For the argument schemas that keep their own wording.
 */
export function isCalendarDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  return match !== null && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

function show(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/** A calendar date. A date-time is accepted and cut to its date (what TiFlux reads). */
export function dateParam(description: string) {
  return z
    .string()
    .trim()
    .transform((value, ctx) => {
      const text = DATE_TIME.test(value) ? value.slice(0, 10) : value;
      const match = DATE.exec(text);
      if (!match) {
        ctx.issues.push({ code: 'custom', input: value, message: `must be a date as YYYY-MM-DD, e.g. "2026-07-01" (got ${show(value)})` });
        return z.NEVER;
      }
      if (!isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
        ctx.issues.push({ code: 'custom', input: value, message: `${show(text)} is not a date on the calendar` });
        return z.NEVER;
      }
      return text;
    })
    .describe(`${description} YYYY-MM-DD.`);
}

/** An ISO 8601 date-time with its offset ("2026-07-01T00:00:00-03:00" or "…Z"); a bare date means 00:00 UTC. */
export function dateTimeParam(description: string) {
  return z
    .string()
    .trim()
    .transform((value, ctx) => {
      const text = DATE.test(value) ? `${value}T00:00:00Z` : value;
      const match = DATE_TIME.exec(text);
      const valid =
        match !== null &&
        isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3])) &&
        Number(match[4]) < 24 &&
        Number(match[5]) < 60 &&
        Number(match[6] ?? 0) < 60 &&
        !Number.isNaN(Date.parse(text));
      if (!valid) {
        ctx.issues.push({
          code: 'custom',
          input: value,
          message: `must be an ISO 8601 date-time with its offset, e.g. "2026-07-01T00:00:00-03:00" (got ${show(value)})`,
        });
        return z.NEVER;
      }
      return text;
    })
    .describe(`${description} ISO 8601 with offset.`);
}

/** The period must not end before it starts (same day allowed for dates; date-times must strictly increase). */
export function checkPeriod(start: { name: string; value: string }, end: { name: string; value: string }, strict = false): void {
  const from = Date.parse(DATE.test(start.value) ? `${start.value}T00:00:00Z` : start.value);
  const to = Date.parse(DATE.test(end.value) ? `${end.value}T00:00:00Z` : end.value);
  if (to < from || (strict && to === from)) {
    throw new ToolError(
      `${end.name} (${end.value}) ${strict ? 'must be after' : 'is before'} ${start.name} (${start.value}): ` +
        `${strict ? 'give' : 'swap them or fix one to get'} a period that ends after it starts. Nothing was sent to TiFlux.`,
    );
  }
}

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * The comparison period of the satisfaction reports when none is given (docs/reports.md): as many days as
 * start..end, ending the day before `start` (both ends inclusive).
 */
export function previousWindow(start: string, end: string): { start: string; end: string } {
  const length = dayNumber(end) - dayNumber(start) + 1;
  return { start: dateOf(dayNumber(start) - length), end: dateOf(dayNumber(start) - 1) };
}

/** Both or neither: one half of a pair alone is an error. */
export function checkPair(a: { name: string; value: unknown }, b: { name: string; value: unknown }): void {
  if ((a.value === undefined) !== (b.value === undefined)) {
    const given = a.value === undefined ? b : a;
    const missing = a.value === undefined ? a : b;
    throw new ToolError(`${given.name} was given without ${missing.name}: give both, or neither for the default. Nothing was sent to TiFlux.`);
  }
}

/** "HH:MM", 00:00 to 23:59. */
export function timeParam(description: string) {
  return z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a time as HH:MM (24 h), e.g. "09:30"' })
    .describe(`${description} HH:MM, 24 h.`);
}

export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}
