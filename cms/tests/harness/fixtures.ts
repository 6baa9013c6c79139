import type { TestCms } from './cms';
import { publishThroughWorkflow } from './workflow';

/**
 * A full-access content API client: the way an integration writes, through the real routes.
 * Strapi 5's REST API publishes on POST unless the URL says `?status=draft`.
 */
export const contentApi = (cms: TestCms, token: string) => {
  const auth = { Authorization: `Bearer ${token}` };
  return {
    get: (url: string) => cms.http().get(url).set(auth),
    post: (url: string, data: unknown) => cms.http().post(url).set(auth).send({ data }),
    put: (url: string, data: unknown) => cms.http().put(url).set(auth).send({ data }),
    del: (url: string) => cms.http().delete(url).set(auth),
  };
};

export type ContentApi = ReturnType<typeof contentApi>;

let counter = 0;
/** A short unique suffix so tests never collide on unique fields. */
export const unique = (): string => `${Date.now().toString(36)}${(counter += 1)}`;

/** Creates a site and one news category on it; returns their documentIds. */
export const makeSite = async (api: ContentApi, name = `Phường thử ${unique()}`) => {
  const site = await api.post('/api/sites', { name, kind: 'ward' }).expect(201);
  const category = await api
    .post('/api/categories', { name: 'Tin tức, sự kiện', site: site.body.data.documentId, kind: 'news' })
    .expect(201);
  return {
    site: site.body.data.documentId as string,
    siteSlug: site.body.data.slug as string,
    category: category.body.data.documentId as string,
  };
};

/** A valid published article payload on a site; override any field. */
export const articleData = (site: { site: string; category: string }, overrides: Record<string, unknown> = {}) => ({
  title: `Tin thử nghiệm ${unique()}`,
  summary: 'Tóm tắt tin thử nghiệm.',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Nội dung tin thử nghiệm.' }] }],
  form: 'tin',
  site: site.site,
  categories: [site.category],
  source: { kind: 'own-reporting' },
  byline: 'Phóng viên thử',
  ...overrides,
});

/** Field paths of a Strapi validation error response. */
export const errorPaths = (body: { error?: { details?: { errors?: Array<{ path: string[] }> } } }): string[] =>
  (body.error?.details?.errors ?? []).map((e) => e.path.join('.'));

const UIDS = { articles: 'api::article.article', 'legal-documents': 'api::legal-document.legal-document' } as const;

/**
 * Creates a draft through the content API and publishes it the only way there is, through the
 * workflow (as the super admin). Returns the approval's response (200, or the refusal) and the id.
 */
export const createAndPublish = async (cms: TestCms, api: ContentApi, type: keyof typeof UIDS, data: unknown) => {
  const draft = await api.post(`/api/${type}?status=draft`, data).expect(201);
  const documentId = draft.body.data.documentId as string;
  const approval = await publishThroughWorkflow(cms, UIDS[type], documentId);
  return Object.assign(approval, { documentId });
};
