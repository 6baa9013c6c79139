import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { TABLE_LIMITS, type DatasetTable } from './table';

// Reading a source file (CSV or XLSX) into a table: the first row holds the headers (the label
// column's, then each figure column's), every other row a label and its figures. Runs in a worker
// thread (parse-worker.ts) under memory and time limits: a crafted file can cost that thread, not the CMS.

export type SourceKind = 'csv' | 'xlsx';

export class SourceFileError extends Error {}

/** Vietnamese "1.234,5" and "12,5", or plain "1234.5" and "1 234"; a blank or anything else is no number. */
export const parseFigure = (raw: unknown): number | null => {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string') return null;
  const text = raw.replace(/[\s\u00a0]/g, '');
  if (!text) return null;
  let normal = text;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) normal = text.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+,\d+$/.test(text)) normal = text.replace(',', '.');
  else if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
};

const cellText = (raw: unknown): string => {
  if (raw === null || raw === undefined) return '';
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  if (typeof raw === 'object') {
    const value = raw as { richText?: Array<{ text: string }>; text?: unknown; result?: unknown };
    if (Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
    if (value.result !== undefined) return cellText(value.result);
    if (value.text !== undefined) return cellText(value.text);
    return '';
  }
  return String(raw).normalize('NFC');
};

const cellValue = (raw: unknown): unknown => {
  if (raw && typeof raw === 'object' && !(raw instanceof Date) && 'result' in raw) return (raw as { result: unknown }).result;
  return raw;
};

/** The grid (rows of cells) as a table, or a Vietnamese reason why not. */
export const tableFromGrid = (grid: unknown[][]): DatasetTable => {
  const rows = grid.filter((row) => row.some((cell) => cellText(cell).trim() !== ''));
  if (rows.length < 2) throw new SourceFileError('Tệp nguồn phải có một dòng tiêu đề và ít nhất một dòng số liệu.');
  if (rows.length - 1 > TABLE_LIMITS.rows)
    throw new SourceFileError(`Tệp nguồn có ${rows.length - 1} dòng số liệu, tối đa ${TABLE_LIMITS.rows}.`);
  const header = rows[0].map((cell) => cellText(cell).trim());
  while (header.length > 0 && header[header.length - 1] === '') header.pop();
  if (header.length < 2) throw new SourceFileError('Dòng đầu của tệp nguồn phải có tiêu đề cột nhãn và ít nhất một tiêu đề cột số liệu.');
  if (header.length - 1 > TABLE_LIMITS.columns)
    throw new SourceFileError(`Tệp nguồn có ${header.length - 1} cột số liệu, tối đa ${TABLE_LIMITS.columns}.`);
  return {
    labelHeader: header[0] || 'Chỉ tiêu',
    columns: header.slice(1),
    rows: rows.slice(1).map((row, index) => {
      const line = index + 2;
      const label = cellText(row[0]).trim();
      if (!label) throw new SourceFileError(`Dòng ${line} của tệp nguồn không có nhãn ở cột đầu.`);
      const values = header.slice(1).map((column, c) => {
        const value = parseFigure(cellValue(row[c + 1]));
        if (value === null) throw new SourceFileError(`Dòng ${line}, cột "${column}" của tệp nguồn không phải là số.`);
        return value;
      });
      return { label, values };
    }),
  };
};

const csvGrid = (bytes: Buffer): unknown[][] => {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (text.includes('\uFFFD')) throw new SourceFileError('Tệp CSV phải được lưu với bảng mã UTF-8.');
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  // Spreadsheets set to Vietnamese save CSV with semicolons (the comma is their decimal mark).
  const delimiter = firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
  try {
    return parseCsv(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: 64 * 1024,
      to: TABLE_LIMITS.rows + 50,
    }) as unknown[][];
  } catch (error) {
    throw new SourceFileError(`Tệp CSV không đọc được: ${(error as Error).message.slice(0, 200)}`);
  }
};

const xlsxGrid = async (bytes: Buffer): Promise<unknown[][]> => {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new SourceFileError('Tệp XLSX bị hỏng hoặc không phải bảng tính Excel (.xlsx).');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new SourceFileError('Tệp XLSX không có trang tính nào.');
  if (sheet.rowCount > TABLE_LIMITS.rows + 50 || sheet.columnCount > TABLE_LIMITS.columns + 10)
    throw new SourceFileError(`Trang tính đầu tiên quá lớn: tối đa ${TABLE_LIMITS.rows} dòng và ${TABLE_LIMITS.columns} cột số liệu.`);
  const grid: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: unknown[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(row.getCell(c).value);
    grid.push(cells);
  });
  return grid;
};

/** Reads a CSV or XLSX file's first table; throws SourceFileError with a Vietnamese reason. */
export const parseSource = async (bytes: Buffer, kind: SourceKind): Promise<DatasetTable> =>
  tableFromGrid(kind === 'csv' ? csvGrid(bytes) : await xlsxGrid(bytes));
