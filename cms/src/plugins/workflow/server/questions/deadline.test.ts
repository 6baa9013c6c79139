import { VIETNAMESE_HOLIDAYS } from '../../../../calendar/holidays-vn';
import { deadlineOf, workingDaysToAnswer } from './deadline';

describe('participation: a question’s deadline and time to answer', () => {
  // Friday 13 February 2026, 10:00 in Vũng Tàu; Tết 2026's days off follow.
  const receivedAt = '2026-02-13T03:00:00.000Z';

  it('counts the site’s working days from the day after receipt, over Tết', () => {
    const { dueDate } = deadlineOf({ receivedAt }, { questionDueWorkingDays: 3 }, new Date(receivedAt), VIETNAMESE_HOLIDAYS);
    const naive = deadlineOf({ receivedAt }, { questionDueWorkingDays: 3 }, new Date(receivedAt), []).dueDate;
    expect(naive).toBe('2026-02-18');
    expect(dueDate > naive).toBe(true);
  });

  it('is in time through the whole due day, late the day after, and judged by the answer once answered', () => {
    const site = { questionDueWorkingDays: 1 };
    const due = deadlineOf({ receivedAt: '2026-03-02T03:00:00.000Z' }, site, new Date('2026-03-02T03:00:00.000Z'), []).dueDate;
    expect(due).toBe('2026-03-03');
    // 23:59 local on the due day (16:59 UTC) is in time; 00:01 the next day (17:01 UTC) is not.
    expect(deadlineOf({ receivedAt: '2026-03-02T03:00:00.000Z' }, site, new Date('2026-03-03T16:59:00.000Z'), []).overdue).toBe(false);
    expect(deadlineOf({ receivedAt: '2026-03-02T03:00:00.000Z' }, site, new Date('2026-03-03T17:01:00.000Z'), []).overdue).toBe(true);
    const answered = { receivedAt: '2026-03-02T03:00:00.000Z', answeredAt: '2026-03-03T09:00:00.000Z' };
    expect(deadlineOf(answered, site, new Date('2026-06-01T00:00:00.000Z'), []).overdue).toBe(false);
  });

  it('takes the default deadline when the site has none, and counts time to answer in working days', () => {
    expect(deadlineOf({ receivedAt: '2026-03-02T03:00:00.000Z' }, null, new Date(), []).dueDate).toBe('2026-03-23');
    expect(workingDaysToAnswer('2026-03-02T03:00:00.000Z', '2026-03-02T09:00:00.000Z', [])).toBe(0);
    // Friday to the next Tuesday: Monday and Tuesday.
    expect(workingDaysToAnswer('2026-03-06T03:00:00.000Z', '2026-03-10T03:00:00.000Z', [])).toBe(2);
  });
});
