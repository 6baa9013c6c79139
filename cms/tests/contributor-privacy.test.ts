import { monthOf } from '../src/plugins/reports/server/services/periods';
import { startCms, type TestCms } from './harness/cms';
import { articleData, contentApi, makeSite, unique, type ContentApi } from './harness/fixtures';
import { contributorPaths, CONTRIBUTOR, isPublicContributorField, unzipText } from './harness/personal-data';
import { configureRoyalties } from './harness/royalties';
import { adminApi, ARTICLE, bringTo, createStaff, type AdminApi, type WorkflowRole } from './harness/workflow';

/**
 * Issue 22, "Personal data is need-to-know": a contributor's payment and identity fields (bank
 * account, tax code, citizen ID, phone, e-mail) are read only by the head of the board and finance
 * of the contributor's site, the contributor themself and super admins; everyone else reads the
 * name and unit they need to pick an author. Every viewer × both field groups, through the real
 * admin routes: the content manager's list and edit view, the relation picker, the reports and
 * their exports.
 */

interface Person {
  key: string;
  fullName: string;
  email: string;
  phone: string;
  paymentDetails: Record<string, string>;
}

const person = (key: string, n: string): Person => ({
  key,
  fullName: `Cộng tác viên ${key} ${unique()}`,
  email: `rieng.${key.toLowerCase()}.${unique()}@thu-rieng.test`,
  phone: `0903 ${n}${n}${n} ${n}${n}${n}`,
  paymentDetails: {
    accountHolder: `CHU TAI KHOAN ${key}`,
    accountNumber: `97${n}${n}0${n}${n}0${n}${n}0${n}`,
    bankName: `Ngân hàng thử nghiệm ${key}`,
    bankBranch: `Chi nhánh ${key}`,
    taxCode: `80${n}${n}${n}${n}${n}${n}${n}${n}`,
    citizenId: `07${n}0${n}${n}0${n}${n}0${n}${n}`,
  },
});

/** Every value of a person that only need-to-know viewers may read. */
const secrets = (p: Person): string[] => [p.email, p.phone, ...Object.values(p.paymentDetails)];

const ALICE = person('A', '1'); // works for a unit of site A, and signs in as `self`
const BOB = person('B', '2'); // works for a unit of site B

/** Who sees whose personal data; everyone sees both names. */
const VIEWERS: Record<string, { memberships: Array<[site: 'A' | 'B', role: WorkflowRole]>; sees: Array<'A' | 'B'> }> = {
  'contributor@A': { memberships: [['A', 'contributor']], sees: [] },
  self: { memberships: [['A', 'contributor']], sees: ['A'] },
  'editor@A': { memberships: [['A', 'editor']], sees: [] },
  'approver@A': { memberships: [['A', 'approver']], sees: [] },
  'site-admin@A': { memberships: [['A', 'site-admin']], sees: [] },
  'board-head@A': { memberships: [['A', 'board-head']], sees: ['A'] },
  'finance@A': { memberships: [['A', 'finance']], sees: ['A'] },
  'board-head@B': { memberships: [['B', 'board-head']], sees: ['B'] },
  'finance@B': { memberships: [['B', 'finance']], sees: ['B'] },
  // Holding an editor role as well does not widen what the board head reads.
  'editor@B+board-head@A': {
    memberships: [
      ['B', 'editor'],
      ['A', 'board-head'],
    ],
    sees: ['A'],
  },
};

const PEOPLE = { A: ALICE, B: BOB };

