/**
 * Report tables: rows counted or summed by a key, with a total that is by construction the sum
 * of the rows (each item lands in exactly one row).
 */

import type { Tally, TallyRow } from '../../shared/contracts';

export interface TallyOptions<T> {
  key: (item: T) => string;
  label: (item: T) => string;
  amount?: (item: T) => number;
  /** Rows by count (then amount), largest first; otherwise by label. */
  order?: 'largest' | 'label' | 'given';
  /** Keys in the order to show them, for `order: 'given'` (unknown keys follow). */
  keys?: readonly string[];
}

export const tally = <T>(items: readonly T[], options: TallyOptions<T>): Tally => {
  const rows = new Map<string, TallyRow>();
  for (const key of options.keys ?? []) rows.set(key, { key, label: key, count: 0, amount: 0 });
  for (const item of items) {
    const key = options.key(item);
    const row = rows.get(key) ?? { key, label: options.label(item), count: 0, amount: 0 };
    row.label = options.label(item);
    row.count += 1;
    row.amount += options.amount?.(item) ?? 0;
    rows.set(key, row);
  }
  const list = [...rows.values()];
  if (options.order === 'largest') list.sort((a, b) => b.count - a.count || b.amount - a.amount || a.label.localeCompare(b.label, 'vi'));
  if ((options.order ?? 'label') === 'label') list.sort((a, b) => a.label.localeCompare(b.label, 'vi'));
  return { rows: list, total: sumRows(list) };
};

export const sumRows = (rows: readonly TallyRow[]): Tally['total'] => ({
  count: rows.reduce((sum, row) => sum + row.count, 0),
  amount: rows.reduce((sum, row) => sum + row.amount, 0),
});

/** Relabels rows from a table of labels (enumeration values → Vietnamese). */
export const relabel = (result: Tally, labels: Record<string, string>): Tally => ({
  ...result,
  rows: result.rows.map((row) => ({ ...row, label: labels[row.key] ?? row.label })),
});
