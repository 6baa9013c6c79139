import fc from 'fast-check';
import { assignmentStatus, currentDirection, previousMonth, vietnamDate, vietnamMonth } from './state';

const at = (iso: string) => new Date(iso);

describe('board: Vietnam dates', () => {
  it('turns the day and the month at 17:00 UTC, Vietnam midnight', () => {
    expect(vietnamDate(at('2026-11-30T16:59:59.999Z'))).toBe('2026-11-30');
    expect(vietnamDate(at('2026-11-30T17:00:00.000Z'))).toBe('2026-12-01');
    expect(vietnamMonth(at('2026-11-30T16:59:59.999Z'))).toBe('2026-11');
    expect(vietnamMonth(at('2026-11-30T17:00:00.000Z'))).toBe('2026-12');
    expect(vietnamMonth(at('2026-12-31T17:00:00.000Z'))).toBe('2027-01');
  });

  it('steps back a month across the year', () => {
    expect(previousMonth('2027-01')).toBe('2026-12');
    expect(previousMonth('2026-10')).toBe('2026-09');
  });
});

describe('board: the current direction holds until the next one', () => {
  const rows = [{ month: '2026-10' }, { month: '2026-12' }, { month: '2026-11' }];

  it("switches to a month's direction at that month's first Vietnam midnight, not before", () => {
    expect(currentDirection(rows, at('2026-11-30T16:59:59.999Z'))?.month).toBe('2026-11');
    expect(currentDirection(rows, at('2026-11-30T17:00:00.000Z'))?.month).toBe('2026-12');
  });

  it('keeps the last one while no newer month has a direction', () => {
    expect(currentDirection(rows, at('2027-03-15T00:00:00Z'))?.month).toBe('2026-12');
    expect(currentDirection(rows, at('2026-09-30T16:59:59Z'))).toBeNull();
  });

  it('is never a month after now, and no month between it and now has one (generated)', () => {
    const month = fc
      .tuple(fc.integer({ min: 2020, max: 2035 }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(
        fc.array(
          month.map((m) => ({ month: m })),
          { maxLength: 20 }
        ),
        fc.date({ min: new Date('2019-01-01'), max: new Date('2036-12-31'), noInvalidDate: true }),
        (list, now) => {
          const found = currentDirection(list, now);
          const current = vietnamMonth(now);
          const eligible = list.filter((row) => row.month <= current);
          if (!found) return eligible.length === 0;
          return found.month <= current && eligible.every((row) => row.month <= found.month);
        }
      ),
      { seed: 27, numRuns: 300 }
    );
  });
});

describe('board: an assignment state follows its articles', () => {
  const now = at('2026-12-07T03:00:00Z');
  const status = (articleStates: string[], dueOn: string | null = '2026-12-20', cancelled = false) =>
    assignmentStatus({ articleStates, dueOn, cancelled }, now);

  it('names the furthest stage any of its articles reached', () => {
    expect(status([]).stage).toBe('not-started');
    expect(status(['draft']).stage).toBe('writing');
    expect(status(['returned']).stage).toBe('writing');
    expect(status(['draft', 'submitted']).stage).toBe('submitted');
    expect(status(['edited']).stage).toBe('submitted');
    expect(status(['scheduled']).stage).toBe('submitted');
    expect(status(['draft', 'published']).stage).toBe('published');
    expect(status(['published'], '2026-12-20', true).stage).toBe('cancelled');
  });

  it('is overdue from the Vietnam midnight after its due day, while nothing is published', () => {
    const due = '2026-12-06';
    const beforeMidnight = at('2026-12-06T16:59:59.999Z');
    const afterMidnight = at('2026-12-06T17:00:00.000Z');
    expect(assignmentStatus({ articleStates: [], dueOn: due, cancelled: false }, beforeMidnight).overdue).toBe(false);
    expect(assignmentStatus({ articleStates: [], dueOn: due, cancelled: false }, afterMidnight).overdue).toBe(true);
    expect(assignmentStatus({ articleStates: ['submitted'], dueOn: due, cancelled: false }, afterMidnight).overdue).toBe(true);
    expect(assignmentStatus({ articleStates: ['published'], dueOn: due, cancelled: false }, afterMidnight).overdue).toBe(false);
    expect(assignmentStatus({ articleStates: [], dueOn: due, cancelled: true }, afterMidnight).overdue).toBe(false);
  });

  it('is overdue exactly when open and its day is before today in Vietnam (generated)', () => {
    const states = fc.array(fc.constantFrom('draft', 'submitted', 'edited', 'scheduled', 'published', 'returned', 'withdrawn'), {
      maxLength: 4,
    });
    fc.assert(
      fc.property(
        states,
        fc.boolean(),
        fc.date({ min: new Date('2026-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }),
        fc.integer({ min: -40, max: 40 }),
        (articleStates, cancelled, now, shift) => {
          const dueOn = new Date(now.getTime() + shift * 3_600_000 * 12).toISOString().slice(0, 10);
          const result = assignmentStatus({ articleStates, dueOn, cancelled }, now);
          const open = !cancelled && !articleStates.includes('published');
          expect(result.overdue).toBe(open && dueOn < vietnamDate(now));
          if (cancelled) expect(result.stage).toBe('cancelled');
        }
      ),
      { seed: 27, numRuns: 300 }
    );
  });
});
