import type { Lang } from '../i18n';

export interface Localized<T> {
  value: T;
  /** Set when an English page shows the Vietnamese, so that element says lang="vi" (WCAG 2.1, 3.1.2). */
  lang?: 'vi';
}

const isEmpty = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

/** On an English page the English field when the editors filled it in, else the Vietnamese one; on a Vietnamese page the Vietnamese. */
export const localized = <T>(lang: Lang, vi: T, en: T | null | undefined): Localized<T> => {
  if (lang === 'vi') return { value: vi };
  return isEmpty(en) ? { value: vi, lang: 'vi' } : { value: en as T };
};
