import { authorAmounts, formatVnd, normaliseCoefficient, pieceAmount, splitByShares, withinRange } from './royalty-math';

describe('royalty arithmetic', () => {
  it('multiplies the coefficient by the unit value in whole đồng', () => {
    expect(pieceAmount(1.5, 234_000)).toBe(351_000);
    expect(pieceAmount(2.5, 180_000)).toBe(450_000);
    // 0.1 × 3 would be 0.30000000000000004 in floating point; the result is still exact.
    expect(pieceAmount(0.3, 1_000_001)).toBe(300_000);
    expect(pieceAmount(1.255, 1_001)).toBe(1_256); // 1256.255 rounds down
    expect(pieceAmount(0.0005, 1_000)).toBe(1); // 0.5 đ rounds half up
  });

  it('splits co-authors so the parts add up to the piece exactly', () => {
    expect(splitByShares(351_000, [60, 40])).toEqual([210_600, 140_400]);
    const thirds = splitByShares(100_000, [33.33, 33.33, 33.34]);
    expect(thirds.reduce((a, b) => a + b, 0)).toBe(100_000);
    expect(thirds).toEqual([33_330, 33_330, 33_340]);
    const odd = splitByShares(100_001, [50, 50]);
    expect(odd).toEqual([50_001, 50_000]);
    expect(splitByShares(0, [100])).toEqual([0]);
  });

  it('gives each author their share of the piece', () => {
    expect(
      authorAmounts(3, 234_000, [
        { contributorId: 7, share: 70 },
        { contributorId: 9, share: 30 },
      ])
    ).toEqual([
      { contributorId: 7, share: 70, amount: 491_400 },
      { contributorId: 9, share: 30, amount: 210_600 },
    ]);
  });

  it('accepts coefficients within the range, bounds included, and nothing outside', () => {
    const range = { min: 1, max: 2 };
    expect(withinRange(1, range)).toBe(true);
    expect(withinRange(2, range)).toBe(true);
    expect(withinRange(1.999, range)).toBe(true);
    expect(withinRange(2.001, range)).toBe(false);
    expect(withinRange(0.999, range)).toBe(false);
    expect(withinRange(Number.NaN, range)).toBe(false);
    expect(normaliseCoefficient(1.23456)).toBe(1.235);
  });

  it('refuses negative or fractional inputs instead of paying nonsense', () => {
    expect(() => pieceAmount(-1, 1000)).toThrow(RangeError);
    expect(() => pieceAmount(1, 1000.5)).toThrow(RangeError);
  });

  it('writes VND the Vietnamese way', () => {
    expect(formatVnd(790_000_000)).toBe('790.000.000 đ');
  });
});
