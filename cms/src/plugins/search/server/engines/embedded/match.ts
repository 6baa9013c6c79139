import { words } from '../../../../../search/fold';
import { SEARCH_LIMITS } from '../request';
import { foldedSynonymGroups } from '../../../../../search/synonyms';

/** One word of the query, or a run of words a synonym stands for, with the forms that may match it. */
export interface QueryGroup {
  /** Each alternative is a phrase of folded words; the last word of the last group may be a prefix. */
  alternatives: string[][];
}

export interface ParsedQuery {
  groups: QueryGroup[];
  /** Whether the last word is still being typed (no space after it): matched as a prefix. */
  lastIsPrefix: boolean;
}

const sameWords = (a: string[], b: string[]): boolean => a.length === b.length && a.every((word, i) => word === b[i]);

/**
 * Splits a query into groups, folding it and expanding synonyms: "UBND phường 7" →
 * [{ubnd | uy ban nhan dan}, {phuong}, {7}]. Where a run of words is a synonym's full form, the
 * run is one group ("uy ban nhan dan" → {uy ban nhan dan | ubnd}).
 *
 * Only the first 10 words count, as in Meilisearch: each word is one more FTS5 term and, when
 * nothing matches, one more scan (the words are dropped from the end one by one), so a query of
 * thousands of words held the CMS for minutes. The text is cut before it is split, so a huge
 * string costs no more than a short one. A last word cut off by the limit is whole, not a prefix.
 */
export const parseQuery = (q: string, groups = foldedSynonymGroups()): ParsedQuery => {
  const all = words(q.slice(0, SEARCH_LIMITS.queryChars));
  const cut = all.length > SEARCH_LIMITS.queryWords || q.length > SEARCH_LIMITS.queryChars;
  const tokens = all.slice(0, SEARCH_LIMITS.queryWords);
  const result: QueryGroup[] = [];
  for (let i = 0; i < tokens.length; ) {
    let matched: { length: number; alternatives: string[][] } | null = null;
    for (const group of groups) {
      for (const form of group) {
        if (form.length > 0 && (!matched || form.length > matched.length) && sameWords(tokens.slice(i, i + form.length), form)) {
          matched = { length: form.length, alternatives: group };
        }
      }
    }
    if (matched) {
      const here = tokens.slice(i, i + matched.length);
      result.push({ alternatives: [here, ...matched.alternatives.filter((alt) => !sameWords(alt, here))] });
      i += matched.length;
    } else {
      result.push({ alternatives: [[tokens[i]]] });
      i += 1;
    }
  }
  return { groups: result, lastIsPrefix: tokens.length > 0 && !cut && !/[\s\p{P}]$/u.test(q) };
};

/** FTS5 quotes a string by doubling its double quotes; folded words have none, but the rule is cheap. */
const quote = (phrase: string[]): string => `"${phrase.join(' ').replace(/"/g, '""')}"`;

/**
 * The FTS5 MATCH expression of the first `count` groups: groups are ANDed, alternatives ORed,
 * multi-word alternatives are phrases. A last word of two letters or more is a prefix.
 */
export const matchExpression = (query: ParsedQuery, count = query.groups.length): string =>
  query.groups
    .slice(0, count)
    .map((group, gi) => {
      const last = gi === count - 1 && count === query.groups.length && query.lastIsPrefix;
      const alternatives = group.alternatives.map((alt, ai) => {
        // Only the words as typed are a prefix; a synonym's expansion is whole words.
        const prefix = last && ai === 0 && alt[alt.length - 1].length >= 2;
        return `${quote(alt)}${prefix ? '*' : ''}`;
      });
      return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' OR ')})`;
    })
    .join(' AND ');

/** What to highlight: every alternative as a run of words, and the typed last word as a prefix. */
export const highlightTerms = (query: ParsedQuery): { phrases: string[][]; prefixes: Set<string> } => {
  const phrases: string[][] = [];
  const prefixes = new Set<string>();
  query.groups.forEach((group, gi) => {
    group.alternatives.forEach((alt, ai) => {
      const typedLast = query.lastIsPrefix && gi === query.groups.length - 1 && ai === 0;
      const last = alt[alt.length - 1];
      if (typedLast && last.length >= 2) {
        if (alt.length > 1) phrases.push(alt.slice(0, -1));
        prefixes.add(last);
      } else phrases.push(alt);
    });
  });
  return { phrases, prefixes };
};

/**
 * The query's words as typed, as one phrase ("chuyen doi so"), for ranking documents that hold
 * them together above those with the words scattered (Meilisearch's proximity rule). Null for a
 * single word.
 */
export const phraseExpression = (query: ParsedQuery, count = query.groups.length): string | null => {
  const typed = query.groups.slice(0, count).flatMap((group) => group.alternatives[0]);
  if (typed.length < 2) return null;
  const prefix = count === query.groups.length && query.lastIsPrefix && typed[typed.length - 1].length >= 2;
  return `${quote(typed)}${prefix ? '*' : ''}`;
};
