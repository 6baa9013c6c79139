import type { Core, UID } from '@strapi/strapi';
import type { Log } from './progress';
import { progress } from './progress';

export interface SeedContext {
  strapi: Core.Strapi;
  log: Log;
  scale: number;
  now: Date;
}

/** documentIds by natural key, for linking what later steps create. */
export type Index = Map<string, string>;

/**
 * Creates the items whose natural key is not stored yet, in transactions of `batch` items (SQLite
 * then syncs once per batch, not per row), and returns documentIds by key for all items.
 * Existing entries are never updated: re-running the seed changes nothing.
 */
export const createMissing = async <T>(
  ctx: SeedContext,
  options: {
    label: string;
    uid: UID.ContentType;
    items: readonly T[];
    keyOf: (item: T) => string;
    /** Keys and documentIds of what is stored already. */
    existing: () => Promise<Array<{ key: string; documentId: string }>>;
    create: (item: T) => Promise<string>;
    batch?: number;
  }
): Promise<Index> => {
  const index: Index = new Map((await options.existing()).map((row) => [row.key, row.documentId]));
  const missing = options.items.filter((item) => !index.has(options.keyOf(item)));
  if (missing.length === 0) return index;

  const tick = progress(ctx.log, options.label, missing.length);
  const size = options.batch ?? 25;
  for (let start = 0; start < missing.length; start += size) {
    await ctx.strapi.db.transaction(async () => {
      for (const item of missing.slice(start, start + size)) {
        index.set(options.keyOf(item), await options.create(item));
        tick();
      }
    });
  }
  return index;
};

/** Reads `documentId` and one key field of every row of a content type, drafts included. */
export const storedKeys = async (
  strapi: Core.Strapi,
  uid: UID.ContentType,
  keyOf: (row: Record<string, unknown>) => string,
  select: string[],
  populate?: Record<string, unknown>
): Promise<Array<{ key: string; documentId: string }>> => {
  const rows = (await strapi.db.query(uid).findMany({ select: ['documentId', ...select], populate })) as Array<
    Record<string, unknown> & { documentId: string }
  >;
  return rows.map((row) => ({ key: keyOf(row), documentId: row.documentId }));
};
