import {
  monthOf,
  monthRange,
  nextMonth,
  periodLabel,
  quarterOf,
  quarterRange,
  rangeLabel,
  recentPeriods,
  reportDate,
  reportMonthOf,
  reportRange,
  reportSettingsOf,
  royaltyMonthOf,
  upcomingReport,
  vietnamDate,
  yearRange,
  type ReportSettings,
} from './periods';

describe('royalty periods (Asia/Ho_Chi_Minh months)', () => {
  it('puts the last minute before local midnight in the old month and local midnight in the new one', () => {
    expect(monthOf(new Date('2026-10-31T16:59:59.999Z'))).toBe('2026-10');
    expect(monthOf(new Date('2026-10-31T17:00:00.000Z'))).toBe('2026-11');
    expect(vietnamDate(new Date('2026-10-31T17:00:00.000Z'))).toBe('2026-11-01');
  });

  it('bounds a month by local midnights, as UTC instants', () => {
    expect(monthRange('2026-11')).toEqual({ start: new Date('2026-10-31T17:00:00.000Z'), end: new Date('2026-11-30T17:00:00.000Z') });
    expect(monthRange('2026-12').end).toEqual(new Date('2026-12-31T17:00:00.000Z'));
    expect(yearRange(2023)).toEqual({ start: new Date('2022-12-31T17:00:00.000Z'), end: new Date('2023-12-31T17:00:00.000Z') });
  });

  it('knows quarters and lists the current period with the past ones, newest first', () => {
    expect(quarterOf(new Date('2026-09-30T17:30:00Z'))).toBe('2026-Q4');
    expect(quarterRange('2026-Q1')).toEqual({ start: new Date('2025-12-31T17:00:00.000Z'), end: new Date('2026-03-31T17:00:00.000Z') });
    expect(recentPeriods('month', new Date('2026-01-15T00:00:00Z'), 2)).toEqual(['2026-01', '2025-12', '2025-11']);
    expect(recentPeriods('quarter', new Date('2026-01-15T00:00:00Z'), 1)).toEqual(['2026-Q1', '2025-Q4']);
  });

  it('writes periods the way Vietnamese reports do', () => {
    expect(periodLabel('2026-11')).toBe('Tháng 11/2026');
    expect(periodLabel('2026-Q4')).toBe('Quý IV/2026');
  });

  it('refuses what is not a period', () => {
    expect(() => monthRange('2026-13')).toThrow(/YYYY-MM/);
    expect(() => quarterRange('2026-Q5')).toThrow(/YYYY-Qn/);
  });
});

/** `YYYY-MM-DDTHH:mm:ss.SSS` in Vietnam (UTC+7) as an instant. */
const vn = (local: string): Date => new Date(`${local}+07:00`);
const within = (instant: Date, range: { start: Date; end: Date }) => instant >= range.start && instant < range.end;

