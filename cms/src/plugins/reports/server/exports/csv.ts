import { stringify } from 'csv-stringify/sync';
import { formatVietnamDateTime } from '../services/periods';
import { columnTotal, numberCell, type Column, type Sheet } from './sheet';

/** Excel reads a CSV as UTF-8 only when it starts with a byte order mark; without it, "Nguyễn" turns into mojibake. */
const BOM = '\uFEFF';

/**
 * A cell as the CSV writes it. Text is always a string and a number always a finite number, so a
 * title typed by staff can never become a number column's value, and vice versa.
 */
const cell = (column: Column, value: unknown): string | number => {
  if (value === null || value === undefined) return '';
  if (column.kind === 'datetime') return formatVietnamDateTime(value as string);
  if (column.kind === 'text') return String(value);
  return numberCell(value) ?? '';
};

/**
 * One table as CSV (RFC 4180, comma, CRLF): Vietnamese headers, amounts as plain integers so any
 * spreadsheet reads them as numbers, times in Vietnam's time, and the total row last.
 *
 * Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return as a formula, so an article titled `=HYPERLINK(…)` would
 * run on the finance officer's computer. csv-stringify's `escape_formulas` puts a single quote
 * before every such string (and before the full-width `＝＋－＠` that Apple Numbers folds to
 * them, and we before a NUL), which spreadsheets read as "this is text". It leaves numbers alone: a JavaScript number
 * is written as digits with at most a leading minus, which every spreadsheet reads as a number
 * and none as a formula, so a negative amount (an adjustment) stays a number finance can add up.
 */
export const toCsv = (sheet: Sheet): Buffer => {
  const rows =
    sheet.rows.length > 0
      ? sheet.rows.map((row) => sheet.columns.map((column) => cell(column, row[column.key])))
      : [sheet.columns.map((_, index) => (index === 0 ? sheet.empty : ''))];
  if (sheet.totalLabel) {
    rows.push(sheet.columns.map((column, index) => (index === 0 ? sheet.totalLabel! : column.sum ? columnTotal(sheet, column) : '')));
  }
  const csv = stringify([sheet.columns.map((column) => column.header), ...rows], {
    record_delimiter: 'windows',
    escape_formulas: true,
    // ASVS 5.0 (1.2.10) adds a leading NUL to OWASP's list; csv-stringify's does not have it.
    cast: { string: (text) => (text.startsWith('\0') ? `'${text}` : text) },
  });
  return Buffer.from(BOM + csv, 'utf8');
};
