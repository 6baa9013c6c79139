/** A table to export, the same for XLSX and CSV: Vietnamese headers, typed columns, a total row. */

export type ColumnKind = 'text' | 'integer' | 'money' | 'decimal' | 'datetime';

export interface Column {
  header: string;
  key: string;
  kind: ColumnKind;
  width?: number;
  /** Summed in the total row. */
  sum?: boolean;
}

export interface Sheet {
  /** Worksheet tab name (Excel allows 31 characters). */
  name: string;
  title: string;
  subtitle?: string;
  columns: Column[];
  rows: Array<Record<string, unknown>>;
  /** The sentence written as the only row when there are none, so a file never holds bare headers ("Không có dữ liệu trong tháng 11/2026."). */
  empty: string;
  /** Label of the total row, shown in the first column; no total row without it. */
  totalLabel?: string;
}

export const TOTAL_LABEL = 'Tổng cộng';

/** The total of a summed column: the sum of its rows, exactly what the row cells hold. */
export const columnTotal = (sheet: Sheet, column: Column): number =>
  sheet.rows.reduce((sum, row) => sum + (numberCell(row[column.key]) ?? 0), 0);

/** A plain decimal numeral, as PostgreSQL returns `decimal` and `bigint` columns. */
const NUMERAL = /^-?\d+(?:\.\d+)?$/;

/**
 * The value of a number column's cell: a finite number, or null when the value is none. A numeral
 * string (PostgreSQL's decimals) becomes its number; anything else is not a number and is left
 * out rather than written as text a spreadsheet might read as a formula.
 */
export const numberCell = (value: unknown): number | null => {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && NUMERAL.test(value)) return Number(value);
  return null;
};
