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

/**
 * The board's report of the 24th (seed 000: "Định kỳ vào ngày 24 hàng tháng ... báo cáo kết quả
 * hoạt động ... trong tháng"). Report M covers either Vietnam's calendar month M or, with
 * `to-report-day` and report day D, the days from D+1 of the month before through D of M (for
 * D = 24: 25/11 00:00 – 24/12 24:00), so consecutive reports neither overlap nor leave a gap.
 */
export type ReportPeriodKind = 'calendar-month' | 'to-report-day';
export const REPORT_PERIOD_KINDS: readonly ReportPeriodKind[] = ['calendar-month', 'to-report-day'];

export interface ReportSettings {
  period: ReportPeriodKind;
  /** 1–28, so every month has it. */
  day: number;
}

export const DEFAULT_REPORT_SETTINGS: ReportSettings = { period: 'calendar-month', day: 24 };
export const MIN_REPORT_DAY = 1;
export const MAX_REPORT_DAY = 28;

/** A site's stored settings, with the defaults for what is missing or out of range. */
export const reportSettingsOf = (site: { reportPeriod?: unknown; reportDay?: unknown }): ReportSettings => {
  const day = Number(site.reportDay);
  return {
    period: REPORT_PERIOD_KINDS.includes(site.reportPeriod as ReportPeriodKind)
      ? (site.reportPeriod as ReportPeriodKind)
      : DEFAULT_REPORT_SETTINGS.period,
    day: Number.isInteger(day) && day >= MIN_REPORT_DAY && day <= MAX_REPORT_DAY ? day : DEFAULT_REPORT_SETTINGS.day,
  };
};

/** The instants report `key` covers under the settings. */
export const reportRange = (key: MonthKey, settings: ReportSettings): Range => {
  const start = startOfMonth(key);
  if (settings.period === 'calendar-month') return range(start, start.plus({ months: 1 }));
  // Days added to the 1st, never set as a day of the month: D + 1 = 29 does not exist in February.
  return range(start.minus({ months: 1 }).plus({ days: settings.day }), start.plus({ days: settings.day }));
};

/** The report an instant is counted in under the settings. */
export const reportMonthOf = (instant: Date, settings: ReportSettings): MonthKey => {
  const at = local(instant);
  if (settings.period === 'calendar-month' || at.day <= settings.day) return at.toFormat('yyyy-MM');
  return at.startOf('month').plus({ months: 1 }).toFormat('yyyy-MM');
};

/** The month after `key`. */
export const nextMonth = (key: MonthKey): MonthKey => startOfMonth(key).plus({ months: 1 }).toFormat('yyyy-MM');

/** The month before `key`. */
export const previousMonth = (key: MonthKey): MonthKey => startOfMonth(key).minus({ months: 1 }).toFormat('yyyy-MM');

/**
 * The calendar months whose royalty records a report shows. Records carry the calendar month the
 * piece was approved in; a `to-report-day` report (25/11 – 24/12) shows the last whole month
 * before its report day (November): its records are complete when the board reports, December's
 * are not.
 */
export const royaltyMonthOf = (key: MonthKey, settings: ReportSettings): MonthKey =>
  settings.period === 'calendar-month' ? key : previousMonth(key);

/** Report `key`'s day: D of that month, `YYYY-MM-DD`. */
export const reportDate = (key: MonthKey, settings: ReportSettings): string =>
  startOfMonth(key)
    .plus({ days: settings.day - 1 })
    .toISODate() ?? '';

/** "25/11/2026 – 24/12/2026": the first and the last day a range covers, in Vietnam. */
export const rangeLabel = (covered: Range): string =>
  `${local(covered.start).toFormat('dd/MM/yyyy')} – ${local(new Date(covered.end.getTime() - 1)).toFormat('dd/MM/yyyy')}`;

export interface UpcomingReport {
  month: MonthKey;
  /** `YYYY-MM-DD`, the report day. */
  date: string;
  /** Whole Vietnam days from today to the report day: 0 on the day itself. */
  daysLeft: number;
  range: Range;
}

/** How many days before its report day the admin reminds the board. */
export const REMINDER_DAYS = 5;

/**
 * The report due within `days` days of `now` (Vietnam dates, the report day included), or null.
 * This month's report day or next month's (a report day of 1–5 is reminded from the end of the
 * month before).
 */
export const upcomingReport = (now: Date, settings: ReportSettings, days = REMINDER_DAYS): UpcomingReport | null => {
  const today = local(now).startOf('day');
  for (const month of [today.toFormat('yyyy-MM'), today.startOf('month').plus({ months: 1 }).toFormat('yyyy-MM')]) {
    const date = startOfMonth(month).plus({ days: settings.day - 1 });
    const daysLeft = Math.round(date.diff(today, 'days').days);
    if (daysLeft >= 0 && daysLeft <= days) return { month, date: date.toISODate() ?? '', daysLeft, range: reportRange(month, settings) };
  }
  return null;
};

/** "31/10/2026 23:30", in Vietnam's time. */
export const formatVietnamDateTime = (instant: Date | string | null | undefined): string => {
  if (!instant) return '';
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  return Number.isNaN(date.getTime()) ? '' : local(date).toFormat('dd/MM/yyyy HH:mm');
};
