import * as React from 'react';
import { unstable_useContentManagerContext as useContentManagerContext, type PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useFetchClient, useForm } from '@strapi/strapi/admin';

/** A row of the relation picker's answer: ids, status and the display field. */
interface SiteOption {
  id: number;
  documentId: string;
  status?: string;
  locale?: string | null;
  [field: string]: unknown;
}

const NOT_DISPLAY = new Set(['id', 'documentId', 'publishedAt', 'updatedAt', 'createdAt', 'locale', 'status']);

const isEmptyRelation = (value: unknown): boolean => {
  if (value === undefined || value === null) return true;
  const { connect, disconnect } = value as { connect?: unknown[]; disconnect?: unknown[] };
  return (connect ?? []).length === 0 && (disconnect ?? []).length === 0;
};

/**
 * The "Thuộc trang" (site) field of a new item, filled in for someone who works on one site. The
 * site picker lists only the user's own sites (server: middlewares/relation-scope.ts), so one option
 * means one site; it is put in the form as the relation input itself stores a choice (`connect`
 * with the option's ids and display field). Once, on a new item whose site is still empty: a
 * removed choice stays removed, and the server fills the same site in at save anyway
 * (document-middlewares/site-default.ts). Renders nothing.
 */
const useSiteDefault = (model: string, creating: boolean) => {
  const { get } = useFetchClient();
  // A new item's form holds no value for a relation until one is chosen: the schema says whether there is a site.
  const { contentType } = useContentManagerContext();
  const site = contentType?.attributes?.site as { type?: string; target?: string } | undefined;
  const hasSite = site?.type === 'relation' && site.target === 'api::site.site';
  const siteValue = useForm('SiteDefault', (form) => (form.values as Record<string, unknown> | undefined)?.site);
  const onChange = useForm('SiteDefault', (form) => form.onChange);
  const asked = React.useRef(false);
  const empty = isEmptyRelation(siteValue);

  React.useEffect(() => {
    if (!creating || !hasSite || !empty || asked.current) return;
    asked.current = true;
    let current = true;
    get<{ results: SiteOption[] }>(`/content-manager/relations/${model}/site`, { params: { pageSize: 2 } })
      .then(({ data }) => {
        if (!current || data.results.length !== 1) return;
        const [site] = data.results;
        const displayField = Object.keys(site).find((key) => !NOT_DISPLAY.has(key)) ?? 'documentId';
        const label = typeof site[displayField] === 'string' ? (site[displayField] as string) : site.documentId;
        onChange('site', {
          connect: [
            {
              id: site.id,
              apiData: { id: site.id, documentId: site.documentId, locale: site.locale ?? undefined, isTemporary: true },
              status: site.status,
              __temp_key__: 'a0',
              [displayField]: site[displayField],
              label,
              href: `../collection-types/api::site.site/${site.documentId}`,
            },
          ],
          disconnect: [],
        });
      })
      // No answer, no pre-filled site: the user picks it, as before.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [creating, empty, get, hasSite, model, onChange]);
};

export const SiteDefaultPanel: PanelComponent = ({ model, documentId }) => {
  useSiteDefault(model, !documentId);
  return null;
};
