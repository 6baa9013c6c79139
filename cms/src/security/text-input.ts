import { Transform, type TransformCallback } from 'stream';

/**
 * What every request's text must be: valid UTF-8 without NUL. PostgreSQL refuses NUL in text
 * ("invalid byte sequence for encoding UTF8: 0x00", a 500) while SQLite stores it and cuts strings
 * at it in places; invalid UTF-8 would be decoded into U+FFFD and stored changed without a word.
 * Either way the sender must hear that the input is wrong, before anything is written.
 */

/** In `u` mode a paired surrogate is one code point, so \p{Cs} matches only the lone halves. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Nesting of a request body's objects and lists: the admin's deepest (rich text in a component) is about 10. */
export const MAX_BODY_DEPTH = 64;

/**
 * Control characters XML 1.0 cannot carry (C0 but tab, LF and CR; U+FFFE, U+FFFF): one of them in a
 * summary made a site's RSS feed unreadable, and no editor types them.
 */
// eslint-disable-next-line no-control-regex -- it finds the control characters XML cannot carry
const CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Why a piece of text is refused, or null when it is fine. */
export const textProblem = (text: string): 'nul' | 'surrogate' | 'control' | null => {
  if (text.includes('\u0000')) return 'nul';
  // A lone surrogate (JSON's "\ud800") is not a character: it cannot be stored as UTF-8.
  if (LONE_SURROGATE.test(text)) return 'surrogate';
  if (CONTROL.test(text)) return 'control';
  return null;
};

/** Why a piece of a request is refused, as its message says it (Vietnamese, English in parentheses). */
export const TEXT_PROBLEM_MESSAGES = {
  encoding: 'không phải UTF-8 hợp lệ (is not valid UTF-8)',
  nul: 'có ký tự NUL (contains a NUL character)',
  surrogate: 'có ký tự UTF-16 lẻ, không phải chữ (contains a lone UTF-16 surrogate)',
  control: 'có ký tự điều khiển (contains a control character)',
  depth: `lồng nhau quá ${MAX_BODY_DEPTH} tầng (is nested deeper than ${MAX_BODY_DEPTH} levels)`,
} as const;

/** `a=1&b=%00` → the first decoded key or value that is refused, with why; null when all are fine. */
export const queryStringProblem = (raw: string): { part: string; problem: 'encoding' | 'nul' | 'surrogate' | 'control' } | null => {
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
export const pathProblem = (path: string): 'encoding' | 'nul' | 'surrogate' | 'control' | null => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return 'encoding';
  }
  return textProblem(decoded);
};

type BodyProblem = { path: string[]; problem: 'nul' | 'surrogate' | 'control' | 'depth' };

/**
 * The first string (key or value) of a parsed body that is refused, or a nesting deeper than
 * MAX_BODY_DEPTH, with its path; null when all is fine. `allowControl` lets control characters
 * through in values (not keys) where nothing is stored. One pass, each value visited once, the path
 * built only for the answer: a walk that copied the path at every level took the square of the
 * depth, and a 400 KB body of nested lists held the CMS for minutes.
 */
export const bodyProblem = (body: unknown, { allowControl = false } = {}): BodyProblem | null => {
  interface Frame {
    value: unknown;
    key: string | null;
    parent: Frame | null;
    depth: number;
  }
  const pathOf = (frame: Frame | null): string[] => {
    const path: string[] = [];
    for (let at = frame; at && at.key !== null; at = at.parent) path.push(at.key);
    return path.reverse();
  };
  const stack: Frame[] = [{ value: body, key: null, parent: null, depth: 0 }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { value } = frame;
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem && !(allowControl && problem === 'control')) return { path: pathOf(frame), problem };
    } else if (value !== null && typeof value === 'object') {
      if (frame.depth >= MAX_BODY_DEPTH) return { path: pathOf(frame).slice(0, 8), problem: 'depth' };
      for (const key of Object.keys(value)) {
        const child: Frame = { value: (value as Record<string, unknown>)[key], key, parent: frame, depth: frame.depth + 1 };
        const problem = textProblem(key);
        if (problem) return { path: pathOf(child), problem };
        stack.push(child);
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
