import type { TestCms } from './cms';
import { contentApi, createAndPublish, makeSite, unique, type ContentApi } from './fixtures';
import { adminApi, createStaff, LEGAL, type AdminApi, type WorkflowRole } from './workflow';

export const COMMENT = 'api::draft-comment.draft-comment';
export const JOB = 'plugin::rebuild.job';

export const ALL_ROLES: WorkflowRole[] = ['contributor', 'editor', 'approver', 'site-admin', 'board-head', 'finance'];

export interface ParticipationSite {
  id: number;
  documentId: string;
  slug: string;
  /** A published draft for public comment on the site, its window open now. */
  draft: string;
}

export interface ParticipationWorld {
  api: ContentApi;
  sites: Record<'A' | 'B', ParticipationSite>;
  /** Admin API clients by `<role>@<site>` for every workflow role on ward A and ward B. */
  users: Record<string, AdminApi>;
  superAdmin: AdminApi;
}

/** The comment window of a draft: open from a day ago to `closesInDays` from now. */
export const openWindow = (closesInDays = 30) => ({
  opensAt: new Date(Date.now() - 24 * 3600_000).toISOString(),
  closesAt: new Date(Date.now() + closesInDays * 24 * 3600_000).toISOString(),
  receivingAgency: 'Phòng Tư pháp',
  address: '89 Lý Thường Kiệt, Phường 1, Vũng Tàu',
  email: 'tuphap@vungtau.test',
});

/** Creates a draft for public comment on a site and publishes it through the workflow; returns its document id. */
export const makeDraft = async (
  cms: TestCms,
  api: ContentApi,
  site: string,
  overrides: Record<string, unknown> = {}
): Promise<{ documentId: string; number: string }> => {
  const number = `${Math.floor(Math.random() * 900) + 100}/DT-UBND-${unique()}`;
  const published = await createAndPublish(cms, api, 'legal-documents', {
    number,
    kind: 'draft-for-comment',
    type: 'quyet-dinh',
    issuer: 'UBND phường',
    issuedDate: '2026-11-20',
    summary: 'Dự thảo Quyết định ban hành Quy chế tiếp công dân của phường.',
    site,
    commentWindow: openWindow(),
    ...overrides,
  });
  if (published.status !== 200) throw new Error(`Publishing the draft failed: ${JSON.stringify(published.body.error)}`);
  return { documentId: published.documentId, number };
};

/** Two wards, each with a published draft for comment and one admin user per workflow role. */
export const buildParticipationWorld = async (cms: TestCms): Promise<ParticipationWorld> => {
  const api = contentApi(cms, await cms.apiToken('full-access'));
  const sites = {} as Record<'A' | 'B', ParticipationSite>;
  const users: Record<string, AdminApi> = {};
  for (const key of ['A', 'B'] as const) {
    const made = await makeSite(api, `Phường góp ý ${key} ${unique()}`);
    const row = (await cms.strapi.db.query('api::site.site').findOne({ where: { documentId: made.site } })) as { id: number };
    const draft = await makeDraft(cms, api, made.site);
    sites[key] = { id: row.id, documentId: made.site, slug: made.siteSlug, draft: draft.documentId };
    for (const role of ALL_ROLES) {
      const person = await createStaff(cms, `${role}@${key}`, [{ site: made.site, role }]);
      users[`${role}@${key}`] = adminApi(cms, person.jwt);
    }
  }
  return { api, sites, users, superAdmin: adminApi(cms, await cms.adminJwt()) };
};

export interface StoredComment {
  id: number;
  documentId: string;
  legalDocumentId: string;
  authorName: string;
  email: string | null;
  phone: string | null;
  body: string;
  status: 'pending' | 'published' | 'rejected';
  rejectReason: string | null;
  answer: string | null;
  answeredAt: string | null;
  moderatedAt: string | null;
  moderatedBy: string | null;
  updatedAt: string;
}

/** Stores a citizen's comment as the public route would (that route is tested on its own). */
export const addComment = async (
  cms: TestCms,
  site: ParticipationSite,
  overrides: Partial<Record<string, unknown>> = {}
): Promise<StoredComment> =>
  (await cms.strapi.db.query(COMMENT).create({
    data: {
      legalDocumentId: site.draft,
      site: site.id,
      authorName: 'Nguyễn Văn Bình',
      organisation: null,
      email: `binh.${unique()}@example.vn`,
      phone: '0912345678',
      section: 'Điều 5',
      body: 'Đề nghị bổ sung thời gian tiếp công dân vào sáng thứ Bảy.',
      showName: true,
      status: 'pending',
      submittedAt: new Date(),
      fingerprint: `test-${unique()}`,
      ...overrides,
    },
  })) as StoredComment;

export const storedComment = async (cms: TestCms, id: number): Promise<StoredComment> =>
  (await cms.strapi.db.query(COMMENT).findOne({ where: { id } })) as StoredComment;

/** The queued rebuild jobs, oldest first. */
export const queuedJobs = async (cms: TestCms) =>
  (await cms.strapi.db.query(JOB).findMany({ where: { status: 'queued' }, orderBy: { id: 'asc' } })) as Array<{
    siteSlug: string;
    reasons: string[];
    requestedBy: string;
    changes: { all: true } | { documents: Array<{ uid: string; documentId: string }> } | null;
  }>;

/** Forgets queued rebuilds, so a test sees exactly the ones it causes. */
export const clearJobs = async (cms: TestCms): Promise<void> => {
  await cms.strapi.db.query(JOB).deleteMany({ where: {} });
};

export { LEGAL };
