const vnd = new Intl.NumberFormat('vi-VN');

/** "1.234.567 đ" */
export const formatVnd = (amount: number | null | undefined): string =>
  amount === null || amount === undefined ? '—' : `${vnd.format(amount)} đ`;

export const formatNumber = (value: number | null | undefined): string => (value === null || value === undefined ? '—' : vnd.format(value));

/** "Tháng 11/2026" from "2026-11". */
export const monthLabel = (key: string | null | undefined): string => {
  if (!key) return '';
  const [year, month] = key.split('-');
  return `tháng ${Number(month)}/${year}`;
};

/**
 * A whole number of đồng as staff type it, grouped the Vietnamese way ("3.000.000", "3 000 000 đ")
 * or not: the digits, for the server to check. Anything else is passed as typed, so the server's
 * message names it.
 */
export const typedAmount = (typed: string): string => {
  const bare = typed
    .trim()
    .replace(/\s*(đồng|đ)$/i, '')
    .trim();
  return /^\d{1,3}([.\s]\d{3})+$/.test(bare) ? bare.replace(/[.\s]/g, '') : bare;
};

/** Hours with a Vietnamese decimal comma ("2,5") as the server reads them ("2.5"). */
export const typedHours = (typed: string): string => typed.trim().replace(/^(\d+),(\d+)$/, '$1.$2');
