// Not imported from @vungtau/publishing: its index also exports the release code, which reads the disk.
const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const WEEKDAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];

/** "2026-12-07" → "07/12/2026". */
export const dmy = (date: string): string => date.split('-').reverse().join('/');

/** The days of a week with their Vietnamese names: [["2026-12-07", "Thứ Hai 07/12"], …]. */
export const weekDays = (monday: string): Array<[string, string]> =>
  WEEKDAYS.map((name, i) => {
    const date = addDays(monday, i);
    return [date, `${name} ${dmy(date).slice(0, 5)}`];
  });

/** "08:00:00.000" → "08:00". */
export const hm = (time: string | null | undefined): string => (time ?? '').slice(0, 5);
