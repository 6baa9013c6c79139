import type { TestCms } from './cms';
import type { Endpoint } from './public-query-arbitraries';
import { articleData, contentApi, createAndPublish, makeSite, unique, type ContentApi } from './fixtures';
import { configureRoyalties } from './royalties';
import { adminApi, ARTICLE, bringTo, LEGAL, type AdminApi } from './workflow';

/** Every unpublished item's title or summary starts so; no public response may contain it. */
export const UNPUBLISHED_MARK = 'Chưa công khai';

/** A contributor's private record: none of these strings may reach an anonymous reader. */
const CONTRIBUTOR = {
  fullName: 'Trần Thị Bảo Mật',
  email: 'ctv-bao-mat@private.test',
  phone: '0909111222',
  paymentDetails: {
    accountHolder: 'TRAN THI BAO MAT',
    accountNumber: '9704001122334455',
    bankName: 'Ngân hàng Riêng Tư',
    bankBranch: 'Chi nhánh Kín',
    taxCode: '8012345678',
    citizenId: '079123456789',
  },
};

export interface PublicWorld {
  api: ContentApi;
  site: Awaited<ReturnType<typeof makeSite>>;
  /** documentIds of what the public may see, per draft-and-publish type. */
  published: { articles: Set<string>; 'legal-documents': Set<string> };
  /** documentIds of drafts, items in review or scheduled, and withdrawn items. */
  unpublished: Set<string>;
  /** The articles among them. */
  unpublishedArticles: string[];
  /** Strings that must never appear in a public response. */
  secrets: string[];
}

const marked = () => `${UNPUBLISHED_MARK} ${unique()}`;

const legalData = (site: string, overrides: Record<string, unknown> = {}) => ({
  number: `${unique()}/QĐ-UBND`,
  kind: 'administrative',
  type: 'quyet-dinh',
  issuer: 'UBND phường thử',
  issuedDate: '2026-11-02',
  summary: 'Về việc ban hành quy chế thử.',
  site,
  ...overrides,
});

/**
 * A ward with everything a leak could expose, all made through the real routes: published
 * articles and legal documents, drafts, items in review and scheduled, withdrawn items (published,
 * then withdrawn), a contributor with payment data credited on published pieces (so royalty
 * records exist), tags, a unit with its head (an official).
 */
