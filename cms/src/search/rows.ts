/** What every index reads of an item's site, and the helpers its document builders share. */
export const SITE = { fields: ['slug', 'name', 'status'] };

export interface SiteRef {
  slug: string;
  name: string;
  status: string;
}

export const seconds = (iso: string | null | undefined): number => (iso ? Math.floor(new Date(iso).getTime() / 1000) : 0);
/** Calendar years are Vietnamese ones (UTC+7, no daylight saving). */
export const localYear = (epochSeconds: number): number => new Date((epochSeconds + 7 * 3600) * 1000).getUTCFullYear();

/** A published item on an active site is findable; a withdrawn one, or one of a merged site, is not. */
export const visible = (row: { publishedAt: string | null; workflowState?: string | null; site: SiteRef | null }): boolean =>
  Boolean(row.publishedAt && row.site?.slug && row.site.status === 'active' && row.workflowState !== 'withdrawn');
