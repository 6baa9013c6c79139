import ExcelJS from 'exceljs';
import { columnTotal, numberCell, type Column, type Sheet } from './sheet';

/**
 * Excel shows `#,##0` with the reader's own separators (1.234.567 on a Vietnamese system), so
 * amounts stay numbers a finance officer can add up, not text.
 */
const FORMATS: Partial<Record<Column['kind'], string>> = {
  integer: '#,##0',
  money: '#,##0',
  decimal: '0.0##',
  datetime: 'dd/mm/yyyy hh:mm',
};

/** Vietnam's wall clock as the naive date Excel stores (it has no time zones). */
const excelDate = (value: unknown): Date | null => {
  if (typeof value !== 'string' && !(value instanceof Date)) return null;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : new Date(instant.getTime() + 7 * 60 * 60 * 1000);
};

// eslint-disable-next-line no-control-regex -- it finds the control characters a cell cannot hold
const ESCAPED = /_(?=[xX])|[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/g;

/**
 * Text as an XLSX string. XML 1.0 cannot hold most control characters (exceljs writes them raw and
 * Excel then refuses the whole file), and a carriage return would be lost, so they are written as
 * OOXML's `_xHHHH_` escapes (ECMA-376, ST_Xstring), which Excel and exceljs read back as the
 * character. An underscore before an `x` is escaped too (`_x005F_`), so text that merely looks
 * like an escape comes back as typed.
 */
export const xlsxText = (value: string): string =>
  value.replace(ESCAPED, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);

/**
 * A text cell is always a plain string, whatever it holds: exceljs makes a formula, hyperlink or
 * rich-text cell only from an object, and Excel never evaluates a string cell, so a title typed
 * as `=HYPERLINK(…)` stays text (no quote is added: in XLSX it would show). A number column holds
 * finite numbers only (numberCell).
 */
const cellValue = (column: Column, value: unknown): ExcelJS.CellValue => {
  if (value === null || value === undefined) return null;
  if (column.kind === 'datetime') return excelDate(value);
  if (column.kind === 'text') return xlsxText(String(value));
  return numberCell(value);
};

const addSheet = (workbook: ExcelJS.Workbook, sheet: Sheet): void => {
  const ws = workbook.addWorksheet(sheet.name.slice(0, 31));
  ws.columns = sheet.columns.map((column) => ({
    key: column.key,
    width: column.width ?? (column.kind === 'text' ? 30 : 16),
    style: { numFmt: FORMATS[column.kind] },
  }));
  ws.addRow([xlsxText(sheet.title)]).font = { bold: true, size: 14 };
  ws.mergeCells(1, 1, 1, sheet.columns.length);
  if (sheet.subtitle) ws.addRow([xlsxText(sheet.subtitle)]).font = { italic: true };
  ws.addRow([]);
  const header = ws.addRow(sheet.columns.map((column) => xlsxText(column.header)));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  const first = header.number + 1;
  for (const row of sheet.rows) ws.addRow(sheet.columns.map((column) => cellValue(column, row[column.key])));
  if (sheet.rows.length === 0) {
    const none = ws.addRow([xlsxText(sheet.empty)]);
    none.font = { italic: true };
    ws.mergeCells(none.number, 1, none.number, sheet.columns.length);
  }
  const last = header.number + sheet.rows.length;
  if (sheet.totalLabel) {
    const total = ws.addRow(
      sheet.columns.map((column, index) => {
        if (index === 0) return xlsxText(sheet.totalLabel!);
        if (!column.sum) return null;
        const letter = ws.getColumn(index + 1).letter;
        // A formula keeps the total right when finance edits a row; the cached result is what readers see first.
        return { formula: sheet.rows.length > 0 ? `SUM(${letter}${first}:${letter}${last})` : '0', result: columnTotal(sheet, column) };
      })
    );
    total.font = { bold: true };
    total.eachCell((cell) => (cell.border = { top: { style: 'thin' } }));
  }
  ws.views = [{ state: 'frozen', ySplit: header.number }];
};

export const toXlsx = async (sheets: Sheet[]): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Cổng thông tin điện tử';
  workbook.created = new Date();
  for (const sheet of sheets) addSheet(workbook, sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
