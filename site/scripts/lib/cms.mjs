// @ts-check
// The few CMS reads the build script makes itself (the pages read through the content loader).

/**
 * A site as the CMS lists it (listSites); `mergedInto` and `parent` carry SITE_FIELDS only.
 * @typedef {{ slug: string, name: string, domain: string | null, status: 'active' | 'merged' | 'retired' }} SiteRef
 * @typedef {SiteRef & { statusChangedOn: string | null, kind: 'city' | 'ward' | 'commune', mergedInto: SiteRef | null, parent: SiteRef | null }} CmsSite
 */

const SITE_FIELDS = ['slug', 'name', 'domain', 'status'];
/** `populate[<relation>][fields][i]=…` for a related site. @param {string} relation */
const siteRef = (relation) => SITE_FIELDS.map((f, i) => `&populate[${relation}][fields][${i}]=${f}`).join('');

/**
 * GET a JSON path of the CMS's public API.
 * @param {string} cmsUrl
 * @param {string} path
 * @returns {Promise<unknown>}
 */
export const getJson = async (cmsUrl, path) => {
  const res = await fetch(`${cmsUrl}${path}`, {
    headers: process.env.CMS_TOKEN ? { Authorization: `Bearer ${process.env.CMS_TOKEN}` } : {},
  });
  if (!res.ok) throw new Error(`GET ${cmsUrl}${path}: ${res.status} ${await res.text()}`);
  return res.json();
};

/**
 * Every entry of a collection query, page by page (the API returns at most 100 a page).
 * @param {string} cmsUrl
 * @param {string} path
 */
const all = async (cmsUrl, path) => {
  /** @type {unknown[]} */
  const entries = [];
  for (let page = 1, pageCount = 1; page <= pageCount; page++) {
    const body = /** @type {{ data: unknown[], meta: { pagination: { pageCount: number } } }} */ (
      await getJson(cmsUrl, `${path}&sort[0]=id:asc&pagination[page]=${page}&pagination[pageSize]=100`)
    );
    entries.push(...body.data);
    pageCount = body.meta.pagination.pageCount;
  }
  return entries;
};

/**
 * Every site with what the build needs to decide how to build it and where a closed site's readers go.
 * @param {string} cmsUrl
 * @returns {Promise<CmsSite[]>}
 */
export const listSites = (cmsUrl) =>
  /** @type {Promise<CmsSite[]>} */ (
    all(
      cmsUrl,
      `/api/sites?${[...SITE_FIELDS, 'statusChangedOn', 'kind'].map((f, i) => `fields[${i}]=${f}`).join('&')}${siteRef('mergedInto')}${siteRef('parent')}`
    )
  );

/**
 * The slugs of one site's published entries of a collection.
 * @param {string} cmsUrl
 * @param {string} collection
 * @param {string} siteSlug
 * @returns {Promise<string[]>}
 */
export const slugsOf = async (cmsUrl, collection, siteSlug) =>
  /** @type {{ slug: string }[]} */ (
    await all(cmsUrl, `/api/${collection}?filters[site][slug][$eq]=${encodeURIComponent(siteSlug)}&fields[0]=slug`)
  ).map((entry) => entry.slug);

/**
 * How many published entries of a collection one site has.
 * @param {string} cmsUrl
 * @param {string} collection
 * @param {string} siteSlug
 * @returns {Promise<number>}
 */
export const entryCount = async (cmsUrl, collection, siteSlug) =>
  /** @type {{ meta: { pagination: { total: number } } }} */ (
    await getJson(
      cmsUrl,
      `/api/${collection}?filters[site][slug][$eq]=${encodeURIComponent(siteSlug)}&fields[0]=slug&pagination[pageSize]=1`
    )
  ).meta.pagination.total;
