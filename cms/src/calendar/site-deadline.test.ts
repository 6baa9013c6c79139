import schema from '../api/site/content-types/site/schema.json';
import { DEFAULT_DUE_WORKING_DAYS, MAX_DUE_WORKING_DAYS, MIN_DUE_WORKING_DAYS, dueWorkingDaysOf } from './working-days';

describe('participation: a site’s deadline in working days', () => {
  it('keeps the constants and the site schema in step, and the setting out of the public API', () => {
    expect(schema.attributes.questionDueWorkingDays).toEqual({
      type: 'integer',
      min: MIN_DUE_WORKING_DAYS,
      max: MAX_DUE_WORKING_DAYS,
      default: DEFAULT_DUE_WORKING_DAYS,
      private: true,
    });
  });

  it('falls back to the default for a site stored before the setting existed', () => {
    expect(dueWorkingDaysOf({ questionDueWorkingDays: null })).toBe(DEFAULT_DUE_WORKING_DAYS);
    expect(dueWorkingDaysOf({})).toBe(DEFAULT_DUE_WORKING_DAYS);
    expect(dueWorkingDaysOf({ questionDueWorkingDays: 10 })).toBe(10);
  });
});
