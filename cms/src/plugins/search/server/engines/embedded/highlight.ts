import { wordSpans } from '../../../../../search/fold';

/** What to mark: word sequences (an abbreviation's full form is marked only where its words stand together) and typed prefixes. */
export interface Terms {
  phrases: string[][];
  prefixes: Set<string>;
}

export interface FormatOptions {
  preTag: string;
  postTag: string;
  cropMarker: string;
}

type Span = { word: string; start: number; end: number };

/** How many words from `i` on make a match (0 for none): the longest phrase, or a prefix of one word. */
const matchLength = (spans: Span[], i: number, terms: Terms): number => {
  let best = 0;
  for (const phrase of terms.phrases) {
    if (phrase.length > best && phrase.every((word, k) => spans[i + k]?.word === word)) best = phrase.length;
  }
  if (best === 0 && [...terms.prefixes].some((prefix) => spans[i].word.startsWith(prefix))) best = 1;
  return best;
};

/** Where the matches are, as [first word, last word] index pairs. */
const matchRuns = (spans: Span[], terms: Terms): Array<[number, number]> => {
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < spans.length; ) {
    const length = matchLength(spans, i, terms);
    if (length > 0) {
      runs.push([i, i + length - 1]);
      i += length;
    } else i += 1;
  }
  return runs;
};

/** Wraps the matched runs of words between `from` and `to` in the tags. */
const mark = (text: string, from: number, to: number, terms: Terms, options: FormatOptions, highlight: boolean): string => {
  if (!highlight) return text.slice(from, to);
  const spans = wordSpans(text);
  let out = '';
  let at = from;
  for (const [first, last] of matchRuns(spans, terms)) {
    if (spans[first].start < from || spans[last].end > to) continue;
    out += text.slice(at, spans[first].start) + options.preTag + text.slice(spans[first].start, spans[last].end) + options.postTag;
    at = spans[last].end;
  }
  return out + text.slice(at, to);
};

/** The text with its matched words marked, as Meilisearch's `attributesToHighlight` does. */
export const highlightText = (value: string, terms: Terms, options: FormatOptions): string =>
  mark(value.normalize('NFC'), 0, value.normalize('NFC').length, terms, options, true);

/**
 * About `cropLength` words of the text around its densest run of matches, with the crop marker
 * where text was cut, as Meilisearch's `attributesToCrop` does; highlighted when asked.
 */
export const cropText = (value: string, terms: Terms, cropLength: number, options: FormatOptions, highlight: boolean): string => {
  const text = value.normalize('NFC');
  const spans = wordSpans(text);
  if (spans.length <= cropLength) return mark(text, 0, text.length, terms, options, highlight);
  const matched = new Array<number>(spans.length).fill(0);
  for (const [first, last] of matchRuns(spans, terms)) for (let i = first; i <= last; i++) matched[i] = 1;
  // The window of cropLength words with the most matched words; ties go to the earliest (a text's start usually says most).
  let count = matched.slice(0, cropLength).reduce((a, b) => a + b, 0);
  let [best, bestCount] = [0, count];
  for (let start = 1; start + cropLength <= spans.length; start++) {
    count += matched[start + cropLength - 1] - matched[start - 1];
    if (count > bestCount) [best, bestCount] = [start, count];
  }
  const first = spans[best];
  const last = spans[best + cropLength - 1];
  const before = best > 0 ? options.cropMarker : '';
  const after = best + cropLength < spans.length ? options.cropMarker : '';
  return `${before}${mark(text, first.start, last.end, terms, options, highlight)}${after}`;
};
