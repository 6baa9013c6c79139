import { median } from './question-report';

describe('participation: the questions report’s median', () => {
  it('is the middle value, the mean of the middle two for an even count, and none without values', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([0, 0, 1, 2])).toBe(0.5);
  });
});
