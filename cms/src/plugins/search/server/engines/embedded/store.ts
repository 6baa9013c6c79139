import fs from 'fs';
import path from 'path';
import Database from 'better-sqlite3';
import { words } from '../../../../../search/fold';
import type { IndexDocument } from '../../../../../search/document';
import { FILTERABLE_ATTRIBUTES, NUMERIC_ATTRIBUTES, SEARCHABLE_ATTRIBUTES } from '../../../../../search/settings';
import { noteWrite } from './records';

/**
 * The embedded engine's storage: SQLite's FTS5 full-text index in a file of its own (not the CMS
 * database, which may be PostgreSQL), through better-sqlite3. Each index lives in a generation of
 * three tables: records, filter/facet values, and the FTS5 table over their folded words. A
 * rebuild fills a new generation and switches the index to it in one transaction, so readers in
 * any process see the old index or the new one, never a mix.
 */
export type Db = Database.Database;

export interface Tables {
  docs: string;
  values: string;
  fts: string;
}

export const openStore = (file: string): Db => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  // WAL lets `npm run reindex` write a new generation while the CMS keeps answering searches.
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 10000');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE IF NOT EXISTS search_meta (idx TEXT PRIMARY KEY, generation INTEGER NOT NULL)');
  return db;
};

const q = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/**
 * The FTS5 column holding each record's site as one token, so a ward's search (filter
 * `site = "phuong-7"`) becomes part of the text match and FTS5 skips the other sites' matches
 * instead of checking each against the values table (two to four times faster on a ward). Not
 * searchable: queries are confined to SEARCHABLE_ATTRIBUTES (matchesSql in search.ts).
 */
export const SITE_KEY = 'site_key';

/** A site slug as one FTS5 token: hex digits never split, and no slug maps to another's token. */
export const siteToken = (slug: string): string => `s${Buffer.from(slug, 'utf8').toString('hex')}`;

const layouts = new WeakMap<Db, Map<string, boolean>>();

/** Whether a generation's FTS table has the site column (generations written before it do not; the next reindex adds it). */
export const hasSiteKey = (db: Db, t: Tables): boolean => {
  let byTable = layouts.get(db);
  if (!byTable) layouts.set(db, (byTable = new Map()));
  let has = byTable.get(t.fts);
  if (has === undefined) {
    has = (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(t.fts.slice(1, -1).replace(/""/g, '"')) as string[]).includes(
      SITE_KEY
    );
    byTable.set(t.fts, has);
  }
  return has;
};

export const tablesOf = (index: string, generation: number): Tables => ({
  docs: q(`${index}_g${generation}_docs`),
  values: q(`${index}_g${generation}_values`),
  fts: q(`${index}_g${generation}_fts`),
});

const createTables = (db: Db, index: string, generation: number): void => {
  const t = tablesOf(index, generation);
  layouts.get(db)?.delete(t.fts);
  const raw = (suffix: string) => q(`${index}_g${generation}_${suffix}`);
  db.exec(`
    CREATE TABLE IF NOT EXISTS ${t.docs} (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, documentId TEXT NOT NULL, date INTEGER NOT NULL, doc TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS ${raw('docs_document')} ON ${t.docs}(documentId);
    CREATE TABLE IF NOT EXISTS ${t.values} (docRowid INTEGER NOT NULL, attr TEXT NOT NULL, value TEXT NOT NULL, num REAL);
    CREATE INDEX IF NOT EXISTS ${raw('values_lookup')} ON ${t.values}(attr, value, docRowid);
    CREATE INDEX IF NOT EXISTS ${raw('values_doc')} ON ${t.values}(docRowid);
    CREATE VIRTUAL TABLE IF NOT EXISTS ${t.fts} USING fts5(${SEARCHABLE_ATTRIBUTES.join(', ')}, ${SITE_KEY}, tokenize = 'unicode61', prefix = '2 3 4');
  `);
};

const dropTables = (db: Db, index: string, generation: number): void => {
  const t = tablesOf(index, generation);
  layouts.get(db)?.delete(t.fts);
  db.exec(`DROP TABLE IF EXISTS ${t.fts}; DROP TABLE IF EXISTS ${t.values}; DROP TABLE IF EXISTS ${t.docs};`);
};

/** The live generation of an index, created empty on first use. */
export const liveGeneration = (db: Db, index: string): number => {
  const row = db.prepare('SELECT generation FROM search_meta WHERE idx = ?').get(index) as { generation: number } | undefined;
  if (row) return row.generation;
  db.transaction(() => {
    createTables(db, index, 1);
    db.prepare('INSERT OR IGNORE INTO search_meta (idx, generation) VALUES (?, 1)').run(index);
  }).immediate();
  return (db.prepare('SELECT generation FROM search_meta WHERE idx = ?').get(index) as { generation: number }).generation;
};

