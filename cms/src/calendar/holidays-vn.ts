/**
 * Vietnamese public holidays, compensatory days off and swapped days, 2024–2027: what a deadline
 * in working days skips (working-days.ts). The CMS copies them into `api::public-holiday` for the
 * years that table has nothing of (calendar-store.ts); operators keep the table. The rules: Bộ luật Lao động 2019, Điều 112 (the
 * holidays) and Điều 111 khoản 3 (a holiday on a weekly rest day is made up on the next working
 * day); for civil servants the Tết days, Quốc khánh's second day and any swap are announced each
 * year by the Bộ Lao động – Thương binh và Xã hội (from March 2025 the Bộ Nội vụ) on the Prime
 * Minister's decision. An entry is `confirmed` when it follows from the law alone or was checked
 * against that year's announcement; the rest are this file's best reading, for an operator to
 * check (docs/participation.md says how to add a year).
 *
 * Lunar dates (Tết, Giỗ Tổ Hùng Vương 10/3 âm lịch) are converted for the UTC+7 meridian, as the
 * Vietnamese calendar is; they were checked against two converters (`lunar-javascript` 1.7.7 and
 * `vietnamese-lunar-calendar` 0.0.6 run in Asia/Ho_Chi_Minh), which agree for these years:
 * Tết (mùng 1) 2024-02-10, 2025-01-29, 2026-02-17, 2027-02-06; Giỗ Tổ 2024-04-18, 2025-04-07,
 * 2026-04-26, 2027-04-16.
 */

/**
 * - `holiday`: a statutory holiday (ngày lễ, Tết).
 * - `compensatory-day-off`: nghỉ bù, a working day off because a holiday fell on a weekend.
 * - `swapped-day-off`: a working day off in exchange for a Saturday worked (hoán đổi ngày làm việc).
 * - `swapped-working-day`: ngày làm bù, that Saturday, worked.
 */
export type CalendarDayKind = 'holiday' | 'compensatory-day-off' | 'swapped-day-off' | 'swapped-working-day';

export interface CalendarDay {
  /** The local date in Asia/Ho_Chi_Minh, yyyy-MM-dd. */
  date: string;
  /** What staff read, in Vietnamese. */
  name: string;
  kind: CalendarDayKind;
  /** False when the date is this file's reading of a choice the government had not announced, or not known here for certain. */
  confirmed: boolean;
  /** The law or the announcement the entry rests on. */
  source: string;
}

const LAW = 'Bộ luật Lao động 2019, Điều 112';
const MAKE_UP = 'Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù ngày làm việc kế tiếp)';
const MOLISA_2024 = 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Âm lịch và Quốc khánh 2024 (11/2023)';
const SWAP_2024 = 'Thông báo của Bộ LĐTBXH về hoán đổi ngày làm việc dịp 30/4–1/5/2024, theo ý kiến Thủ tướng (4/2024)';
const MOLISA_2025 = 'Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Âm lịch và Quốc khánh 2025 (11/2024)';
const SWAP_2025 = 'Thông báo của Bộ Nội vụ về hoán đổi ngày làm việc dịp 30/4–1/5/2025, theo ý kiến Thủ tướng (4/2025)';
const EXPECTED = 'Dự kiến theo Điều 112; cần đối chiếu thông báo của Bộ Nội vụ năm đó';

const tet = (year: number, day: number) => `Tết Âm lịch ${year} (mùng ${day})`;

