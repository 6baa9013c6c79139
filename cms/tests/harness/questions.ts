import type { TestCms } from './cms';
import { unique } from './fixtures';
import { adminApi, publishThroughWorkflow } from './workflow';

export const QUESTION = 'api::question.question' as const;

const questions = (cms: TestCms) => cms.strapi.documents(QUESTION);

/** The private details of a question's asker: what must never reach the public, the index included. */
export interface Asker {
  askerName: string;
  email: string;
  phone: string;
  trackingCode: string;
}

export const asker = (overrides: Partial<Asker> = {}): Asker => ({
  askerName: `Nguyễn Văn Hỏi ${unique()}`,
  email: `hoi.${unique()}@example.vn`,
  phone: `09${String(Date.now()).slice(-8)}`,
  trackingCode: `HD-${unique().toUpperCase()}`,
  ...overrides,
});

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

/** A question on a site with its answer (as blocks, given as plain text here); override any field. */
export const questionData = (
  site: { site: string },
  overrides: Record<string, unknown> & { answerText?: string } = {}
): Record<string, unknown> => {
  const { answerText, ...rest } = overrides;
  return {
    title: `Câu hỏi thử nghiệm ${unique()}`,
    question: 'Xin hỏi thủ tục này cần những giấy tờ gì?',
    field: 'khac',
    ...asker(),
    receivedAt: '2026-11-02T02:00:00.000Z',
    answeredAt: '2026-11-09T02:00:00.000Z',
    handling: 'answered',
    answer: paragraph(answerText ?? 'Trả lời thử nghiệm: xin mang theo căn cước.'),
    site: site.site,
    ...rest,
  };
};

/** A question saved as a draft only (received, not published): never searchable. */
export const draftQuestion = async (cms: TestCms, data: Record<string, unknown>): Promise<string> =>
  ((await questions(cms).create({ data, status: 'draft' } as never)) as unknown as { documentId: string }).documentId;

/**
 * Creates a question and publishes it the only way there is, through the workflow (submit,
 * forward, approve as the super admin): the one place tests publish a question.
 */
export const publishQuestion = async (cms: TestCms, data: Record<string, unknown>): Promise<string> => {
  const documentId = await draftQuestion(cms, data);
  const approval = await publishThroughWorkflow(cms, QUESTION, documentId);
  if (approval.status !== 200) throw new Error(`approving a question: ${approval.status} ${JSON.stringify(approval.body.error)}`);
  return documentId;
};

/** Takes a published question off the public site: the workflow's withdrawal. */
export const unpublishQuestion = async (cms: TestCms, documentId: string): Promise<void> => {
  const admin = adminApi(cms, await cms.adminJwt());
  await admin.act(QUESTION, documentId, 'withdraw', { withdrawReason: 'outdated', note: 'Câu hỏi không còn phù hợp.' }).expect(200);
};
