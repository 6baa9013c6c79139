import type { Core } from '@strapi/strapi';
import type { Sheet } from '../../../reports/server/exports/sheet';
import { toXlsx } from '../../../reports/server/exports/xlsx';
import { COMMENT_STATUS_LABELS, REJECT_REASON_LABELS, type CommentSummaryTable, type DraftSummary } from '../../shared/contracts';
import { allComments, moderated } from './comments';
import { draftSummary, type DraftRow } from './drafts';

export const SUMMARY_TITLE = 'Bảng tổng hợp ý kiến góp ý';

const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const day = (iso: string | null): string =>
  iso
    ? new Intl.DateTimeFormat('vi-VN', { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(iso))
    : '…';

/** "Dự thảo 12/DT-UBND — Phường 7 — lấy ý kiến từ 01/12/2026 đến 31/12/2026". */
const subtitleOf = (draft: DraftSummary): string =>
  `Dự thảo ${draft.number}: ${draft.summary} — ${draft.site.name} — lấy ý kiến từ ${day(draft.opensAt)} đến ${day(draft.closesAt)}`;

/**
 * Every comment of a draft with the contact details, for the drafting agency's staff (the only
 * export that holds them, docs/participation.md). Cells are written by the reports plugin's
 * XLSX writer: text stays a string cell, so a comment typed as `=HYPERLINK(…)` is never a formula.
 */
export const commentsWorkbook = async (strapi: Core.Strapi, row: DraftRow): Promise<{ file: string; buffer: Buffer }> => {
  const draft = await draftSummary(strapi, row);
  const comments = (await allComments(strapi, row.documentId)).map(moderated);
  const sheet: Sheet = {
    name: 'Góp ý',
    title: SUMMARY_TITLE,
    subtitle: subtitleOf(draft),
    columns: [
      { header: 'STT', key: 'no', kind: 'integer', width: 6 },
      { header: 'Thời gian gửi', key: 'submittedAt', kind: 'datetime', width: 18 },
      { header: 'Người góp ý', key: 'authorName', kind: 'text', width: 24 },
      { header: 'Cơ quan, tổ chức', key: 'organisation', kind: 'text', width: 24 },
      { header: 'E-mail', key: 'email', kind: 'text', width: 28 },
      { header: 'Điện thoại', key: 'phone', kind: 'text', width: 14 },
      { header: 'Phần dự thảo', key: 'section', kind: 'text', width: 20 },
      { header: 'Nội dung góp ý', key: 'body', kind: 'text', width: 60 },
      { header: 'Cho hiện tên', key: 'showName', kind: 'text', width: 10 },
      { header: 'Trạng thái', key: 'status', kind: 'text', width: 16 },
      { header: 'Lý do không đăng', key: 'rejectReason', kind: 'text', width: 24 },
      { header: 'Ý kiến tiếp thu, giải trình', key: 'answer', kind: 'text', width: 60 },
      { header: 'Thời gian trả lời', key: 'answeredAt', kind: 'datetime', width: 18 },
      { header: 'Người kiểm duyệt', key: 'moderatedBy', kind: 'text', width: 20 },
      { header: 'Thời gian kiểm duyệt', key: 'moderatedAt', kind: 'datetime', width: 18 },
    ],
    rows: comments.map((comment, index) => ({
      ...comment,
      no: index + 1,
      showName: comment.showName ? 'Có' : 'Không',
      status: COMMENT_STATUS_LABELS[comment.status],
      rejectReason: comment.rejectReason ? REJECT_REASON_LABELS[comment.rejectReason] : null,
    })),
    empty: 'Dự thảo này chưa có ý kiến góp ý nào.',
  };
  // The file name is ASCII (Content-Disposition): the draft's document id, which is.
  return { file: `gop-y-du-thao-${row.documentId}.xlsx`, buffer: await toXlsx([sheet]) };
};

/** The printable summary table: the comments the agency takes a position on, with its answers. */
export const summaryTable = async (strapi: Core.Strapi, row: DraftRow): Promise<CommentSummaryTable> => {
  const comments = (await allComments(strapi, row.documentId)).map(moderated).filter((comment) => comment.status !== 'rejected');
  return {
    draft: await draftSummary(strapi, row),
    rows: comments.map((comment, index) => ({
      no: index + 1,
      id: comment.id,
      authorName: comment.authorName,
      organisation: comment.organisation,
      body: comment.body,
      section: comment.section,
      answer: comment.answer,
      status: comment.status,
      submittedAt: comment.submittedAt,
    })),
    generatedAt: new Date().toISOString(),
  };
};
