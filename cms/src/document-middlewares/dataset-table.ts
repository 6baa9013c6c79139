import { assertNoProblems } from '../utils/validation-error';
import { checkTable, isEmptyTable } from '../statistics/table';
import { SourceFileProblem, tableFromSourceFile, type SourceFileRow } from '../statistics/source-file';
import type { DocumentMiddlewareFactory } from './types';
import { writeParams } from './types';

const DATASET = 'api::dataset.dataset';
const FILE = 'plugin::upload.file';

/** The media id a write names: a number, a numeric string, `{ id }`, or a one-item list of those. */
const fileId = (ref: unknown): number | null => {
  const value = Array.isArray(ref) ? ref[0] : ref;
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value;
  const n = typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : id;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : null;
};

/**
 * A dataset's table of figures: checked against its declared shape (statistics/table.ts) on every
 * create and update, or, when it is empty and a source file (CSV, XLSX) is attached, read from that
 * file off the main thread (statistics/source-file.ts). Either way a bad table or file is a 400 with
 * a Vietnamese message, and nothing is written.
 */
const datasetTable: DocumentMiddlewareFactory = (strapi) => async (context, next) => {
  if (context.uid !== DATASET || (context.action !== 'create' && context.action !== 'update')) return next();
  const params = writeParams(context);
  const data = params.data;
  if (!data) return next();

  if ('table' in data && !isEmptyTable(data.table)) {
    const checked = checkTable(data.table);
    if ('problems' in checked) assertNoProblems(checked.problems);
    else data.table = checked.table;
    return next();
  }
  if ('table' in data) data.table = null;

  const id = fileId(data.sourceFile);
  if (id === null) return next();
  if (!('table' in data) && context.action === 'update' && params.documentId) {
    const stored = (await strapi.db.query(DATASET).findOne({
      where: { documentId: params.documentId, publishedAt: null },
      select: ['table'],
    })) as { table?: unknown } | null;
    if (stored && !isEmptyTable(stored.table)) return next();
  }

  const file = (await strapi.db.query(FILE).findOne({
    where: { id },
    select: ['id', 'name', 'ext', 'mime', 'url', 'size'],
  })) as SourceFileRow | null;
  if (!file) assertNoProblems([{ path: ['sourceFile'], message: 'Không tìm thấy tệp nguồn trong thư viện tệp.' }]);
  try {
    data.table = await tableFromSourceFile(strapi, file!);
  } catch (error) {
    if (error instanceof SourceFileProblem) assertNoProblems([{ path: ['sourceFile'], message: error.message }]);
    throw error;
  }
  return next();
};

export default datasetTable;
