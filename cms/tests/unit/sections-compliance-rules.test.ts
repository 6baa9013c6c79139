import { checkCompliance, isoWeekMonday, sectionsFor, type ComplianceInput } from '@vungtau/publishing';

// Thursday 10 December 2026, 09:00 in Viet Nam.
const NOW = new Date('2026-12-10T02:00:00Z');
const fresh = (count = 3): { count: number; lastUpdated: string } => ({ count, lastUpdated: '2026-12-09T03:00:00Z' });

const full: ComplianceInput = {
  organisation: fresh(),
  officials: fresh(),
  news: fresh(),
  normative: fresh(),
  administrative: fresh(),
  drafts: fresh(),
  schedule: { ...fresh(1), newest: '2026-12-07' },
  questions: fresh(),
  plans: fresh(),
  projects: fresh(),
  statistics: { ...fresh(2), newest: '2026-06-30' },
  publicServices: fresh(),
  english: fresh(),
  contact: fresh(1),
};

const statusOf = (input: ComplianceInput, section: string, kind: 'city' | 'ward' = 'city') =>
  checkCompliance(kind, input, NOW).sections.find((s) => s.section === section);

describe('sections: Nghị định 42 compliance rules', () => {
  it('passes every section of a city portal that has fresh content, with a Vietnamese reason', () => {
    const report = checkCompliance('city', full, NOW);
    expect(report.summary).toEqual({ ok: 14, stale: 0, missing: 0 });
    expect(statusOf(full, 'news')?.reason).toBe('3 mục, cập nhật lần cuối ngày 09/12/2026.');
    expect(statusOf({ ...full, contact: { count: 1, lastUpdated: null } }, 'contact')?.reason).toBe('1 mục.');
  });

  it('asks a ward for the sections every site needs and not the city-only ones', () => {
    expect(sectionsFor('ward')).toEqual([
      'organisation',
      'officials',
      'news',
      'administrative',
      'schedule',
      'questions',
      'publicServices',
      'english',
      'contact',
    ]);
    expect(checkCompliance('ward', {}, NOW).summary).toEqual({ ok: 0, stale: 0, missing: 9 });
  });

  it('marks a section missing when its type is absent or it has no item', () => {
    const { officials: _absent, ...rest } = full;
    expect(statusOf(rest, 'officials')).toMatchObject({
      status: 'missing',
      reason: 'Chưa có cán bộ, công chức có thẩm quyền nào.',
      count: 0,
    });
    expect(statusOf({ ...full, projects: { count: 0, lastUpdated: null } }, 'projects')?.status).toBe('missing');
  });

  it('marks the schedule stale when no schedule covers this ISO week (Viet Nam time)', () => {
    expect(statusOf({ ...full, schedule: { ...fresh(5), newest: '2026-11-30' } }, 'schedule')).toMatchObject({
      status: 'stale',
      reason: expect.stringContaining('tuần từ 07/12/2026'),
    });
    // Sunday 23:30 in Viet Nam is still the week of Monday 7 December; 00:30 on Monday is the next.
    expect(isoWeekMonday(new Date('2026-12-13T16:30:00Z'))).toBe('2026-12-07');
    expect(isoWeekMonday(new Date('2026-12-13T17:30:00Z'))).toBe('2026-12-14');
  });

  it('marks statistics stale when their newest period ended more than a year ago', () => {
    expect(statusOf({ ...full, statistics: { ...fresh(), newest: '2025-12-09' } }, 'statistics')?.status).toBe('stale');
    expect(statusOf({ ...full, statistics: { ...fresh(), newest: '2025-12-11' } }, 'statistics')?.status).toBe('ok');
  });

  it('asks news only to be there: no period of its own', () => {
    expect(statusOf({ ...full, news: { count: 40, lastUpdated: '2025-11-01T00:00:00Z' } }, 'news')?.status).toBe('ok');
  });
});
