import { startOfVietnamMonth } from './home';
import { EDIT_GRANTS, grantedTo, TRANSITIONS } from './rules';

describe('editors: home page and refusal helpers', () => {
  it('starts the month at midnight Vietnam time, which is 17:00 UTC the day before', () => {
    expect(startOfVietnamMonth(new Date('2026-12-07T06:00:00Z')).toISOString()).toBe('2026-11-30T17:00:00.000Z');
    // 20:00 UTC on 31 December is already 1 January in Vietnam.
    expect(startOfVietnamMonth(new Date('2026-12-31T20:00:00Z')).toISOString()).toBe('2026-12-31T17:00:00.000Z');
    expect(startOfVietnamMonth(new Date('2026-12-31T16:59:59Z')).toISOString()).toBe('2026-11-30T17:00:00.000Z');
  });

  it('names who may act in a state, as a refusal says it', () => {
    expect(grantedTo(TRANSITIONS.approve.grants, 'edited')).toEqual(['approver']);
    expect(grantedTo(TRANSITIONS.return.grants, 'submitted')).toEqual(['editor', 'approver']);
    expect(grantedTo(EDIT_GRANTS, 'submitted')).toEqual(['editor', 'approver']);
    expect(grantedTo(EDIT_GRANTS, 'returned')).toEqual(['author', 'answerer']);
    expect(grantedTo(EDIT_GRANTS, 'scheduled')).toEqual([]);
  });
});
