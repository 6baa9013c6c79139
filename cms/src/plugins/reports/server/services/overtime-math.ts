/**
 * Overtime pay (làm thêm giờ) of the staff who run the portal: one entry per person and month,
 * paid from the portal's whole budget, not from its royalty part. Seed 001: about 3 million đồng
 * a month for the city's board, at the Ministry of Finance's overtime rates.
 */

import type { FieldProblem } from '../../../../utils/validation-error';

/** Bounds: a month's overtime of one person is at most 200 hours and 100 million đồng. */
export const OVERTIME_LIMITS = { maxAmount: 100_000_000, minHours: 0.5, maxHours: 200, name: 100, note: 500 } as const;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
// eslint-disable-next-line no-control-regex -- a name holds no control characters
const CONTROL = /[\u0000-\u001F\u007F]/;

export const OVERTIME_MESSAGES = {
  month: 'Chọn tháng theo dạng YYYY-MM (ví dụ 2026-11).',
  staffName: `Nhập họ tên người làm thêm giờ (tối đa ${OVERTIME_LIMITS.name} ký tự).`,
  amount: `Số tiền là số nguyên đồng, lớn hơn 0 và không quá ${OVERTIME_LIMITS.maxAmount.toLocaleString('vi-VN')} đồng.`,
  hours: `Số giờ từ ${String(OVERTIME_LIMITS.minHours).replace('.', ',')} đến ${OVERTIME_LIMITS.maxHours} (để trống nếu không ghi).`,
  note: `Ghi chú tối đa ${OVERTIME_LIMITS.note} ký tự.`,
  staffUser: 'Tài khoản người làm thêm giờ không hợp lệ.',
} as const;

export interface OvertimeInput {
  month: string;
  staffName: string;
  amount: number;
  hours: number | null;
  note: string | null;
  staffUser: number | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value.normalize('NFC').trim() : null);

/** A plain decimal numeral or a finite number, never `1e3`, `0x10` or an array. */
const numeric = (value: unknown): number | null => {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && /^\d{1,12}(?:[.,]\d{1,2})?$/.test(value.trim())) return Number(value.trim().replace(',', '.'));
  return null;
};

/** Reads an entry from untrusted input: the entry, or every field's problem (Vietnamese). */
export const readOvertime = (body: Record<string, unknown>): { entry: OvertimeInput | null; problems: FieldProblem[] } => {
  const problems: FieldProblem[] = [];
  const month = text(body.month);
  if (!month || !MONTH.test(month)) problems.push({ path: ['month'], message: OVERTIME_MESSAGES.month });
  const staffName = text(body.staffName);
  if (!staffName || staffName.length > OVERTIME_LIMITS.name || CONTROL.test(staffName))
    problems.push({ path: ['staffName'], message: OVERTIME_MESSAGES.staffName });
  const amount = numeric(body.amount);
  if (amount === null || !Number.isInteger(amount) || amount <= 0 || amount > OVERTIME_LIMITS.maxAmount)
    problems.push({ path: ['amount'], message: OVERTIME_MESSAGES.amount });
  const rawHours = body.hours === undefined || body.hours === null || body.hours === '' ? null : numeric(body.hours);
  const hoursGiven = !(body.hours === undefined || body.hours === null || body.hours === '');
  if (hoursGiven && (rawHours === null || rawHours < OVERTIME_LIMITS.minHours || rawHours > OVERTIME_LIMITS.maxHours))
    problems.push({ path: ['hours'], message: OVERTIME_MESSAGES.hours });
  const note = body.note === undefined || body.note === null ? '' : text(body.note);
  if (note === null || note.length > OVERTIME_LIMITS.note) problems.push({ path: ['note'], message: OVERTIME_MESSAGES.note });
  const user = body.staffUser;
  const staffUser =
    user === undefined || user === null || user === ''
      ? null
      : typeof user === 'number' && Number.isSafeInteger(user) && user > 0
        ? user
        : NaN;
  if (Number.isNaN(staffUser)) problems.push({ path: ['staffUser'], message: OVERTIME_MESSAGES.staffUser });
  if (problems.length > 0) return { entry: null, problems };
  return {
    entry: { month: month!, staffName: staffName!, amount: amount!, hours: rawHours, note: note || null, staffUser },
    problems,
  };
};