export const VIETNAMESE_HOLIDAYS: readonly CalendarDay[] = [
  // 2024 (Tết Giáp Thìn: mùng 1 = 10/2)
  { date: '2024-01-01', name: 'Tết Dương lịch', kind: 'holiday', confirmed: true, source: LAW },
  { date: '2024-02-08', name: 'Tết Âm lịch 2024 (29 tháng Chạp)', kind: 'holiday', confirmed: true, source: MOLISA_2024 },
  { date: '2024-02-09', name: 'Tết Âm lịch 2024 (30 tháng Chạp)', kind: 'holiday', confirmed: true, source: MOLISA_2024 },
  { date: '2024-02-12', name: tet(2024, 3), kind: 'holiday', confirmed: true, source: MOLISA_2024 },
  { date: '2024-02-13', name: tet(2024, 4), kind: 'holiday', confirmed: true, source: MOLISA_2024 },
  { date: '2024-02-14', name: tet(2024, 5), kind: 'holiday', confirmed: true, source: MOLISA_2024 },
  { date: '2024-04-18', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', kind: 'holiday', confirmed: true, source: LAW },
  { date: '2024-04-29', name: 'Nghỉ hoán đổi dịp 30/4–1/5', kind: 'swapped-day-off', confirmed: true, source: SWAP_2024 },
  { date: '2024-04-30', name: 'Ngày Chiến thắng (30/4)', kind: 'holiday', confirmed: true, source: LAW },
  { date: '2024-05-01', name: 'Ngày Quốc tế Lao động (1/5)', kind: 'holiday', confirmed: true, source: LAW },
  { date: '2024-05-04', name: 'Làm bù cho ngày 29/4', kind: 'swapped-working-day', confirmed: true, source: SWAP_2024 },
  { date: '2024-09-02', name: 'Quốc khánh (2/9)', kind: 'holiday', confirmed: true, source: LAW },
  { date: '2024-09-03', name: 'Quốc khánh (ngày liền sau 2/9)', kind: 'holiday', confirmed: true, source: MOLISA_2024 },

  // 2025 (Tết Ất Tỵ: mùng 1 = 29/1; tháng Chạp thiếu, 28/1 is 29 Chạp)
  { date: '2025-01-01', name: 'Tết Dương lịch', kind: 'holiday', confirmed: true, source: LAW },
  { date: '2025-01-27', name: 'Tết Âm lịch 2025 (28 tháng Chạp)', kind: 'holiday', confirmed: true, source: MOLISA_2025 },
  { date: '2025-01-28', name: 'Tết Âm lịch 2025 (29 tháng Chạp)', kind: 'holiday', confirmed: true, source: MOLISA_2025 },
  { date: '2025-01-29', name: tet(2025, 1), kind: 'holiday', confirmed: true, source: MOLISA_2025 },
  { date: '2025-01-30', name: tet(2025, 2), kind: 'holiday', confirmed: true, source: MOLISA_2025 },
  { date: '2025-01-31', name: tet(2025, 3), kind: 'holiday', confirmed: true, source: MOLISA_2025 },
  { date: '2025-04-07', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', kind: 'holiday', confirmed: true, source: LAW },
  { date: '2025-04-26', name: 'Làm bù cho ngày 2/5', kind: 'swapped-working-day', confirmed: true, source: SWAP_2025 },
  { date: '2025-04-30', name: 'Ngày Chiến thắng (30/4)', kind: 'holiday', confirmed: true, source: LAW },
  { date: '2025-05-01', name: 'Ngày Quốc tế Lao động (1/5)', kind: 'holiday', confirmed: true, source: LAW },
  { date: '2025-05-02', name: 'Nghỉ hoán đổi dịp 30/4–1/5', kind: 'swapped-day-off', confirmed: true, source: SWAP_2025 },
  { date: '2025-09-01', name: 'Quốc khánh (ngày liền trước 2/9)', kind: 'holiday', confirmed: true, source: MOLISA_2025 },
  { date: '2025-09-02', name: 'Quốc khánh (2/9)', kind: 'holiday', confirmed: true, source: LAW },

  // 2026 (Tết Bính Ngọ: mùng 1 = 17/2; 16/2 is 29 Chạp)
  { date: '2026-01-01', name: 'Tết Dương lịch', kind: 'holiday', confirmed: true, source: LAW },
  { date: '2026-02-16', name: 'Tết Âm lịch 2026 (29 tháng Chạp)', kind: 'holiday', confirmed: false, source: EXPECTED },
  { date: '2026-02-17', name: tet(2026, 1), kind: 'holiday', confirmed: false, source: EXPECTED },
  { date: '2026-02-18', name: tet(2026, 2), kind: 'holiday', confirmed: false, source: EXPECTED },
  { date: '2026-02-19', name: tet(2026, 3), kind: 'holiday', confirmed: false, source: EXPECTED },
  { date: '2026-02-20', name: tet(2026, 4), kind: 'holiday', confirmed: false, source: EXPECTED },
  { date: '2026-04-26', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', kind: 'holiday', confirmed: true, source: LAW },
  { date: '2026-04-27', name: 'Nghỉ bù Giỗ Tổ Hùng Vương', kind: 'compensatory-day-off', confirmed: true, source: MAKE_UP },
  { date: '2026-04-30', name: 'Ngày Chiến thắng (30/4)', kind: 'holiday', confirmed: true, source: LAW },
  { date: '2026-05-01', name: 'Ngày Quốc tế Lao động (1/5)', kind: 'holiday', confirmed: true, source: LAW },
  { date: '2026-09-01', name: 'Quốc khánh (ngày liền trước 2/9)', kind: 'holiday', confirmed: false, source: EXPECTED },
  { date: '2026-09-02', name: 'Quốc khánh (2/9)', kind: 'holiday', confirmed: true, source: LAW },

  // 2027 (Tết Đinh Mùi: mùng 1 = Saturday 6/2; 5/2 is 29 Chạp). Tết's five days fall here on
  // 28–29 Chạp and mùng 3–5, the weekend holding mùng 1–2: a reading, not an announcement.
  { date: '2027-01-01', name: 'Tết Dương lịch', kind: 'holiday', confirmed: true, source: LAW },
  { date: '2027-02-04', name: 'Tết Âm lịch 2027 (28 tháng Chạp)', kind: 'holiday', confirmed: false, source: EXPECTED },
  { date: '2027-02-05', name: 'Tết Âm lịch 2027 (29 tháng Chạp)', kind: 'holiday', confirmed: false, source: EXPECTED },
  { date: '2027-02-08', name: tet(2027, 3), kind: 'holiday', confirmed: false, source: EXPECTED },
  { date: '2027-02-09', name: tet(2027, 4), kind: 'holiday', confirmed: false, source: EXPECTED },
  { date: '2027-02-10', name: tet(2027, 5), kind: 'holiday', confirmed: false, source: EXPECTED },
  { date: '2027-04-16', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', kind: 'holiday', confirmed: true, source: LAW },
  { date: '2027-04-30', name: 'Ngày Chiến thắng (30/4)', kind: 'holiday', confirmed: true, source: LAW },
  { date: '2027-05-01', name: 'Ngày Quốc tế Lao động (1/5)', kind: 'holiday', confirmed: true, source: LAW },
  { date: '2027-05-03', name: 'Nghỉ bù Ngày Quốc tế Lao động', kind: 'compensatory-day-off', confirmed: true, source: MAKE_UP },
  { date: '2027-09-02', name: 'Quốc khánh (2/9)', kind: 'holiday', confirmed: true, source: LAW },
  { date: '2027-09-03', name: 'Quốc khánh (ngày liền sau 2/9)', kind: 'holiday', confirmed: false, source: EXPECTED },
];
