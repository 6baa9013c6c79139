import type { DocumentMiddlewareFactory } from './types';
import { writeParams } from './types';

/** Returns the value with every string in it in Unicode NFC. */
const toNfc = (value: unknown): unknown => {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(toNfc);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toNfc(inner)]));
  }
  return value;
};

/**
 * Vietnamese typed on macOS or pasted from Word often arrives decomposed (NFD): "ệ" as e + two
 * combining marks. Stored as NFC, it compares, sorts, searches and slugs the same as typed elsewhere.
 */
const normalizeText: DocumentMiddlewareFactory = () => async (context, next) => {
  if (!context.uid.startsWith('api::') || (context.action !== 'create' && context.action !== 'update')) return next();
  const params = writeParams(context);
  if (params.data) params.data = toNfc(params.data) as Record<string, unknown>;
  return next();
};

export default normalizeText;
