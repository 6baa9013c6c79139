import { questionDocuments } from './build-documents';

type QuestionRow = Parameters<typeof questionDocuments>[0];

const row = (overrides: Partial<QuestionRow> = {}): QuestionRow => ({
  documentId: 'q1',
  title: 'Xin cấp lại căn cước ở đâu?',
  slug: 'xin-cap-lai-can-cuoc-o-dau',
  question: 'Tôi bị mất căn cước.',
  field: 'hanh-chinh-tu-phap',
  answer: [{ type: 'paragraph', children: [{ type: 'text', text: 'Xin đến bộ phận một cửa.' }] }],
  answeredAt: '2026-11-09T02:00:00.000Z',
  postedAt: '2026-11-10T03:00:00.000Z',
  publishedAt: '2026-11-10T03:00:00.000Z',
  workflowState: 'published',
  site: { slug: 'phuong-7', name: 'Phường 7', status: 'active' },
  ...overrides,
});

describe('search documents of questions', () => {
  it('search: a published question is one record with its page, field name and answer as the body', () => {
    expect(questionDocuments(row())).toEqual([
      expect.objectContaining({
        id: 'q1-0',
        kind: 'question',
        site: 'phuong-7',
        path: 'hoi-dap/xin-cap-lai-can-cuoc-o-dau/',
        summary: 'Tôi bị mất căn cước.',
        body: 'Xin đến bộ phận một cửa.',
        field: 'hanh-chinh-tu-phap',
        fieldLabel: 'Hành chính, tư pháp, hộ tịch',
        year: 2026,
      }),
    ]);
  });

  it('search: an asker\u2019s details on the row never reach the record', () => {
    const withAsker = { ...row(), askerName: 'Trần Thị Bí Mật', email: 'bi.mat@example.vn', phone: '0912345678', trackingCode: 'HD-BIMAT' };
    const stored = JSON.stringify(questionDocuments(withAsker));
    for (const value of ['Trần Thị Bí Mật', 'bi.mat@example.vn', '0912345678', 'HD-BIMAT']) expect(stored).not.toContain(value);
  });

  it('search: an unpublished or withdrawn question, or one of a site no longer active, has no record', () => {
    expect(questionDocuments(row({ publishedAt: null }))).toEqual([]);
    expect(questionDocuments(row({ workflowState: 'withdrawn' }))).toEqual([]);
    expect(questionDocuments(row({ site: { slug: 'phuong-6', name: 'Phường 6', status: 'merged' } }))).toEqual([]);
    expect(questionDocuments(row({ site: null }))).toEqual([]);
  });
});