describe('board: the report of the 24th covers a calendar month or the days up to the report day', () => {
  const toDay24: ReportSettings = { period: 'to-report-day', day: 24 };
  const calendar: ReportSettings = { period: 'calendar-month', day: 24 };

  it('bounds a to-report-day report by local midnights after the 24th: 25/11 00:00 to 24/12 24:00', () => {
    expect(reportRange('2026-12', toDay24)).toEqual({ start: vn('2026-11-25T00:00:00.000'), end: vn('2026-12-25T00:00:00.000') });
    expect(rangeLabel(reportRange('2026-12', toDay24))).toBe('25/11/2026 – 24/12/2026');
    expect(reportRange('2026-12', calendar)).toEqual(monthRange('2026-12'));
    expect(rangeLabel(reportRange('2026-12', calendar))).toBe('01/12/2026 – 31/12/2026');
  });

  it('puts 23:59:59.999 on the 24th in this report and 00:00 on the 25th in the next one', () => {
    const last = vn('2026-12-24T23:59:59.999');
    const first = vn('2026-12-25T00:00:00.000');
    expect(within(last, reportRange('2026-12', toDay24))).toBe(true);
    expect(within(first, reportRange('2026-12', toDay24))).toBe(false);
    expect(within(first, reportRange('2027-01', toDay24))).toBe(true);
    expect(reportMonthOf(last, toDay24)).toBe('2026-12');
    expect(reportMonthOf(first, toDay24)).toBe('2027-01');
    // The calendar month keeps both in December.
    expect(reportMonthOf(first, calendar)).toBe('2026-12');
  });

  it('keeps the 1st inside a to-report-day report and moves calendar months at local midnight of the 1st', () => {
    const lastOfNovember = vn('2026-11-30T23:59:59.999');
    const firstOfDecember = vn('2026-12-01T00:00:00.000');
    expect(reportMonthOf(lastOfNovember, toDay24)).toBe('2026-12');
    expect(reportMonthOf(firstOfDecember, toDay24)).toBe('2026-12');
    expect(reportMonthOf(lastOfNovember, calendar)).toBe('2026-11');
    expect(reportMonthOf(firstOfDecember, calendar)).toBe('2026-12');
    expect(within(firstOfDecember, reportRange('2026-12', calendar))).toBe(true);
    expect(within(lastOfNovember, reportRange('2026-12', calendar))).toBe(false);
  });

  it('crosses December into January and one year into the next', () => {
    expect(reportRange('2027-01', toDay24)).toEqual({ start: vn('2026-12-25T00:00:00.000'), end: vn('2027-01-25T00:00:00.000') });
    expect(reportMonthOf(vn('2026-12-31T23:59:59.999'), toDay24)).toBe('2027-01');
    expect(reportMonthOf(vn('2026-12-31T23:59:59.999'), calendar)).toBe('2026-12');
    expect(reportMonthOf(vn('2027-01-01T00:00:00.000'), calendar)).toBe('2027-01');
    expect(nextMonth('2026-12')).toBe('2027-01');
    expect(royaltyMonthOf('2027-01', toDay24)).toBe('2026-12');
    expect(royaltyMonthOf('2027-01', calendar)).toBe('2027-01');
  });

  it('follows one another without a gap or an overlap for every report day, through February of leap and common years', () => {
    for (let day = 1; day <= 28; day += 1) {
      const settings: ReportSettings = { period: 'to-report-day', day };
      let month = '2027-11';
      for (let i = 0; i < 28; i += 1) {
        const following = nextMonth(month);
        expect(reportRange(following, settings).start).toEqual(reportRange(month, settings).end);
        const end = reportRange(month, settings).end;
        expect(reportMonthOf(new Date(end.getTime() - 1), settings)).toBe(month);
        expect(reportMonthOf(end, settings)).toBe(following);
        month = following;
      }
    }
    // Report day 28: February's report ends on 28/02 in a common year and in a leap year.
    expect(rangeLabel(reportRange('2027-02', { period: 'to-report-day', day: 28 }))).toBe('29/01/2027 – 28/02/2027');
    expect(rangeLabel(reportRange('2028-03', { period: 'to-report-day', day: 28 }))).toBe('29/02/2028 – 28/03/2028');
    expect(rangeLabel(reportRange('2027-03', { period: 'to-report-day', day: 28 }))).toBe('01/03/2027 – 28/03/2027');
  });

  it('reads a site\u2019s settings with the defaults for what is missing or out of range', () => {
    expect(reportSettingsOf({})).toEqual({ period: 'calendar-month', day: 24 });
    expect(reportSettingsOf({ reportPeriod: 'to-report-day', reportDay: 5 })).toEqual({ period: 'to-report-day', day: 5 });
    expect(reportSettingsOf({ reportPeriod: 'weekly', reportDay: 31 })).toEqual({ period: 'calendar-month', day: 24 });
    expect(reportDate('2026-12', toDay24)).toBe('2026-12-24');
  });
});

describe('board: the reminder shows from five days before the report day until the day itself, in Vietnam time', () => {
  const settings: ReportSettings = { period: 'to-report-day', day: 24 };

  it('starts at local midnight five days before and ends with the report day', () => {
    expect(upcomingReport(vn('2026-12-18T23:59:59.999'), settings)).toBeNull();
    expect(upcomingReport(vn('2026-12-19T00:00:00.000'), settings)).toMatchObject({ month: '2026-12', date: '2026-12-24', daysLeft: 5 });
    expect(upcomingReport(vn('2026-12-21T10:00:00.000'), settings)).toMatchObject({ date: '2026-12-24', daysLeft: 3 });
    expect(upcomingReport(vn('2026-12-24T23:59:59.999'), settings)).toMatchObject({ date: '2026-12-24', daysLeft: 0 });
    expect(upcomingReport(vn('2026-12-25T00:00:00.000'), settings)).toBeNull();
    // 17:00 UTC on the 18th is already the 19th in Vũng Tàu.
    expect(upcomingReport(new Date('2026-12-18T17:00:00.000Z'), settings)).toMatchObject({ daysLeft: 5 });
    expect(upcomingReport(new Date('2026-12-18T16:59:59.999Z'), settings)).toBeNull();
  });

  it('reminds of an early report day from the month before, across the year', () => {
    const early: ReportSettings = { period: 'to-report-day', day: 2 };
    expect(upcomingReport(vn('2026-12-27T23:59:59.999'), early)).toBeNull();
    const reminder = upcomingReport(vn('2026-12-28T00:00:00.000'), early);
    expect(reminder).toMatchObject({ month: '2027-01', date: '2027-01-02', daysLeft: 5 });
    expect(rangeLabel(reminder!.range)).toBe('03/12/2026 – 02/01/2027');
    expect(upcomingReport(vn('2027-01-02T12:00:00.000'), early)).toMatchObject({ month: '2027-01', daysLeft: 0 });
    expect(upcomingReport(vn('2027-01-03T00:00:00.000'), early)).toBeNull();
  });

  it('gives the calendar month a report day too, covering that month', () => {
    const reminder = upcomingReport(vn('2026-12-20T08:00:00.000'), { period: 'calendar-month', day: 24 });
    expect(reminder).toMatchObject({ month: '2026-12', daysLeft: 4 });
    expect(rangeLabel(reminder!.range)).toBe('01/12/2026 – 31/12/2026');
  });
});
