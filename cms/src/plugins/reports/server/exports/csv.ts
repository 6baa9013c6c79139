import { stringify } from 'csv-stringify/sync';
import { formatVietnamDateTime } from '../services/periods';
import { columnTotal, type Sheet } from './sheet';

/** Excel reads a CSV as UTF-8 only when it starts with a byte order mark; without it, "Nguyễn" turns into mojibake. */
const BOM = '\uFEFF';

/**
 * One table as CSV (RFC 4180, comma, CRLF): Vietnamese headers, amounts as plain integers so any
 * spreadsheet reads them as numbers, times in Vietnam's time, and the total row last.
 */
export const toCsv = (sheet: Sheet): Buffer => {
  const value = (kind: string, cell: unknown): string | number => {
    if (cell === null || cell === undefined) return '';
    if (kind === 'datetime') return formatVietnamDateTime(cell as string);
    return typeof cell === 'number' ? cell : String(cell);
  };
  const rows = sheet.rows.map((row) => sheet.columns.map((column) => value(column.kind, row[column.key])));
  if (sheet.totalLabel) {
    rows.push(sheet.columns.map((column, index) => (index === 0 ? sheet.totalLabel! : column.sum ? columnTotal(sheet, column) : '')));
  }
  return Buffer.from(BOM + stringify([sheet.columns.map((column) => column.header), ...rows], { record_delimiter: 'windows' }), 'utf8');
};
