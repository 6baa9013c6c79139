import type { Core } from '@strapi/strapi';

// Versions live in the database, not in memory, so a write from any process (the worker's
// scheduled publishing, a script) retires the entries every CMS process cached. A bump runs in the
// writer's own transaction: readers see the new version exactly when they can see the new data.
// A write outside any transaction has committed before its lifecycle runs, so its bump follows it
// by one query: for that instant a lookup can still match the entry cached before the write. The
// workflow's state fields are written in a transaction for that reason.

export const VERSION_UID = 'plugin::api-cache.model-version';

const table = (strapi: Core.Strapi): string => strapi.db.metadata.get(VERSION_UID).tableName;

/** Models already bumped by a transaction: one row update per model per transaction is enough. */
const bumpedIn = new WeakMap<object, Set<string>>();

/** Adds one to a model's version, inside the current transaction when there is one. */
export const bumpVersion = async (strapi: Core.Strapi, model: string): Promise<void> => {
  await strapi.db.transaction(async ({ trx }) => {
    const done = bumpedIn.get(trx) ?? new Set<string>();
    if (done.has(model)) return;
    done.add(model);
    bumpedIn.set(trx, done);
    const name = table(strapi);
    // An upsert, so a model's first write needs no row made beforehand, even with two writers at once.
    await strapi.db
      .getConnection(name)
      .transacting(trx)
      .insert({ model, version: 1, created_at: new Date(), updated_at: new Date() })
      .onConflict('model')
      .merge({ version: strapi.db.connection.raw('??.?? + 1', [name, 'version']), updated_at: new Date() });
  });
};

const queryVersions = async (strapi: Core.Strapi): Promise<Map<string, string>> => {
  const rows = (await strapi.db.getConnection(table(strapi)).select('model', 'version')) as Array<{
    model: string;
    version: string | number;
  }>;
  return new Map(rows.map((row) => [row.model, String(row.version)]));
};

/**
 * Reads the versions for requests that arrive together with one query. A read is shared only by
 * requests that came before it started (it starts on the next turn of the event loop), so every
 * caller sees at least what was committed when it asked: never an older snapshot.
 */
export const versionReader = (strapi: Core.Strapi): (() => Promise<Map<string, string>>) => {
  let next: Promise<Map<string, string>> | undefined;
  return () => {
    next ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      next = undefined;
      return queryVersions(strapi);
    });
    return next;
  };
};

/** The versions of `models` as one comparable string. */
export const versionTag = (versions: Map<string, string>, models: string[]): string => models.map((m) => versions.get(m) ?? '0').join(',');
