import { randomBytes } from 'crypto';
import path from 'path';
import type { Core } from '@strapi/strapi';
import Piscina from 'piscina';
import { SITE } from '../services/uids';
import { OTHER_PATH, type SiteKey } from './classify';
import { MAX_PATHS_PER_MONTH, vietnamDay, type Counted } from './count';
import type { CountTask } from './count-worker';
import { logFiles } from './files';
import { refreshPublicTotals } from './public-total';

export const VISIT_DAY = 'plugin::reports.visit-day';
export const VISIT_PAGE = 'plugin::reports.visit-page';

/** A day is imported once it has been over this long, so nginx has written its last lines. */
const SETTLE_MS = 10 * 60_000;
/** Longest an import may read; a month of a city portal's logs takes seconds. */
const IMPORT_TIMEOUT_MS = 10 * 60_000;

export interface ImportOutcome {
  files: number;
  lines: number;
  unreadable: number;
  /** (site, day) pairs imported by this run. */
  days: number;
}

/** Compiled to dist/ beside this file; under ts-jest this module is TypeScript, so the dist copy. */
const workerFile = (): string => {
  const here = path.join(__dirname, 'count-worker.js');
  const cmsRoot = path.resolve(__dirname, '..', '..', '..', '..', '..');
  return __filename.endsWith('.ts') ? path.join(cmsRoot, 'dist', path.relative(cmsRoot, here)) : here;
};

let pool: Piscina | null = null;
let running: Promise<ImportOutcome> | null = null;

const countPool = (): Piscina =>
  (pool ??= new Piscina({
    filename: workerFile(),
    minThreads: 0,
    maxThreads: 1,
    idleTimeout: 2_000,
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  }));

/** Stops the counting thread (the app's destroy). */
export const closeVisitPool = async (): Promise<void> => {
  const current = pool;
  pool = null;
  await current?.destroy();
};

type Row = { id: number; site: number; month: string; path: string; views: number; visits: number };

/** Adds the counted figures: new (site, day) rows, and the month's page rows grown by the new days. */
const store = async (strapi: Core.Strapi, counted: Counted): Promise<number> => {
  let created = 0;
  await strapi.db.transaction(async ({ trx }) => {
    const days = strapi.db.query(VISIT_DAY);
    // Another process (the command beside the running CMS) may have imported a day meanwhile.
    const existing = (await days.findMany({
      select: ['site', 'day'],
      where: { day: { $in: [...new Set(counted.days.map((d) => d.day))] } },
    })) as Array<{ site: number; day: string }>;
    const taken = new Set(existing.map((row) => `${row.site}|${row.day}`));
    if (counted.days.length === 0 || counted.days.some((row) => taken.has(`${row.site}|${row.day}`))) return;
    await days.createMany({ data: counted.days });
    created = counted.days.length;

    const pages = strapi.db.query(VISIT_PAGE);
    const byMonth = new Map<string, typeof counted.pages>();
    for (const page of counted.pages) {
      const key = `${page.site}|${page.month}`;
      byMonth.set(key, [...(byMonth.get(key) ?? []), page]);
    }
    for (const [key, rows] of byMonth) {
      const [site, month] = key.split('|');
      const have = new Map(
        ((await pages.findMany({ where: { site: Number(site), month } })) as Row[]).map((row) => [row.path, row] as const)
      );
      const add = new Map<string, { views: number; visits: number }>();
      for (const row of rows) {
        const kept = have.has(row.path) || add.has(row.path) || have.size + add.size < MAX_PATHS_PER_MONTH;
        const path = kept ? row.path : OTHER_PATH;
        const sum = add.get(path) ?? { views: 0, visits: 0 };
        add.set(path, { views: sum.views + row.views, visits: sum.visits + row.visits });
      }
      const inserts = [];
      const updates = [];
      for (const [path, sum] of add) {
        const row = have.get(path);
        if (row) updates.push({ id: row.id, views: row.views + sum.views, visits: row.visits + sum.visits });
        else inserts.push({ site: Number(site), month, path, ...sum });
      }
      await setCounts(strapi, trx, updates);
      if (inserts.length > 0) await pages.createMany({ data: inserts });
    }
  });
  return created;
};