const valuesOf = (doc: IndexDocument): Array<[string, string, number | null]> => {
  const rows: Array<[string, string, number | null]> = [];
  for (const attr of FILTERABLE_ATTRIBUTES) {
    const raw = (doc as unknown as Record<string, unknown>)[attr];
    const list = Array.isArray(raw) ? raw : raw === undefined || raw === null || raw === '' ? [] : [raw];
    for (const value of list) rows.push([attr, String(value), NUMERIC_ATTRIBUTES.has(attr) ? Number(value) : null]);
  }
  return rows;
};

/** Deletes every record of these documents from one generation. */
const deleteDocuments = (db: Db, t: Tables, documentIds: string[]): void => {
  const rowids = db.prepare(`SELECT rowid FROM ${t.docs} WHERE documentId = ?`);
  const drop = [
    db.prepare(`DELETE FROM ${t.fts} WHERE rowid = ?`),
    db.prepare(`DELETE FROM ${t.values} WHERE docRowid = ?`),
    db.prepare(`DELETE FROM ${t.docs} WHERE rowid = ?`),
  ];
  for (const documentId of documentIds) {
    for (const { rowid } of rowids.all(documentId) as Array<{ rowid: number }>) for (const statement of drop) statement.run(rowid);
  }
};

const insertDocuments = (db: Db, t: Tables, docs: IndexDocument[]): void => {
  const existing = db.prepare(`SELECT rowid FROM ${t.docs} WHERE id = ?`);
  const drop = [
    db.prepare(`DELETE FROM ${t.fts} WHERE rowid = ?`),
    db.prepare(`DELETE FROM ${t.values} WHERE docRowid = ?`),
    db.prepare(`DELETE FROM ${t.docs} WHERE rowid = ?`),
  ];
  const insertDoc = db.prepare(`INSERT INTO ${t.docs} (id, documentId, date, doc) VALUES (?, ?, ?, ?)`);
  const insertValue = db.prepare(`INSERT INTO ${t.values} (docRowid, attr, value, num) VALUES (?, ?, ?, ?)`);
  const columns = [...SEARCHABLE_ATTRIBUTES, ...(hasSiteKey(db, t) ? [SITE_KEY] : [])];
  const insertText = db.prepare(`INSERT INTO ${t.fts} (rowid, ${columns.join(', ')}) VALUES (?, ${columns.map(() => '?').join(', ')})`);
  for (const doc of docs) {
    const old = existing.get(doc.id) as { rowid: number } | undefined;
    if (old) for (const statement of drop) statement.run(old.rowid);
    const rowid = Number(insertDoc.run(doc.id, doc.documentId, doc.date, JSON.stringify(doc)).lastInsertRowid);
    for (const [attr, value, num] of valuesOf(doc)) insertValue.run(rowid, attr, value, num);
    const text = SEARCHABLE_ATTRIBUTES.map((attr) => words(String((doc as unknown as Record<string, unknown>)[attr] ?? '')).join(' '));
    insertText.run(rowid, ...text, ...(columns.length > SEARCHABLE_ATTRIBUTES.length ? [siteToken(doc.site)] : []));
  }
};

/** Applies changes to the live generation in one transaction: all of them, or none. */
export const applyChanges = (db: Db, index: string, deleteDocumentIds: string[], upserts: IndexDocument[]): void => {
  liveGeneration(db, index);
  db.transaction(() => {
    // Read inside the write transaction: a rebuild switching generations meanwhile cannot strand these changes.
    const t = tablesOf(index, liveGeneration(db, index));
    deleteDocuments(db, t, deleteDocumentIds);
    insertDocuments(db, t, upserts);
  }).immediate();
  noteWrite(db);
};

/** Fills a new generation from the batches, then makes it live and drops the old one. */
export const rebuildIndex = async (db: Db, index: string, batches: AsyncIterable<IndexDocument[]>): Promise<number> => {
  const live = liveGeneration(db, index);
  const next = live + 1;
  // Leftovers of a rebuild that died half-way.
  dropTables(db, index, next);
  createTables(db, index, next);
  const t = tablesOf(index, next);
  let count = 0;
  try {
    for await (const batch of batches) {
      db.transaction(() => insertDocuments(db, t, batch)).immediate();
      count += batch.length;
    }
  } catch (error) {
    dropTables(db, index, next);
    throw error;
  }
  db.transaction(() => {
    db.prepare('UPDATE search_meta SET generation = ? WHERE idx = ?').run(next, index);
  }).immediate();
  dropTables(db, index, live);
  noteWrite(db);
  return count;
};