export const buildPublicWorld = async (cms: TestCms): Promise<PublicWorld> => {
  const api = contentApi(cms, await cms.apiToken('full-access'));
  const admin: AdminApi = adminApi(cms, await cms.adminJwt());
  // The super admin holds every workflow role: one person takes items through every step.
  const people = { author: admin, editor: admin, approver: admin };
  const site = await makeSite(api);
  const other = await makeSite(api);
  await configureRoyalties(admin, site.site);

  const unit = await api
    .post('/api/units', {
      name: `Phòng Văn hóa thử ${unique()}`,
      kind: 'department',
      site: site.site,
    })
    .expect(201);
  await api
    .post('/api/officials', {
      name: 'Nguyễn Văn Trưởng',
      position: 'Trưởng phòng',
      rank: 'head',
      phone: '02543000111',
      email: 'truong-phong@ward.test',
      site: site.site,
      unit: unit.body.data.documentId,
    })
    .expect(201);
  const contributor = await api.post('/api/contributors', { ...CONTRIBUTOR, unit: unit.body.data.documentId }).expect(201);
  // An article's unit and authors belong to its site (cms/src/validation/site-scope.ts): the other site has its own.
  const otherUnit = await api
    .post('/api/units', { name: `Phòng Văn hóa thử ${unique()}`, kind: 'department', site: other.site })
    .expect(201);
  // The same private details but the e-mail, which is unique: none of them may ever show.
  const otherContributor = await api
    .post('/api/contributors', { ...CONTRIBUTOR, email: `other-${CONTRIBUTOR.email}`, unit: otherUnit.body.data.documentId })
    .expect(201);
  const tags: string[] = [];
  for (const name of ['Chuyển đổi số', 'Cải cách hành chính'])
    tags.push((await api.post('/api/tags', { name: `${name} ${unique()}` }).expect(201)).body.data.documentId);

  const published = { articles: new Set<string>(), 'legal-documents': new Set<string>() };
  const unpublished = new Set<string>();

  const article = (site: { site: string; category: string }, title: string) =>
    articleData(site, {
      title,
      tags,
      unit: (site === other ? otherUnit : unit).body.data.documentId,
      authors: [{ contributor: (site === other ? otherContributor : contributor).body.data.documentId, share: 100 }],
      byline: 'Phóng viên phường',
    });
  for (const s of [site, site, other]) {
    const made = await createAndPublish(cms, api, 'articles', article(s, `Tin công khai ${unique()}`));
    if (made.status !== 200) throw new Error(`publishing an article: ${made.status} ${JSON.stringify(made.body.error)}`);
    published.articles.add(made.documentId);
  }
  const inState = async (uid: string, type: 'articles' | 'legal-documents', data: unknown, state: string) => {
    const id = (await api.post(`/api/${type}?status=draft`, data).expect(201)).body.data.documentId as string;
    await bringTo(people, uid, id, state);
    unpublished.add(id);
    return id;
  };
  const unpublishedArticles: string[] = [];
  for (const state of ['draft', 'draft', 'submitted', 'edited', 'returned', 'scheduled', 'withdrawn'] as const) {
    unpublishedArticles.push(await inState(ARTICLE, 'articles', article(site, marked()), state));
  }

  const withdrawnLegal = await inState(LEGAL, 'legal-documents', legalData(site.site, { summary: marked() }), 'withdrawn');
  const draftLegal = await inState(LEGAL, 'legal-documents', legalData(site.site, { summary: marked() }), 'draft');
  await inState(LEGAL, 'legal-documents', legalData(site.site, { summary: marked() }), 'submitted');
  // A published document that names unpublished ones: its relations must not bring them out.
  const legal = await createAndPublish(
    cms,
    api,
    'legal-documents',
    legalData(site.site, { replaces: [withdrawnLegal], amends: [draftLegal] })
  );
  if (legal.status !== 200) throw new Error(`publishing a legal document: ${legal.status} ${JSON.stringify(legal.body.error)}`);
  published['legal-documents'].add(legal.documentId);

  // The sections' types (docs/sections.md): one published item each, and a draft whose text is marked.
  const entry = (date: string) => ({ date, startTime: '08:00:00.000', leaderNames: 'Đ/c Chủ tịch UBND phường', content: 'Giao ban' });
  const table = { labelHeader: 'Khu phố', columns: ['Số hộ'], rows: [{ label: 'Khu phố 1', values: [412] }] };
  const sections: Array<[string, (text: string, i: number) => Record<string, unknown>]> = [
    [
      'work-schedules',
      (note, i) => ({
        site: site.site,
        weekStart: ['2032-01-05', '2032-01-12'][i],
        note,
        entries: [entry(['2032-01-05', '2032-01-12'][i])],
      }),
    ],
    [
      'projects',
      (summary) => ({
        site: site.site,
        name: `Nâng cấp hẻm ${unique()}`,
        field: 'giao-thong',
        investor: 'UBND phường',
        capitalSource: 'ngan-sach-phuong-xa',
        periodStart: 2026,
        state: 'dang-thuc-hien',
        summary,
      }),
    ],
    [
      'procurement-notices',
      (summary) => ({
        site: site.site,
        packageName: `Gói thầu ${unique()}`,
        procuringEntity: 'UBND phường',
        method: 'chi-dinh-thau',
        summary,
        publishedDate: '2026-11-02',
      }),
    ],
    [
      'datasets',
      (description) => ({
        site: site.site,
        title: `Số hộ theo khu phố ${unique()}`,
        field: 'dan-so-lao-dong',
        periodStart: '2025-01-01',
        periodEnd: '2025-12-31',
        chart: 'bar',
        description,
        table,
      }),
    ],
    [
      'public-services',
      (name) => ({
        site: site.site,
        name,
        field: 'ho-tich',
        level: 'toan-trinh',
        popular: false,
        nationalUrl: 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html',
      }),
    ],
  ];
  for (const [type, data] of sections) {
    await api.post(`/api/${type}`, data(`Công khai ${unique()}`, 0)).expect(201);
    unpublished.add((await api.post(`/api/${type}?status=draft`, data(marked(), 1)).expect(201)).body.data.documentId as string);
  }

  const secrets = [
    UNPUBLISHED_MARK,
    'chua-cong-khai',
    CONTRIBUTOR.fullName,
    CONTRIBUTOR.email,
    CONTRIBUTOR.phone,
    ...Object.values(CONTRIBUTOR.paymentDetails),
    '@portal.test', // staff and the super admin (harness/cms.ts, harness/workflow.ts)
  ];
  return { api, site, published, unpublished, unpublishedArticles, secrets };
};

/** Keys that belong to private attributes or non-public types: never in a public response. */
const FORBIDDEN_KEYS = new Set([
  'workflowState',
  'scheduledAt',
  'numberKey',
  'proposedFrom',
  'createdBy',
  'updatedBy',
  'authors',
  'contributor',
  'questionDueWorkingDays',
  'publicServiceHosts',
  'paymentDetails',
  'quota',
  'coefficient',
  'unitValue',
  'paymentRef',
  'password',
  'folderPath',
  'questionDueWorkingDays',
  'askerName',
  'trackingCode',
  'fingerprint',
  'privateAnswer',
  'handling',
  'rejectReason',
  'dueAt',
  'contactErasedAt',
  'forwardedFrom',
]);
export const DRAFT_AND_PUBLISH: Endpoint[] = ['articles', 'legal-documents'];

/** Everything in a public response that breaks a promise: drafts are never public, personal data stays private. */
export const violations = (world: PublicWorld, endpoint: Endpoint, body: unknown): string[] => {
  const found: string[] = [];
  const text = JSON.stringify(body);
  for (const secret of world.secrets) if (text.includes(secret)) found.push(`contains ${secret}`);
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (FORBIDDEN_KEYS.has(key)) found.push(`has the key ${key}`);
        if (key === 'documentId' && world.unpublished.has(value as string)) found.push(`shows unpublished ${value as string}`);
        walk(value);
      }
    }
  };
  walk(body);
  if (DRAFT_AND_PUBLISH.includes(endpoint)) {
    const data = (body as { data?: unknown }).data;
    const rows = (Array.isArray(data) ? data : data ? [data] : []) as Array<{ documentId?: string }>;
    const published = world.published[endpoint as 'articles' | 'legal-documents'];
    for (const row of rows) if (!published.has(row.documentId as string)) found.push(`row ${row.documentId} is not known to be published`);
  }
  return found;
};
