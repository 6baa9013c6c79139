import { en } from './en';
import { vi } from './vi';

export type Lang = 'vi' | 'en';

/** The strings of a page's language; shared components read only keys both dictionaries have. */
export const strings = (lang: Lang) => (lang === 'en' ? en : vi);
