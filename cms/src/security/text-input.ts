import { Transform, type TransformCallback } from 'stream';

/**
 * What every request's text must be: valid UTF-8 without NUL. PostgreSQL refuses NUL in text
 * ("invalid byte sequence for encoding UTF8: 0x00", a 500) while SQLite stores it and cuts strings
 * at it in places; invalid UTF-8 would be decoded into U+FFFD and stored changed without a word.
 * Either way the sender must hear that the input is wrong, before anything is written.
 */

/** In `u` mode a paired surrogate is one code point, so \p{Cs} matches only the lone halves. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Why a piece of text is refused, or null when it is fine. */
export const textProblem = (text: string): 'nul' | 'surrogate' | null => {
  if (text.includes('\u0000')) return 'nul';
  // A lone surrogate (JSON's "\ud800") is not a character: it cannot be stored as UTF-8.
  if (LONE_SURROGATE.test(text)) return 'surrogate';
  return null;
};

/** `a=1&b=%00` → the first decoded key or value that is refused, with why; null when all are fine. */
export const queryStringProblem = (raw: string): { part: string; problem: 'encoding' | 'nul' | 'surrogate' } | null => {
  if (!raw) return null;
  for (const pair of raw.split('&')) {
    for (const part of pair.split('=')) {
      let decoded: string;
      try {
        decoded = decodeURIComponent(part.replace(/\+/g, ' '));
      } catch {
        return { part, problem: 'encoding' };
      }
      const problem = textProblem(decoded);
      if (problem) return { part, problem };
    }
  }
  return null;
};

/** The request path, decoded as the router will decode it, or the reason it cannot be. */
export const pathProblem = (path: string): 'encoding' | 'nul' | 'surrogate' | null => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return 'encoding';
  }
  return textProblem(decoded);
};

/** The first string (key or value) of a parsed body that is refused, with its path; null when all are fine. */
export const bodyProblem = (body: unknown): { path: string[]; problem: 'nul' | 'surrogate' } | null => {
  const stack: Array<{ value: unknown; path: string[] }> = [{ value: body, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) return { path, problem };
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const problem = textProblem(key);
        if (problem) return { path: [...path, key], problem };
        stack.push({ value: child, path: [...path, key] });
      }
    }
  }
  return null;
};

/**
 * Passes bytes through unchanged and fails the stream at the first byte that is not part of valid
 * UTF-8 (the decoder keeps a split character across chunks). `fail` makes the error to emit.
 */
export const utf8Checker = (fail: () => Error): Transform => {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      try {
        decoder.decode(chunk, { stream: true });
      } catch {
        return callback(fail());
      }
      callback(null, chunk);
    },
    flush(callback: TransformCallback) {
      try {
        decoder.decode();
      } catch {
        return callback(fail());
      }
      callback();
    },
  });
};
