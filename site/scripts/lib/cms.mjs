// The few CMS reads the build script makes itself (the pages read through the content loader).

const SITE_FIELDS = ['slug', 'name', 'domain', 'status'];
/** `populate[<relation>][fields][i]=…` for a related site. */
const siteRef = (relation) => SITE_FIELDS.map((f, i) => `&populate[${relation}][fields][${i}]=${f}`).join('');

/** GET a JSON path of the CMS's public API. */
export const getJson = async (cmsUrl, path) => {
  const res = await fetch(`${cmsUrl}${path}`, { headers: process.env.CMS_TOKEN ? { Authorization: `Bearer ${process.env.CMS_TOKEN}` } : {} });
  if (!res.ok) throw new Error(`GET ${cmsUrl}${path}: ${res.status} ${await res.text()}`);
  return res.json();
};

/** Every entry of a collection query, page by page (the API returns at most 100 a page). */
const all = async (cmsUrl, path) => {
  const entries = [];
  for (let page = 1, pageCount = 1; page <= pageCount; page++) {
    const body = await getJson(cmsUrl, `${path}&sort[0]=id:asc&pagination[page]=${page}&pagination[pageSize]=100`);
    entries.push(...body.data);
    pageCount = body.meta.pagination.pageCount;
  }
  return entries;
};

/** Every site with what the build needs to decide how to build it and where a closed site's readers go. */
export const listSites = (cmsUrl) =>
  all(cmsUrl, `/api/sites?${[...SITE_FIELDS, 'statusChangedOn', 'kind'].map((f, i) => `fields[${i}]=${f}`).join('&')}${siteRef('mergedInto')}${siteRef('parent')}`);

/** The slugs of one site's published entries of a collection. */
export const slugsOf = async (cmsUrl, collection, siteSlug) =>
  (await all(cmsUrl, `/api/${collection}?filters[site][slug][$eq]=${encodeURIComponent(siteSlug)}&fields[0]=slug`)).map((entry) => entry.slug);

/** How many published entries of a collection one site has. */
export const entryCount = async (cmsUrl, collection, siteSlug) =>
  (await getJson(cmsUrl, `/api/${collection}?filters[site][slug][$eq]=${encodeURIComponent(siteSlug)}&fields[0]=slug&pagination[pageSize]=1`)).meta.pagination.total;
