import fs from 'fs/promises';
import path from 'path';
import type { Core } from '@strapi/strapi';
import Piscina from 'piscina';
import type { ParseOutcome } from './parse-worker';
import type { SourceKind } from './parse-source';
import type { DatasetTable } from './table';

/** Largest source file read into a table: a statistics table of 200 rows is a few kilobytes. */
export const SOURCE_MAX_BYTES = 2 * 1024 * 1024;
/** Longest a parse may take before its thread is stopped. */
const PARSE_TIMEOUT_MS = 10_000;
/** Parses running or waiting at once; more are refused rather than queued. */
const MAX_IN_FLIGHT = 4;

export class SourceFileProblem extends Error {}

export interface SourceFileRow {
  id: number;
  name: string;
  ext?: string | null;
  mime?: string | null;
  url: string;
  size?: number | null;
}

const KINDS: Record<string, SourceKind> = { '.csv': 'csv', '.xlsx': 'xlsx' };
const MIMES: Record<SourceKind, string[]> = {
  csv: ['text/csv', 'text/plain', 'application/csv', 'application/vnd.ms-excel'],
  xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/zip', 'application/octet-stream'],
};

/** CSV or XLSX by the file's extension and type; anything else is refused. */
export const sourceKind = (file: SourceFileRow): SourceKind => {
  const kind = KINDS[(file.ext ?? path.extname(file.name)).toLowerCase()];
  if (!kind || (file.mime && !MIMES[kind].includes(file.mime.split(';')[0].trim().toLowerCase())))
    throw new SourceFileProblem('Tệp nguồn phải là tệp CSV (.csv) hoặc bảng tính Excel (.xlsx).');
  return kind;
};

const mib = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 });

/** The file's bytes from the local upload folder, refused past SOURCE_MAX_BYTES before reading. */
const readBytes = async (strapi: Core.Strapi, file: SourceFileRow): Promise<Buffer> => {
  const tooBig = new SourceFileProblem(`Tệp nguồn lớn quá ${mib(SOURCE_MAX_BYTES)} MB, không đọc thành bảng số liệu được.`);
  // Strapi stores `size` in kB.
  if (typeof file.size === 'number' && file.size * 1024 > SOURCE_MAX_BYTES) throw tooBig;
  if (!file.url.startsWith('/')) throw new SourceFileProblem('Chỉ đọc được tệp nguồn lưu trong thư viện tệp của CMS.');
  const root = path.resolve(strapi.dirs.static.public);
  const where = path.resolve(root, `.${decodeURIComponent(file.url)}`);
  if (!where.startsWith(root + path.sep)) throw new SourceFileProblem('Chỉ đọc được tệp nguồn lưu trong thư viện tệp của CMS.');
  const handle = await fs.open(where, 'r').catch(() => {
    throw new SourceFileProblem('Không tìm thấy tệp nguồn trong thư viện tệp.');
  });
  try {
    const { size } = await handle.stat();
    if (size > SOURCE_MAX_BYTES) throw tooBig;
    return await handle.readFile();
  } finally {
    await handle.close();
  }
};

/** Compiled to dist/ beside this file; under ts-jest this module is TypeScript, so the dist copy. */
const workerFile = (): string => {
  const here = path.join(__dirname, 'parse-worker.js');
  const cmsRoot = path.resolve(__dirname, '..', '..');
  return __filename.endsWith('.ts') ? path.join(cmsRoot, 'dist', path.relative(cmsRoot, here)) : here;
};

let pool: Piscina | null = null;
let inFlight = 0;

const parsePool = (): Piscina =>
  (pool ??= new Piscina({
    filename: workerFile(),
    name: 'default',
    minThreads: 0,
    maxThreads: 1,
    // The thread goes soon after a parse: uploads of source files are rare, and an idle thread holds memory.
    idleTimeout: 2_000,
    // A zip bomb in an XLSX kills this thread, not the CMS.
    resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32 },
  }));

/** Stops the parse thread (the app's destroy). */
export const closeSourcePool = async (): Promise<void> => {
  const current = pool;
  pool = null;
  await current?.destroy();
};

/** Reads the source file into a table, off the main thread; throws SourceFileProblem with a Vietnamese reason. */
export const tableFromSourceFile = async (strapi: Core.Strapi, file: SourceFileRow): Promise<DatasetTable> => {
  const kind = sourceKind(file);
  const bytes = await readBytes(strapi, file);
  if (inFlight >= MAX_IN_FLIGHT) throw new SourceFileProblem('Máy chủ đang đọc nhiều tệp nguồn; xin lưu lại sau giây lát.');
  inFlight += 1;
  let outcome: ParseOutcome;
  try {
    outcome = (await parsePool().run({ bytes, kind }, { signal: AbortSignal.timeout(PARSE_TIMEOUT_MS) })) as ParseOutcome;
  } catch (error) {
    if ((error as Error)?.name === 'AbortError')
      throw new SourceFileProblem(`Đọc tệp nguồn quá ${PARSE_TIMEOUT_MS / 1000} giây nên đã dừng; xin kiểm tra lại tệp.`);
    // The thread died (out of memory on a crafted file): piscina starts another for the next parse.
    throw new SourceFileProblem('Không đọc được tệp nguồn: tệp quá lớn khi giải nén hoặc bị hỏng.');
  } finally {
    inFlight -= 1;
  }
  if (!outcome.ok) throw new SourceFileProblem(outcome.message);
  return outcome.table;
};
