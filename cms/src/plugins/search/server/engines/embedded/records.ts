import type { Db, Tables } from './store';

/**
 * What a search needs of each record besides the text match, held in memory per index: the
 * document a record (a chunk) belongs to, its date, and its facet values. Counting documents and
 * facets and ordering hits then run over the matching rowids in JavaScript, instead of joining
 * every match to the docs and values tables in SQL (for a broad query on the city's legal
 * documents that join was 80 % of the request). Read once per version of the index file.
 */
export interface RecordIndex {
  /** documentOf[rowid]: the record's document as a number from 1 (0: no such record). */
  documentOf: Int32Array;
  /** date[rowid]: the record's date in epoch seconds. */
  date: Float64Array;
  /** How many documents the index holds (the largest documentOf). */
  documents: number;
  /** The values of one filterable attribute per record, read on first use. */
  facet: (attr: string) => Facet;
}

/** One attribute's values: names[ids[i]] for i in start[rowid] … start[rowid + 1] - 1. */
export interface Facet {
  names: string[];
  start: Int32Array;
  ids: Int32Array;
}

interface Cached {
  tables: Tables;
  version: string;
  index: RecordIndex;
}

const cache = new WeakMap<Db, Map<string, Cached>>();
const ownWrites = new WeakMap<Db, number>();

/** Called after this connection commits to the index: its own writes do not change data_version. */
export const noteWrite = (db: Db): void => {
  ownWrites.set(db, (ownWrites.get(db) ?? 0) + 1);
};

/** Changes whenever any connection (another process's reindex too) or this one committed. */
export const indexVersion = (db: Db): string => `${db.pragma('data_version', { simple: true })}:${ownWrites.get(db) ?? 0}`;

const facetOf = (db: Db, t: Tables, size: number, attr: string): Facet => {
  const rows = db.prepare(`SELECT docRowid, value FROM ${t.values} WHERE attr = ?`).raw().all(attr) as Array<[number, string]>;
  const names: string[] = [];
  const idOf = new Map<string, number>();
  const start = new Int32Array(size + 1);
  for (const [rowid] of rows) start[rowid + 1] += 1;
  for (let i = 1; i <= size; i++) start[i] += start[i - 1];
  const next = start.slice(0, size);
  const ids = new Int32Array(rows.length);
  for (const [rowid, value] of rows) {
    let id = idOf.get(value);
    if (id === undefined) {
      id = names.push(value) - 1;
      idOf.set(value, id);
    }
    ids[next[rowid]++] = id;
  }
  return { names, start, ids };
};

const load = (db: Db, t: Tables): RecordIndex => {
  const rows = db.prepare(`SELECT rowid, documentId, date FROM ${t.docs}`).raw().all() as Array<[number, string, number]>;
  const size = rows.reduce((max, [rowid]) => Math.max(max, rowid), 0) + 1;
  const documentOf = new Int32Array(size);
  const date = new Float64Array(size);
  const numberOf = new Map<string, number>();
  for (const [rowid, documentId, at] of rows) {
    let n = numberOf.get(documentId);
    if (n === undefined) {
      n = numberOf.size + 1;
      numberOf.set(documentId, n);
    }
    documentOf[rowid] = n;
    date[rowid] = at;
  }
  const facets = new Map<string, Facet>();
  return {
    documentOf,
    date,
    documents: numberOf.size,
    facet: (attr) => {
      let facet = facets.get(attr);
      if (!facet) facets.set(attr, (facet = facetOf(db, t, size, attr)));
      return facet;
    },
  };
};

/**
 * The record index of one index's live tables, as of the read transaction the caller is in.
 * `versionBefore` is indexVersion() read before that transaction began: a copy built now is
 * labelled with it, so a commit that slipped in between makes the next search read it afresh
 * rather than trust a copy that may be older than its label. A facet read later (on first use)
 * comes from the transaction then open, which holds the same data while the label matches.
 */
export const recordIndex = (db: Db, index: string, t: Tables, versionBefore: string): RecordIndex => {
  let byIndex = cache.get(db);
  if (!byIndex) cache.set(db, (byIndex = new Map()));
  const cached = byIndex.get(index);
  if (cached && cached.tables.docs === t.docs && cached.version === indexVersion(db)) return cached.index;
  const fresh = { tables: t, version: versionBefore, index: load(db, t) };
  byIndex.set(index, fresh);
  return fresh.index;
};