describe('security: contributors\u2019 personal data is need-to-know in every admin route', () => {
  let cms: TestCms;
  let api: ContentApi;
  let superAdmin: AdminApi;
  const users: Record<string, AdminApi> = {};
  const ids: Record<'A' | 'B', string> = { A: '', B: '' };
  const sites: Record<'A' | 'B', { site: string; category: string }> = {} as never;
  const month = monthOf(new Date());
  let selfId = 0;

  const viewers = (): Array<[string, AdminApi, Array<'A' | 'B'>]> => [
    ...Object.entries(VIEWERS).map(([key, v]) => [key, users[key], v.sees] as [string, AdminApi, Array<'A' | 'B'>]),
    ['super admin', superAdmin, ['A', 'B']],
  ];

  beforeAll(async () => {
    cms = await startCms();
    api = contentApi(cms, await cms.apiToken('full-access'));
    superAdmin = adminApi(cms, await cms.adminJwt());
    sites.A = await makeSite(api);
    sites.B = await makeSite(api);
    const staffIds: Record<string, number> = {};
    for (const [key, viewer] of Object.entries(VIEWERS)) {
      const staff = await createStaff(
        cms,
        key.replace(/[^a-z]+/gi, '-'),
        viewer.memberships.map(([site, role]) => ({ site: sites[site].site, role }))
      );
      users[key] = adminApi(cms, staff.jwt);
      staffIds[key] = staff.id;
    }
    selfId = staffIds.self;
    for (const key of ['A', 'B'] as const) {
      const unit = (
        await api.post('/api/units', { name: `Phòng thử ${key} ${unique()}`, kind: 'department', site: sites[key].site }).expect(201)
      ).body.data;
      const p = PEOPLE[key];
      const created = await superAdmin
        .create(CONTRIBUTOR, {
          fullName: p.fullName,
          email: p.email,
          phone: p.phone,
          unit: unit.id,
          active: true,
          paymentDetails: p.paymentDetails,
          ...(key === 'A' ? { adminUser: staffIds.self } : {}),
        })
        .expect(201);
      ids[key] = created.body.data.documentId as string;
    }
    // One published piece by Alice, so the reports have her royalty.
    await configureRoyalties(superAdmin, sites.A.site);
    const people = { author: users['contributor@A'], editor: superAdmin, approver: superAdmin };
    const draft = await people.author.create(ARTICLE, articleData(sites.A, { authors: [{ contributor: ids.A, share: 100 }] })).expect(201);
    await bringTo(people, ARTICLE, draft.body.data.documentId as string, 'published');
  });
  afterAll(async () => cms?.close());

  /** Asserts that a response shows the public fields of both and the personal ones of exactly `sees`. */
  const expectExactly = (text: string, sees: Array<'A' | 'B'>, context: string, secretsOf: (p: Person) => string[] = secrets) => {
    for (const key of ['A', 'B'] as const) {
      for (const secret of secretsOf(PEOPLE[key])) {
        if (sees.includes(key)) expect({ context, secret, shown: text.includes(secret) }).toEqual({ context, secret, shown: true });
        else expect({ context, secret, shown: text.includes(secret) }).toEqual({ context, secret, shown: false });
      }
    }
  };

  it('security: the content manager\u2019s contributor list shows names to every role and personal fields to need-to-know viewers only', async () => {
    for (const [name, who, sees] of viewers()) {
      const res = await who.list(CONTRIBUTOR).expect(200);
      const names = (res.body.results as Array<{ fullName: string }>).map((row) => row.fullName);
      expect({ name, names: [ALICE.fullName, BOB.fullName].filter((n) => names.includes(n)) }).toEqual({
        name,
        names: [ALICE.fullName, BOB.fullName],
      });
      const rows = res.body.results as Array<{ fullName: string; email?: string; phone?: string }>;
      for (const key of ['A', 'B'] as const) {
        const row = rows.find((r) => r.fullName === PEOPLE[key].fullName)!;
        const contact = sees.includes(key) ? [PEOPLE[key].email, PEOPLE[key].phone] : [undefined, undefined];
        expect({ name, key, contact: [row.email, row.phone] }).toEqual({ name, key, contact });
      }
      expectExactly(JSON.stringify(res.body), [], `${name}: list`, (p) => (sees.includes(p === ALICE ? 'A' : 'B') ? [] : secrets(p)));
    }
  });

  it('security: the edit view of a contributor has payment details for need-to-know viewers only', async () => {
    for (const [name, who, sees] of viewers()) {
      for (const key of ['A', 'B'] as const) {
        const res = await who.get(`/content-manager/collection-types/${CONTRIBUTOR}/${ids[key]}`).expect(200);
        expect(res.body.data.fullName).toBe(PEOPLE[key].fullName);
        const shown = res.body.data.paymentDetails?.accountNumber ?? null;
        expect({ name, key, shown }).toEqual({ name, key, shown: sees.includes(key) ? PEOPLE[key].paymentDetails.accountNumber : null });
        expectExactly(
          JSON.stringify(res.body),
          sees.filter((k) => k === key),
          `${name}: edit view of ${key}`
        );
      }
    }
  });

  it('security: the account a contributor record is linked to shows only where the record\u2019s personal fields do', async () => {
    for (const [name, who, sees] of viewers()) {
      for (const key of ['A', 'B'] as const) {
        const res = await who.get(`/content-manager/relations/${CONTRIBUTOR}/${ids[key]}/adminUser`);
        expect({ name, key, status: res.status }).toEqual({ name, key, status: sees.includes(key) ? 200 : 400 });
        if (key === 'A' && sees.includes(key)) expect(res.body.results.map((row: { id: number }) => row.id)).toEqual([selfId]);
      }
      // Choosing the linked account is for operators only.
      const pick = await who.get(`/content-manager/relations/${CONTRIBUTOR}/adminUser`);
      expect({ name, status: pick.status }).toEqual({ name, status: name === 'super admin' ? 200 : 400 });
    }
  });

  it('security: the author picker lists the contributors of the user\u2019s sites by name and never their personal fields', async () => {
    for (const [name, who] of viewers()) {
      const res = await who.get(`/content-manager/relations/article.author/contributor?pageSize=100`).expect(200);
      // A new item's picker lists its user's sites (docs/workflow.md), naming the site when there are several.
      const names = (res.body.results as Array<{ fullName?: string }>).map((row) => String(row.fullName).split(' — ')[0]);
      const member = name === 'super admin' ? ['A', 'B'] : VIEWERS[name].memberships.map(([site]) => site);
      expect({ name, alice: names.includes(ALICE.fullName), bob: names.includes(BOB.fullName) }).toEqual({
        name,
        alice: member.includes('A'),
        bob: member.includes('B'),
      });
      expectExactly(JSON.stringify(res.body), [], `${name}: picker`);
    }
  });

  it('security: no query names a contributor\u2019s personal field, whatever model it starts from (400, not an oracle)', async () => {
    const attacks = [
      `/content-manager/relations/article.author/contributor?fields[0]=email&fields[1]=phone`,
      `/content-manager/relations/article.author/contributor?populate[paymentDetails]=true`,
      `/content-manager/relations/article.author/contributor?populate=*`,
      `/content-manager/relations/article.author/contributor?filters[paymentDetails][accountNumber][$startsWith]=97`,
      `/content-manager/relations/article.author/contributor?populate[unit][populate][contributors][fields][0]=phone`,
      `/content-manager/collection-types/${CONTRIBUTOR}?filters[email][$eq]=${encodeURIComponent(BOB.email)}`,
      `/content-manager/collection-types/${CONTRIBUTOR}?sort=phone:asc`,
      `/content-manager/collection-types/${CONTRIBUTOR}?filters[$or][0][fullName][$eq]=x&filters[$or][1][paymentDetails][citizenId][$startsWith]=07`,
      `/content-manager/collection-types/${ARTICLE}?filters[authors][contributor][paymentDetails][accountNumber][$startsWith]=97`,
      `/content-manager/collection-types/api::unit.unit?filters[contributors][phone][$containsi]=0903`,
      `/content-manager/collection-types/${CONTRIBUTOR}/${ids.B}?filters[adminUser][id][$notNull]=true`,
      // A filter through a relation into contributors, even on the name, makes the content manager
      // return the related contributors whole under the other model's fields.
      `/content-manager/collection-types/api::unit.unit?filters[contributors][fullName][$notNull]=true`,
      `/content-manager/collection-types/${ARTICLE}?filters[authors][contributor][id][$notNull]=true`,
      `/content-manager/collection-types/${CONTRIBUTOR}?filters[unit][contributors][id][$notNull]=true`,
      `/content-manager/relations/api::article.article/unit?populate[contributors]=true`,
    ];
    for (const [name, who] of viewers().filter(([name]) => name !== 'super admin')) {
      for (const url of attacks) {
        const res = await who.get(url);
        if (res.status === 403) {
          // Only when this role may not read that model at all (a site admin and articles).
          const plain = url.split('?')[0];
          expect({ name, plain, status: (await who.get(plain)).status }).toEqual({ name, plain, status: 403 });
          continue;
        }
        expect({ name, url, status: res.status }).toEqual({ name, url, status: 400 });
        expect(res.body.error.message).toContain('thông tin cá nhân của cộng tác viên');
        expectExactly(JSON.stringify(res.body), [], `${name}: ${url}`);
      }
    }
    for (const [name, who] of viewers().filter(([name]) => name !== 'super admin')) {
      const bulk = await who.post(`/content-manager/collection-types/${CONTRIBUTOR}/actions/bulkFindForValidation`, {
        documentIds: [ids.A, ids.B],
        sort: 'phone:asc',
      });
      expect({ name, status: bulk.status }).toEqual({ name, status: 400 });
    }
    // The operators keep every filter.
    const found = await superAdmin
      .get(`/content-manager/collection-types/${CONTRIBUTOR}?filters[email][$eq]=${encodeURIComponent(BOB.email)}`)
      .expect(200);
    expect(found.body.results.map((row: { fullName: string }) => row.fullName)).toEqual([BOB.fullName]);
  });

  it('security: every filter path the schema allows into a contributor is refused unless it is a public field of the contributor list itself', async () => {
    // Generated from the models, not listed: every attribute path of up to three hops from each
    // content type staff can open, through relations and components, that ends on a contributor.
    const paths = contributorPaths(cms);
    expect(paths.length).toBeGreaterThan(50);
    const tally = { refused: 0, allowed: 0, noAccess: 0 };
    // The editor, who opens every content type, tries every path; the two other roles share them
    // (every second path each, and every path starting at the contributor list): every path is
    // still tried by two roles, whose permissions and need-to-know differ, and the run stays
    // within minutes as the schema grows.
    const ROLES = ['editor@A', 'board-head@A', 'site-admin@A'];
    for (const [r, name] of ROLES.entries()) {
      const who = users[name];
      const closed = new Map<string, number>();
      const mine = paths.filter(({ start }, i) => r === 0 || start === CONTRIBUTOR || i % 2 === r - 1);
      for (const { start, path } of mine) {
        const url = `/content-manager/collection-types/${start}?filters[${path.join('][')}][$null]=false`;
        const res = await who.get(url);
        const allowed = start === CONTRIBUTOR && isPublicContributorField(path[0]);
        if (res.status === 403) {
          // Refused as a whole type, not because of the path: the list itself is closed to them.
          if (!closed.has(start)) closed.set(start, (await who.get(`/content-manager/collection-types/${start}`)).status);
          expect({ name, start, status: closed.get(start) }).toEqual({ name, start, status: 403 });
          tally.noAccess += 1;
          continue;
        }
        expect({ name, url, status: res.status }).toEqual({ name, url, status: allowed ? 200 : 400 });
        expectExactly(JSON.stringify(res.body), [], `${name}: ${url}`, (p) =>
          VIEWERS[name].sees.includes(p === ALICE ? 'A' : 'B') ? [] : secrets(p)
        );
        tally[allowed ? 'allowed' : 'refused'] += 1;
      }
    }
    expect(tally.allowed).toBeGreaterThan(0);
    expect(tally.refused).toBeGreaterThan(tally.allowed);
    // About 450 paths and 900 requests: some four minutes on PostgreSQL with two suites at once
    // on two cores.
  }, 900_000);

  it('security: the list\u2019s search box finds contributors by name, not by phone or e-mail, unless you are an operator', async () => {
    const search = (who: AdminApi, q: string) =>
      who.get(`/content-manager/collection-types/${CONTRIBUTOR}?pageSize=100&_q=${encodeURIComponent(q)}`).expect(200);
    const names = (res: { body: { results: Array<{ fullName: string }> } }) => res.body.results.map((row) => row.fullName);
    for (const [name, who] of viewers().filter(([name]) => name !== 'super admin')) {
      expect({ name, byName: names(await search(who, BOB.fullName)) }).toEqual({ name, byName: [BOB.fullName] });
      expect({ name, byPhone: names(await search(who, BOB.phone)) }).toEqual({ name, byPhone: [] });
      expect({ name, byEmail: names(await search(who, BOB.email)) }).toEqual({ name, byEmail: [] });
    }
    expect(names(await search(superAdmin, BOB.email))).toEqual([BOB.fullName]);
  });

  it('security: an article\u2019s edit view and author field never carry the authors\u2019 personal data', async () => {
    const list = (await superAdmin.list(ARTICLE, `&filters[site][documentId][$eq]=${sites.A.site}`).expect(200)).body.results as Array<{
      documentId: string;
    }>;
    let authorFields = 0;
    for (const [name, who] of viewers()) {
      for (const { documentId } of list) {
        const view = await who.get(`/content-manager/collection-types/${ARTICLE}/${documentId}`);
        expectExactly(JSON.stringify(view.body), [], `${name}: article view`);
        const authors = (view.body.data?.authors ?? []) as Array<{ id: number }>;
        for (const author of authors) {
          const picked = await who.get(`/content-manager/relations/article.author/${author.id}/contributor`).expect(200);
          expect(picked.body.results.map((row: { fullName?: string }) => row.fullName)).toEqual([ALICE.fullName]);
          expectExactly(JSON.stringify(picked.body), [], `${name}: author field`);
          authorFields += 1;
        }
      }
    }
    // The contributor of site A, its editor, approver, and the super admin opened the author field.
    expect(authorFields).toBeGreaterThanOrEqual(4);
  });

  it('security: an author picker set to show e-mail refuses every role but operators instead of listing addresses', async () => {
    const url = '/content-manager/components/article.author/configuration';
    const current = (await superAdmin.get(url).expect(200)).body.data.component as Record<string, unknown> & {
      metadatas: Record<string, { edit: Record<string, unknown> }>;
    };
    const withMainField = (mainField: string) => ({
      layouts: current.layouts,
      settings: current.settings,
      metadatas: {
        ...current.metadatas,
        contributor: { ...current.metadatas.contributor, edit: { ...current.metadatas.contributor.edit, mainField } },
      },
    });
    await superAdmin.put(url, withMainField('email')).expect(200);
    try {
      for (const [name, who] of viewers().filter(([name]) => name !== 'super admin')) {
        const res = await who.get('/content-manager/relations/article.author/contributor?pageSize=100');
        expect({ name, status: res.status }).toEqual({ name, status: 400 });
        expect(res.body.error.message).toContain('Họ tên');
      }
      const operator = await superAdmin.get('/content-manager/relations/article.author/contributor?pageSize=100').expect(200);
      expect(JSON.stringify(operator.body)).toContain(BOB.email);
    } finally {
      await superAdmin.put(url, withMainField('fullName')).expect(200);
    }
    await users['editor@A'].get('/content-manager/relations/article.author/contributor?pageSize=100').expect(200);
  });

  it('security: the validation bulk read and the admin user routes carry personal fields only as the edit view does', async () => {
    for (const [name, who, sees] of viewers()) {
      const bulk = await who
        .post(`/content-manager/collection-types/${CONTRIBUTOR}/actions/bulkFindForValidation`, { documentIds: [ids.A, ids.B] })
        .expect(200);
      expect({ name, count: bulk.body.results.length }).toEqual({ name, count: 2 });
      expectExactly(JSON.stringify(bulk.body), sees, `${name}: bulkFindForValidation`);
      // Site administrators and operators manage admin accounts; an account is not the contributor record.
      for (const url of ['/admin/users?pageSize=100', `/admin/users/${selfId}`]) {
        const res = await who.get(url);
        expect([200, 403]).toContain(res.status);
        expectExactly(JSON.stringify(res.body), [], `${name}: ${url}`);
      }
    }
  });

  it('security: the content API never returns a contributor’s personal fields, even to a full-access token', async () => {
    for (const key of ['A', 'B'] as const) {
      const res = await api.get(`/api/contributors/${ids[key]}?populate=*`).expect(200);
      expect(res.body.data.fullName).toBe(PEOPLE[key].fullName);
      expectExactly(JSON.stringify(res.body), [], `content API: ${key}`);
    }
  });

  it('security: the royalty reports and every export name contributors and nothing more, for every role', async () => {
    const urls = [
      `/reports/royalties?month=${month}`,
      `/reports/monthly?month=${month}`,
      `/reports/yearly?year=${month.slice(0, 4)}`,
      `/reports/exports/royalties?format=csv&month=${month}`,
      `/reports/exports/royalty-contributors?format=csv&month=${month}`,
      `/reports/exports/royalties?format=xlsx&month=${month}`,
      `/reports/exports/monthly?format=xlsx&month=${month}`,
    ];
    let sawAlice = 0;
    for (const [name, who] of viewers()) {
      for (const url of urls) {
        const res = await who
          .get(url)
          .buffer(true)
          .parse((stream, done) => {
            const chunks: Buffer[] = [];
            stream.on('data', (chunk: Buffer) => chunks.push(chunk));
            stream.on('end', () => done(null, Buffer.concat(chunks)));
          });
        expect([200, 403]).toContain(res.status);
        const bytes = res.body as Buffer;
        // XLSX is a zip: its text is compressed, so the check reads the CSV and JSON bytes and,
        // for the workbooks, that they hold no personal value once unzipped (below).
        const text = res.status === 200 && url.includes('xlsx') ? await unzipText(bytes) : bytes.toString('utf8');
        if (res.status === 200 && text.includes(ALICE.fullName)) sawAlice += 1;
        expectExactly(text, [], `${name}: ${url}`);
      }
    }
    // The reports did list Alice's royalty, so the check above looked at real rows.
    expect(sawAlice).toBeGreaterThan(0);
  });
});
