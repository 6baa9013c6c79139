import type { Random } from '../random';
import type { SiteSeed } from '../types';

/** Helpers shared by the article and legal-document generators: names, slugs, dates, templates. */

/** ASCII kebab-case: "Đô thị văn minh" → "do-thi-van-minh" (đ is not a combining mark, so it goes first). */
export const asciiSlug = (text: string, maxLength = 90): string => {
  const slug = text
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : maxLength);
};

/**
 * "Phường 7", "Phường Thắng Tam", "Xã Long Sơn" for a ward site, read from the short name or the
 * full name (the sites helper may write either "Phường 7" or "Trang TTĐT Phường 7").
 */
export const placeName = (site: SiteSeed): string => {
  const pattern = /(Phường|Xã)\s[\p{L}\d]+(?:\s[\p{Lu}\d][\p{L}\d]*)*/u;
  return site.shortName.match(pattern)?.[0] ?? site.name.match(pattern)?.[0] ?? site.shortName;
};

/**
 * A ward's name inside a sentence: Nghị định 30/2020/NĐ-CP keeps the capital only when the name is
 * a number or a person's name (Phường 7, Phường Nguyễn An Ninh), else "phường Thắng Tam", "xã Long Sơn".
 */
export const placeInText = (site: SiteSeed): string => {
  const name = placeName(site);
  return /^(Phường|Xã) (\d+|Nguyễn An Ninh)$/.test(name) ? name : name.charAt(0).toLocaleLowerCase('vi') + name.slice(1);
};

export const isCity = (site: SiteSeed): boolean => site.kind === 'city';

/** Replaces {name} placeholders; an unknown placeholder is a template bug, so it throws. */
export const fill = (template: string, vars: Readonly<Record<string, string>>): string =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = vars[key];
    if (value === undefined) throw new Error(`Template placeholder {${key}} has no value: ${template}`);
    return value;
  });

/** Upper-cases the first letter of the text and of every sentence in it. */
export const capitalizeSentences = (text: string): string =>
  text.replace(/(^|[.!?]\s+)(\p{Ll})/gu, (_, lead: string, letter: string) => lead + letter.toLocaleUpperCase('vi'));

/** Vietnamese thousands separator: 2500 → "2.500". */
export const formatNumber = (value: number): string => value.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');

const pad = (value: number): string => value.toString().padStart(2, '0');

/** YYYY-MM-DD of a UTC date. */
export const isoDate = (date: Date): string => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

export const DAY_MS = 86_400_000;

/** Midnight UTC of the given day. */
export const startOfDay = (date: Date): Date => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));

/**
 * A moment during Vietnamese office hours (07:30–17:00 in UTC+7, i.e. 00:30–10:00 UTC) on the
 * given day; Sundays move back to Friday, as portals rarely post on Sundays.
 */
export const officeHoursOn = (day: Date, random: Random): Date => {
  const base = startOfDay(day);
  const shifted = base.getUTCDay() === 0 ? new Date(base.getTime() - 2 * DAY_MS) : base;
  const minutes = random.int(30, 599);
  return new Date(shifted.getTime() + minutes * 60_000);
};

/** A day between `minDays` and `maxDays` days before `now`, at office hours. */
export const officeHoursBefore = (now: Date, minDays: number, maxDays: number, random: Random): Date =>
  officeHoursOn(new Date(startOfDay(now).getTime() - random.int(minDays, maxDays) * DAY_MS), random);

/** Posted on a portal `days` after the YYYY-MM-DD issue date, `minutes` after midnight UTC (default 09:30 in Vietnam). */
export const postedAfter = (issuedDate: string, days: number, minutes = 150): string =>
  new Date(Date.parse(`${issuedDate}T00:00:00Z`) + days * DAY_MS + minutes * 60_000).toISOString();

/** Distinct picks from a list, in a random order (fewer when the list is short). */
export const sample = <T>(items: readonly T[], count: number, random: Random): T[] => {
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < count && pool.length > 0) picked.push(pool.splice(random.int(0, pool.length - 1), 1)[0]);
  return picked;
};

/** Deep NFC normalisation of every string in a seed object (templates are NFC, this is a safety net). */
export const nfc = <T>(value: T): T => {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((item: unknown) => nfc(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, nfc(item)])) as T;
  }
  return value;
};