const UPDATE_CHUNK = 500;

type Transaction = Parameters<Parameters<Core.Strapi['db']['transaction']>[0]>[0]['trx'];

/**
 * Sets page rows' new counts, up to 500 rows a statement: a day's import touches most of a
 * month's rows (up to 2,000 per site), and one statement each held SQLite's only connection, and
 * so every other request, for that long.
 */
const setCounts = async (strapi: Core.Strapi, trx: Transaction, rows: Array<{ id: number; views: number; visits: number }>) => {
  const table = strapi.db.metadata.get(VISIT_PAGE).tableName;
  for (let i = 0; i < rows.length; i += UPDATE_CHUNK) {
    const chunk = rows.slice(i, i + UPDATE_CHUNK);
    // PostgreSQL types a bare parameter in THEN as text: the cast keeps the column's type (MySQL
    // names the integer type SIGNED).
    const integer = strapi.db.dialect.client === 'mysql' ? 'SIGNED' : 'INTEGER';
    const caseOf = (column: 'views' | 'visits') =>
      strapi.db.connection.raw(`CASE ?? ${chunk.map(() => `WHEN ? THEN CAST(? AS ${integer})`).join(' ')} END`, [
        'id',
        ...chunk.flatMap((row) => [row.id, row[column]]),
      ]);
    await strapi.db
      .getConnection(table)
      .transacting(trx)
      .whereIn(
        'id',
        chunk.map((row) => row.id)
      )
      .update({ views: caseOf('views'), visits: caseOf('visits'), updated_at: new Date() });
  }
};

const runImport = async (strapi: Core.Strapi, now: Date, setting: string | undefined): Promise<ImportOutcome> => {
  const files = await logFiles(setting, strapi.dirs.app.root);
  const sites = (await strapi.db.query(SITE).findMany({ select: ['id', 'slug', 'domain'] })) as SiteKey[];
  const done = (await strapi.db.query(VISIT_DAY).findMany({ select: ['site', 'day'] })) as Array<{ site: number; day: string }>;
  const until = vietnamDay(now.getTime() - SETTLE_MS);
  // A file last written before the latest imported day began holds only imported days.
  const latest = done.reduce((max, row) => (row.day > max ? row.day : max), '');
  const from = latest ? Date.parse(`${latest}T00:00:00+07:00`) - 3_600_000 : 0;
  const task: CountTask = {
    files: files.filter((f) => f.modified >= from).map((f) => f.file),
    sites,
    done: done.map((row) => `${row.site}|${row.day}`),
    until,
    salt: randomBytes(32).toString('hex'),
  };
  if (task.files.length === 0 || sites.length === 0) return { files: 0, lines: 0, unreadable: 0, days: 0 };
  const counted = (await countPool().run(task, { signal: AbortSignal.timeout(IMPORT_TIMEOUT_MS) })) as Counted;
  for (const failure of counted.failed ?? [])
    strapi.log.warn(`Visitor figures: a log file could not be read to its end and was skipped: ${failure}`);
  const days = await store(strapi, counted);
  await refreshPublicTotals(strapi);
  return { files: task.files.length, lines: counted.lines, unreadable: counted.unreadable, days };
};

/**
 * Imports the complete Vietnam days of the access logs not imported yet (ACCESS_LOG_FILES), each
 * (site, day) once: running it again changes nothing. Counting runs in a worker thread, so the CMS
 * keeps answering; one import at a time per process.
 */
export const importVisits = (strapi: Core.Strapi, now = new Date(), files = process.env.ACCESS_LOG_FILES): Promise<ImportOutcome> =>
  (running ??= runImport(strapi, now, files).finally(() => {
    running = null;
  }));

/** Every hour at :15, when the process runs cron jobs (CRON_ENABLED). */
export const registerVisitImport = (strapi: Core.Strapi): void => {
  strapi.cron.add({
    reportsVisitImport: {
      task: async () => {
        const outcome = await importVisits(strapi);
        if (outcome.days > 0) strapi.log.info(`Visitor figures: imported ${outcome.days} site-day(s) from ${outcome.files} log file(s).`);
      },
      options: { rule: '0 15 * * * *', tz: 'Asia/Ho_Chi_Minh' },
    },
  });
};
