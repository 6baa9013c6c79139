const TIME_ZONE = 'Asia/Ho_Chi_Minh';

// One formatter for every date: making one costs more than formatting with it, and an article
// listing formats a dozen dates per page over tens of thousands of pages.
const FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const parts = (date: Date): Record<string, string> => Object.fromEntries(FORMAT.formatToParts(date).map((p) => [p.type, p.value]));

/** A UTC instant as "ngày 04 tháng 12 năm 2023", in Vietnam's time zone. */
export const longDate = (date: Date): string => {
  const p = parts(date);
  return `ngày ${p.day} tháng ${p.month} năm ${p.year}`;
};

/** A UTC instant as "04/12/2023 14:05", in Vietnam's time zone. */
export const shortDateTime = (date: Date): string => {
  const p = parts(date);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
};

/** A UTC instant's day as "04/12/2023", in Vietnam's time zone. */
export const shortDate = (date: Date): string => {
  const p = parts(date);
  return `${p.day}/${p.month}/${p.year}`;
};

/** A calendar date ("2023-12-04", no time zone) as "04/12/2023", never converted. */
export const calendarDate = (iso: string): string => {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
};

/** The year of a calendar date ("2023-12-04"). */
export const yearOf = (iso: string): number => Number(iso.slice(0, 4));

/** An ISO timestamp for <time datetime>. */
export const isoString = (date: Date): string => date.toISOString();
