import { wordSpans } from '../../fold';

export interface Terms {
  exact: Set<string>;
  prefixes: Set<string>;
}

export interface FormatOptions {
  preTag: string;
  postTag: string;
  cropMarker: string;
}

const matches = (word: string, terms: Terms): boolean =>
  terms.exact.has(word) || [...terms.prefixes].some((prefix) => word.startsWith(prefix));

/** Wraps the matched words of a span of text in the tags. */
const mark = (text: string, from: number, to: number, terms: Terms, options: FormatOptions, highlight: boolean): string => {
  if (!highlight) return text.slice(from, to);
  let out = '';
  let at = from;
  for (const span of wordSpans(text)) {
    if (span.start < from || span.end > to || !matches(span.word, terms)) continue;
    out += text.slice(at, span.start) + options.preTag + text.slice(span.start, span.end) + options.postTag;
    at = span.end;
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
  let best = 0;
  let bestCount = -1;
  for (let start = 0; start + cropLength <= spans.length; start++) {
    let count = 0;
    for (let i = start; i < start + cropLength; i++) if (matches(spans[i].word, terms)) count++;
    // Ties go to the earliest window: the start of a text usually says most.
    if (count > bestCount) [best, bestCount] = [start, count];
  }
  const first = spans[best];
  const last = spans[Math.min(spans.length, best + cropLength) - 1];
  const before = best > 0 ? options.cropMarker : '';
  const after = best + cropLength < spans.length ? options.cropMarker : '';
  return `${before}${mark(text, first.start, last.end, terms, options, highlight)}${after}`;
};
