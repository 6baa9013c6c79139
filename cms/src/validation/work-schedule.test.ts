import { addDays, dayIn, isIsoDate, isoWeek, mondayOf, weekSegment } from '@vungtau/publishing';
import { entryProblems } from './work-schedule';

describe('sections: work schedule weeks (unit)', () => {
  it.each([
    ['2026-12-07', 2026, 50],
    ['2026-12-31', 2026, 53],
    ['2027-01-03', 2026, 53],
    ['2027-01-04', 2027, 1],
    ['2024-12-30', 2025, 1],
    ['2021-01-03', 2020, 53],
  ])('puts %s in ISO week %i-%i', (date, year, week) => {
    expect(isoWeek(date)).toEqual({ year, week });
  });

  it('names a week page by its Monday, and finds the Monday of any day', () => {
    expect(weekSegment('2027-01-04')).toBe('2027-tuan-01');
    expect(mondayOf('2026-12-13')).toBe('2026-12-07');
    expect(mondayOf('2026-12-07')).toBe('2026-12-07');
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
  });

  it('takes "today" in Vietnam: 17:00 UTC is already the next day', () => {
    expect(dayIn(new Date('2026-12-06T16:59:00Z'))).toBe('2026-12-06');
    expect(dayIn(new Date('2026-12-06T17:00:00Z'))).toBe('2026-12-07');
  });

  it('knows real calendar days only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('07/12/2026')).toBe(false);
  });

  it('finds each problem of a week’s entries on its field, and none in a good week', () => {
    const monday = '2026-12-07';
    expect(
      entryProblems(monday, [
        { date: monday, startTime: '08:00:00.000', endTime: '10:00:00.000', state: 'planned', note: null, leaders: [{ documentId: 'o1' }] },
        {
          date: '2026-12-13',
          startTime: '08:00:00',
          endTime: null,
          state: 'cancelled',
          note: 'Hoãn do mưa bão.',
          leaderNames: 'Đ/c Nguyễn Văn A - Phó Chủ tịch UBND tỉnh',
        },
      ])
    ).toEqual([]);
    const problems = entryProblems(monday, [
      { date: '2026-12-14', startTime: '08:00:00.000', endTime: '07:00:00.000', state: 'changed', note: '' },
      { date: null, startTime: null, state: 'planned', leaders: [], leaderNames: '  ' },
    ]);
    expect(problems.map((p) => p.path.join('.'))).toEqual([
      'entries.0.date',
      'entries.0.endTime',
      'entries.0.leaders',
      'entries.0.note',
      'entries.1.date',
      'entries.1.startTime',
      'entries.1.leaders',
    ]);
    expect(problems[2].message).toBe('Mục 1: chọn lãnh đạo dự (hoặc ghi tên ở ô Lãnh đạo khác).');
    expect(problems[0].message).toBe('Mục 1: ngày 14/12/2026 không thuộc tuần từ 07/12/2026 đến 13/12/2026.');
  });
});
