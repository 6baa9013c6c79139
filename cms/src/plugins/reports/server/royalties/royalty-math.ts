/**
 * Royalty arithmetic (nhuận bút = hệ số × giá trị một đơn vị hệ số, split by the co-authors'
 * shares). Everything is integer VND; coefficients and shares are turned into fixed-point
 * integers first, so 0.1 + 0.2 never decides anyone's pay.
 */

/** Coefficients are kept to three decimals (e.g. 1.255). */
const COEFFICIENT_SCALE = 1000;
/** Shares are percentages kept to two decimals (e.g. 33.33 %). */
const SHARE_SCALE = 100;

const toFixed = (value: number, scale: number): number => Math.round(value * scale);

/** The whole piece's royalty: coefficient × unit value, rounded half up to the đồng. */
export const pieceAmount = (coefficient: number, unitValue: number): number => {
  if (!Number.isFinite(coefficient) || coefficient < 0) throw new RangeError(`Invalid coefficient ${coefficient}`);
  if (!Number.isInteger(unitValue) || unitValue < 0) throw new RangeError(`Invalid unit value ${unitValue}`);
  const scaled = toFixed(coefficient, COEFFICIENT_SCALE) * unitValue;
  return Math.floor((scaled + COEFFICIENT_SCALE / 2) / COEFFICIENT_SCALE);
};

/**
 * Splits an amount by shares so the parts add up to exactly the amount: each part is rounded
 * down, and the đồng left over go to the largest remainders (the first author on a tie).
 */
export const splitByShares = (total: number, shares: readonly number[]): number[] => {
  if (shares.length === 0) return [];
  const weights = shares.map((share) => toFixed(share, SHARE_SCALE));
  if (weights.some((weight) => weight < 0)) throw new RangeError('A share cannot be negative');
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return shares.map(() => 0);
  const parts = weights.map((weight) => Math.floor((total * weight) / sum));
  const remainders = weights.map((weight, index) => ({ index, rest: (total * weight) % sum }));
  let left = total - parts.reduce((a, b) => a + b, 0);
  for (const { index } of [...remainders].sort((a, b) => b.rest - a.rest || a.index - b.index)) {
    if (left <= 0) break;
    parts[index] += 1;
    left -= 1;
  }
  return parts;
};

export interface CoefficientRange {
  min: number;
  max: number;
}

/** Whether a coefficient lies within the rate table's range for the form (bounds included). */
export const withinRange = (coefficient: number, range: CoefficientRange): boolean =>
  Number.isFinite(coefficient) &&
  toFixed(coefficient, COEFFICIENT_SCALE) >= toFixed(range.min, COEFFICIENT_SCALE) &&
  toFixed(coefficient, COEFFICIENT_SCALE) <= toFixed(range.max, COEFFICIENT_SCALE);

/** A coefficient as stored: three decimals at most. */
export const normaliseCoefficient = (coefficient: number): number => toFixed(coefficient, COEFFICIENT_SCALE) / COEFFICIENT_SCALE;

export interface Author {
  contributorId: number;
  share: number;
}

export interface AuthorAmount extends Author {
  amount: number;
}

/** Each author's royalty for one piece. */
export const authorAmounts = (coefficient: number, unitValue: number, authors: readonly Author[]): AuthorAmount[] => {
  const parts = splitByShares(
    pieceAmount(coefficient, unitValue),
    authors.map((author) => author.share)
  );
  return authors.map((author, index) => ({ ...author, amount: parts[index] }));
};

/** "1.234.567 đ", the way Vietnamese documents write money. */
export const formatVnd = (amount: number): string => `${new Intl.NumberFormat('vi-VN').format(amount)} đ`;
