import { DateTime } from 'luxon';

/**
 * Reporting periods are Vietnam's calendar months and quarters (UTC+7, no daylight saving): a
 * piece approved at 23:30 on 31 October in Vũng Tàu (16:30 UTC) belongs to October, one approved
 * at 00:10 on 1 November (17:10 UTC on 31 October) to November.
 */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** `YYYY-MM`, a month in Vietnam. */
export type MonthKey = string;
/** `YYYY-Qn`, a quarter in Vietnam. */
export type QuarterKey = string;
export type PeriodKind = 'month' | 'quarter';

export interface Range {
  /** First instant of the period (inclusive), UTC. */
  start: Date;
  /** First instant after the period (exclusive), UTC. */
  end: Date;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;

const local = (instant: Date): DateTime => DateTime.fromJSDate(instant, { zone: TIME_ZONE });

const range = (start: DateTime, end: DateTime): Range => ({ start: start.toUTC().toJSDate(), end: end.toUTC().toJSDate() });

export const isMonthKey = (value: unknown): value is MonthKey => typeof value === 'string' && MONTH.test(value);
export const isQuarterKey = (value: unknown): value is QuarterKey => typeof value === 'string' && QUARTER.test(value);

/** The Vietnam month an instant falls in. */
export const monthOf = (instant: Date): MonthKey => local(instant).toFormat('yyyy-MM');

/** The Vietnam quarter an instant falls in. */
export const quarterOf = (instant: Date): QuarterKey => {
  const at = local(instant);
  return `${at.year}-Q${at.quarter}`;
};

/** The calendar date in Vietnam, `YYYY-MM-DD` (what rate tables' validity dates are compared with). */
export const vietnamDate = (instant: Date): string => local(instant).toISODate() ?? '';

const startOfMonth = (key: MonthKey): DateTime => {
  const match = MONTH.exec(key);
  if (!match) throw new Error(`Not a month (YYYY-MM): ${key}`);
  return DateTime.fromObject({ year: Number(match[1]), month: Number(match[2]), day: 1 }, { zone: TIME_ZONE });
};

const startOfQuarter = (key: QuarterKey): DateTime => {
  const match = QUARTER.exec(key);
  if (!match) throw new Error(`Not a quarter (YYYY-Qn): ${key}`);
  return DateTime.fromObject({ year: Number(match[1]), month: (Number(match[2]) - 1) * 3 + 1, day: 1 }, { zone: TIME_ZONE });
};

export const monthRange = (key: MonthKey): Range => {
  const start = startOfMonth(key);
  return range(start, start.plus({ months: 1 }));
};

export const quarterRange = (key: QuarterKey): Range => {
  const start = startOfQuarter(key);
  return range(start, start.plus({ months: 3 }));
};

export const yearRange = (year: number): Range => {
  const start = DateTime.fromObject({ year, month: 1, day: 1 }, { zone: TIME_ZONE });
  return range(start, start.plus({ years: 1 }));
};

export const periodOf = (kind: PeriodKind, instant: Date): string => (kind === 'month' ? monthOf(instant) : quarterOf(instant));

export const periodRange = (key: string): Range => (isQuarterKey(key) ? quarterRange(key) : monthRange(key));

/** The period that contains `key`'s first day, `count` steps back (0 = itself). */
const stepBack = (kind: PeriodKind, key: string, count: number): string => {
  const start = kind === 'month' ? startOfMonth(key) : startOfQuarter(key);
  const moved = start.minus(kind === 'month' ? { months: count } : { quarters: count });
  return kind === 'month' ? moved.toFormat('yyyy-MM') : `${moved.year}-Q${moved.quarter}`;
};

/** The current period and the `past` before it, newest first. */
export const recentPeriods = (kind: PeriodKind, now: Date, past: number): string[] => {
  const current = periodOf(kind, now);
  return Array.from({ length: past + 1 }, (_, i) => stepBack(kind, current, i));
};

/** The twelve months of a year, January first. */
export const monthsOf = (year: number): MonthKey[] => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);

const ROMAN = ['I', 'II', 'III', 'IV'];

/** "Tháng 11/2026" or "Quý IV/2026", as Vietnamese reports write periods. */
export const periodLabel = (key: string): string => {
  const quarter = QUARTER.exec(key);
  if (quarter) return `Quý ${ROMAN[Number(quarter[2]) - 1]}/${quarter[1]}`;
  const month = MONTH.exec(key);
  if (month) return `Tháng ${Number(month[2])}/${month[1]}`;
  return key;
};

/** "31/10/2026 23:30", in Vietnam's time. */
export const formatVietnamDateTime = (instant: Date | string | null | undefined): string => {
  if (!instant) return '';
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  return Number.isNaN(date.getTime()) ? '' : local(date).toFormat('dd/MM/yyyy HH:mm');
};
