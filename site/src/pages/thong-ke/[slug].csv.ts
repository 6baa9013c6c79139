import type { APIRoute } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { datasetCsvs, type DatasetPage } from '../../routing/pages';
import { pageProps } from '../../routing/props';
import { inShard } from '../../utils/shard';

export const getStaticPaths = async () => inShard(await datasetCsvs());

/**
 * The dataset's table as CSV, made at build time: the header row, then a label and its figures
 * per row, numbers as JavaScript writes them (a dot for decimals). The byte-order mark tells
 * spreadsheet programs it is UTF-8, so Vietnamese opens with its diacritics.
 */
export const GET: APIRoute = async (context) => {
  const { table } = pageProps<DatasetPage>(context).dataset.data;
  const csv = stringify([[table.labelHeader, ...table.columns], ...table.rows.map((r) => [r.label, ...r.values.map(String)])], {
    record_delimiter: 'windows',
  });
  return new Response(`\uFEFF${csv}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
