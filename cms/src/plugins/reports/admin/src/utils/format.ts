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
