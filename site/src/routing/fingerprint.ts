import { createHash } from 'node:crypto';

const known = new WeakMap<object, string>();

const hash = (text: string): string => createHash('sha1').update(text).digest('base64url');

const isEntry = (value: object): value is { collection: string; id: string; data: unknown } =>
  'collection' in value && 'id' in value && 'data' in value;

/**
 * A short digest of what a page is rendered from: content entries by their collection, id and
 * data, everything else by its structure. Memoised per object: the entries and lists that
 * thousands of pages share (a register page's filter panel) are hashed once per content change.
 * The objects hashed must not change afterwards (the content never does; the renderer replaces
 * an entry rather than edit it).
 */
export const digest = (value: unknown): string => {
  if (value === null || typeof value !== 'object') return value === undefined ? 'u' : JSON.stringify(value);
  const memo = known.get(value);
  if (memo) return memo;
  let text: string;
  if (isEntry(value)) text = `e${value.collection}:${value.id}:${JSON.stringify(value.data)}`;
  else if (value instanceof Date) text = `d${value.toISOString()}`;
  else if (Array.isArray(value)) text = `a${value.map(digest).join(',')}`;
  else if (value instanceof Set) text = `s${[...value].map(digest).join(',')}`;
  else if (value instanceof Map) text = `m${[...value].map(([k, v]) => `${digest(k)}=${digest(v)}`).join(',')}`;
  else
    text = `o${Object.entries(value)
      .map(([k, v]) => `${k}=${digest(v)}`)
      .join(',')}`;
  const result = hash(text);
  known.set(value, result);
  return result;
};

/** One digest of several. */
export const combine = (...parts: string[]): string => hash(parts.join('\n')).slice(0, 22);
