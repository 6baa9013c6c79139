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
  /** Label of the total row, shown in the first column; no total row without it. */
  totalLabel?: string;
}

export const TOTAL_LABEL = 'Tổng cộng';

/** The total of a summed column: the sum of its rows, exactly what the row cells hold. */
export const columnTotal = (sheet: Sheet, column: Column): number =>
  sheet.rows.reduce((sum, row) => sum + (typeof row[column.key] === 'number' ? (row[column.key] as number) : 0), 0);
