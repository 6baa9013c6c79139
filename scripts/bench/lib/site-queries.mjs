// @ts-check
// The site build's own list requests (site/src/loaders/queries.ts, the one place they are written),
// compiled on the fly with esbuild (an Astro dependency), so the API benchmark measures exactly
// what a build asks for.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const entry = `
  export * from ${JSON.stringify(fileURLToPath(new URL('../../../site/src/loaders/queries.ts', import.meta.url)))};
  export { toQueryString } from ${JSON.stringify(fileURLToPath(new URL('../../../site/src/utils/query-string.ts', import.meta.url)))};
  export { fetchRetrying } from ${JSON.stringify(fileURLToPath(new URL('../../../site/src/utils/fetch-retrying.ts', import.meta.url)))};
`;

/**
 * A list request's query (site/src/loaders/queries.ts).
 * @typedef {Record<string, unknown>} Query
 * What the compiled module holds: site/src/loaders/queries.ts, toQueryString and fetchRetrying (TypeScript
 * files of the site that this checker, set up for Node's own resolution, does not read).
 * @typedef {object} SiteQueries
 * @property {Query} SITE_QUERY
 * @property {Query} CATEGORY_QUERY
 * @property {Query} UNIT_QUERY
 * @property {Query} ARTICLE_QUERY
 * @property {Query} LEGAL_DOCUMENT_QUERY
 * @property {(query: Query, site: { relation: string | null, slug: string } | undefined, page: number) => Query} pageQuery
 * @property {(query: Query) => string} toQueryString
 * @property {(url: string, init: RequestInit, attempts?: number) => Promise<Response>} fetchRetrying
 */

/** @returns {Promise<SiteQueries>} */
export const loadSiteQueries = async () => {
  const out = await build({
    stdin: { contents: entry, loader: 'ts', resolveDir: process.cwd() },
    bundle: true,
    format: 'esm',
    write: false,
    platform: 'node',
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
};

/**
 * The path of one page of a collection for a site, exactly as the content loader requests it.
 * @param {SiteQueries} queries
 * @param {string} collection
 * @param {Query} query
 * @param {string | null} [site]
 */
export const listPath = (queries, collection, query, site, page = 1) => {
  const scope = site ? { relation: collection === 'sites' ? null : 'site', slug: site } : undefined;
  return `/api/${collection}?${queries.toQueryString(queries.pageQuery(query, scope, page))}`;
};
