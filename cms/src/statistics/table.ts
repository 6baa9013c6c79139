import { z } from 'zod';

// A dataset's table of figures, as stored in its JSON column: the header of the label column, the
// headers of the figure columns, and rows of a label and one finite number per column. Bounded so
// that a table is a table readers can read on a phone, and a page's chart stays one screen.

export const TABLE_LIMITS = {
  columns: 24,
  rows: 200,
  /** Characters of a header or a row label. */
  text: 120,
  /** Largest magnitude of a figure: beyond it a double loses whole units (2^53 ≈ 9e15). */
  magnitude: 1e15,
} as const;

export interface DatasetTable {
  labelHeader: string;
  columns: string[];
  rows: Array<{ label: string; values: number[] }>;
}

const text = (what: string) =>
  z
    .string({ error: `${what} phải là chữ.` })
    .trim()
    .min(1, { error: `${what} không được để trống.` })
    .max(TABLE_LIMITS.text, { error: `${what} dài quá ${TABLE_LIMITS.text} ký tự.` });

const figure = z
  .number({ error: 'Mỗi ô số liệu phải là một số.' })
  .refine((n) => Number.isFinite(n), { error: 'Số liệu phải là số hữu hạn.' })
  .refine((n) => Math.abs(n) <= TABLE_LIMITS.magnitude, { error: 'Số liệu vượt quá 10^15.' });

export const datasetTable = z
  .strictObject(
    {
      labelHeader: text('Tiêu đề cột nhãn'),
      columns: z
        .array(text('Tiêu đề cột'), { error: 'Danh sách cột phải là một mảng.' })
        .min(1, { error: 'Bảng số liệu phải có ít nhất một cột số liệu.' })
        .max(TABLE_LIMITS.columns, { error: `Bảng số liệu có tối đa ${TABLE_LIMITS.columns} cột số liệu.` }),
      rows: z
        .array(
          z.strictObject(
            { label: text('Nhãn dòng'), values: z.array(figure, { error: 'Số liệu của dòng phải là một mảng số.' }) },
            {
              error: (issue) =>
                issue.code === 'unrecognized_keys'
                  ? 'Mỗi dòng chỉ có nhãn (label) và số liệu (values).'
                  : 'Mỗi dòng phải có nhãn (label) và số liệu (values).',
            }
          ),
          { error: 'Các dòng phải là một mảng.' }
        )
        .min(1, { error: 'Bảng số liệu phải có ít nhất một dòng.' })
        .max(TABLE_LIMITS.rows, { error: `Bảng số liệu có tối đa ${TABLE_LIMITS.rows} dòng.` }),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? 'Bảng số liệu chỉ có tiêu đề cột nhãn (labelHeader), các cột (columns) và các dòng (rows).'
          : 'Bảng số liệu phải có tiêu đề cột nhãn (labelHeader), các cột (columns) và các dòng (rows).',
    }
  )
  .superRefine((table, ctx) => {
    table.rows.forEach((row, index) => {
      if (row.values.length !== table.columns.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', index, 'values'],
          message: `Dòng "${row.label}" có ${row.values.length} số liệu, bảng có ${table.columns.length} cột.`,
        });
      }
    });
    const seen = new Set<string>();
    table.rows.forEach((row, index) => {
      if (seen.has(row.label))
        ctx.addIssue({ code: 'custom', path: ['rows', index, 'label'], message: `Nhãn dòng "${row.label}" bị trùng.` });
      seen.add(row.label);
    });
  });

/** Whether a stored or sent value means "no table yet" (the CMS then fills it from the source file). */
export const isEmptyTable = (value: unknown): boolean => {
  if (value === null || value === undefined || value === '') return true;
  if (typeof value !== 'object') return false;
  const rows = (value as { rows?: unknown }).rows;
  return Object.keys(value).length === 0 || (Array.isArray(rows) && rows.length === 0);
};

export interface TableProblem {
  path: string[];
  message: string;
}

/** The table, checked and trimmed, or the problems with it (paths under `table`). */
export const checkTable = (value: unknown): { table: DatasetTable } | { problems: TableProblem[] } => {
  const parsed = datasetTable.safeParse(value);
  if (parsed.success) return { table: parsed.data };
  return {
    problems: parsed.error.issues.slice(0, 10).map((issue) => ({
      path: ['table', ...issue.path.map(String)],
      message: issue.message,
    })),
  };
};
