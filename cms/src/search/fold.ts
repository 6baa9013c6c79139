/**
 * Vietnamese text in the form both search engines match on: lower case, without tone marks or
 * vowel diacritics, đ → d. Meilisearch folds this way itself; the embedded engine stores and
 * queries folded text, so "do thi van minh" finds "đô thị văn minh" on both.
 */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    // Combining marks: the five tones plus the breve, circumflex and horn of ă â ê ô ơ ư.
    .replace(/[\u0300-\u036f]/g, '')
    // Đ/đ are letters of their own in Unicode, with no decomposition.
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();

const WORD = /[\p{L}\p{N}]+/gu;

/** The folded words of a text, in order: "8083/QĐ-UBND" → ["8083", "qd", "ubnd"]. */
export const words = (text: string): string[] => fold(text).match(WORD) ?? [];

/** Every word of a text with where it stands in the original, for highlighting. */
export const wordSpans = (text: string): Array<{ word: string; start: number; end: number }> => {
  const spans: Array<{ word: string; start: number; end: number }> = [];
  // Folding keeps positions only on the NFC text when each letter folds to one letter, which holds
  // for Vietnamese (precomposed letters fold to one ASCII letter); other scripts are left as they are.
  const nfc = text.normalize('NFC');
  for (const match of nfc.matchAll(WORD)) {
    spans.push({ word: fold(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return spans;
};
