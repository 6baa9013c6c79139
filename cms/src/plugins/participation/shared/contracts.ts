/**
 * What the participation plugin's admin routes answer (server/routes, server/controllers), as
 * `{ data: … }`. The server and the "Góp ý dự thảo" page both import these shapes from here.
 * Types and constants only: the admin bundle and the server compile this file separately.
 */

export type CommentStatus = 'pending' | 'published' | 'rejected';
export type RejectReason = 'spam' | 'offensive' | 'duplicate' | 'off-topic';

export const REJECT_REASON_LABELS: Record<RejectReason, string> = {
  spam: 'Thư rác, quảng cáo',
  offensive: 'Ngôn từ xúc phạm, không phù hợp',
  duplicate: 'Trùng lặp với ý kiến khác',
  'off-topic': 'Không liên quan đến dự thảo',
};

export const COMMENT_STATUS_LABELS: Record<CommentStatus, string> = {
  pending: 'Chờ kiểm duyệt',
  published: 'Đã đăng',
  rejected: 'Không đăng',
};

/** A draft for public comment as the moderation page lists it. */
export interface DraftSummary {
  documentId: string;
  number: string;
  summary: string;
  site: { slug: string; name: string };
  opensAt: string | null;
  closesAt: string | null;
  /** Whether the window is open now: comments are still coming. */
  open: boolean;
  counts: Record<CommentStatus, number>;
}

/** `GET /drafts`: the drafts on the sites the user moderates, those with comments waiting first. */
export interface DraftList {
  drafts: DraftSummary[];
}

/** A comment as moderators see it: with the contact details (need-to-know, Nghị định 13/2023). */
export interface ModeratedComment {
  id: number;
  documentId: string;
  authorName: string;
  organisation: string | null;
  /** Null once the retention period erased them (contactErasedAt). */
  email: string | null;
  phone: string | null;
  /** Whether the retention period has erased the contact details (they were given, and are gone). */
  contactErased: boolean;
  section: string | null;
  body: string;
  showName: boolean;
  status: CommentStatus;
  rejectReason: RejectReason | null;
  answer: string | null;
  answeredAt: string | null;
  submittedAt: string;
  moderatedAt: string | null;
  moderatedBy: string | null;
}

/** `GET /drafts/:documentId/comments?status=&page=`: the oldest first, a page at a time. */
export interface CommentPage {
  draft: DraftSummary;
  comments: ModeratedComment[];
  page: number;
  pageCount: number;
  total: number;
}

/** `POST /comments/:id/reject` body. */
export interface RejectBody {
  reason: RejectReason;
}

/** `PUT /comments/:id/answer` body: an empty answer removes it. */
export interface AnswerBody {
  answer: string;
}

/** One row of the printed "Bảng tổng hợp ý kiến góp ý": a comment the drafting agency takes a position on. */
export interface SummaryRow {
  /** STT: the comment's place in the order comments came. */
  no: number;
  id: number;
  authorName: string;
  organisation: string | null;
  body: string;
  section: string | null;
  /** Ý kiến tiếp thu, giải trình. */
  answer: string | null;
  status: CommentStatus;
  submittedAt: string;
}

/**
 * `GET /drafts/:documentId/summary`: the printable summary table. It lists every comment but
 * those moderators refused (spam, offensive, duplicate, off-topic), oldest first.
 */
export interface CommentSummaryTable {
  draft: DraftSummary;
  rows: SummaryRow[];
  generatedAt: string;
}
