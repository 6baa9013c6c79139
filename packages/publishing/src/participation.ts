/**
 * Citizens' comments on drafts for public comment: what the site's form posts and the CMS's
 * public route accepts (field names and limits, so the form's `maxlength` and the server's check
 * are one number), and what a published comment looks like on a draft's page.
 */

/** The public write routes, relative to the CMS's origin (docs/participation.md). */
export const PARTICIPATION_ROUTES = {
  challenge: '/api/participation/challenge',
  comments: '/api/participation/comments',
  questions: '/api/participation/questions',
  /** `?code=`: where a question stands, by the tracking code its asker was given. */
  questionStatus: '/api/participation/questions/status',
} as const;

/** The form's fields, by the names they are posted under. */
export const COMMENT_FIELDS = {
  documentId: 'documentId',
  name: 'name',
  organisation: 'organisation',
  email: 'email',
  phone: 'phone',
  section: 'section',
  body: 'body',
  showName: 'showName',
  consent: 'consent',
  /** A field people never see (hidden by the stylesheet, labelled "leave empty"): filled, the comment is refused. */
  honeypot: 'fax_number',
  /** The proof-of-work solution the ALTCHA widget adds when JavaScript runs. */
  altcha: 'altcha',
  /** The site's confirmation page, where a form posted without JavaScript is sent after success. */
  returnTo: 'returnTo',
} as const;

/** Longest value of each free-text field, in characters (after Unicode NFC normalisation). */
export const COMMENT_LIMITS = {
  name: 100,
  organisation: 200,
  email: 254,
  phone: 20,
  section: 200,
  body: 5000,
  /** A comment shorter than this says nothing a moderator could publish. */
  bodyMin: 10,
} as const;

/** The form's words, the same on the site's form and on the CMS's page for browsers without JavaScript. */
export const COMMENT_FORM_TEXT = {
  heading: 'Gửi ý kiến góp ý',
  name: 'Họ và tên',
  organisation: 'Cơ quan, tổ chức (nếu có)',
  email: 'Thư điện tử',
  phone: 'Số điện thoại',
  contactHint: 'Nhập ít nhất một trong hai để cơ quan soạn thảo liên hệ khi cần. Thông tin liên hệ không được công khai.',
  section: 'Phần dự thảo góp ý (nếu có)',
  sectionHint: 'Ví dụ: Điều 3, khoản 2',
  body: 'Nội dung góp ý',
  showName: 'Cho phép hiển thị họ tên (và cơ quan, tổ chức) cùng ý kiến khi được đăng; nếu không, ý kiến hiển thị là "Ẩn danh".',
  consent:
    'Tôi đồng ý để cơ quan soạn thảo xử lý họ tên và thông tin liên hệ của tôi để tiếp nhận, trả lời góp ý này (Nghị định 13/2023/NĐ-CP). Thông tin liên hệ không được công khai và được xóa khi hết thời hạn lưu trữ.',
  honeypot: 'Để trống ô này',
  moderation: 'Ý kiến được xem xét trước khi đăng công khai trên trang của dự thảo.',
  submit: 'Gửi góp ý',
  sending: 'Đang gửi…',
  question: 'Để xác nhận người gửi không phải máy tự động, vui lòng nhập kết quả bằng chữ số:',
} as const;

/** Why a moderator refused a comment. */
export const REJECT_REASONS = ['spam', 'offensive', 'duplicate', 'off-topic'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export const COMMENT_STATUSES = ['pending', 'published', 'rejected'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

/**
 * A published comment as the public API gives it with its draft: never an e-mail address or a
 * phone number; `name` is null when the author did not agree to show it (the page says "Ẩn danh").
 */
export interface PublicDraftComment {
  id: string;
  name: string | null;
  organisation: string | null;
  section: string | null;
  body: string;
  submittedAt: string;
  /** The drafting agency's answer to this comment (tiếp thu, giải trình). */
  answer: string | null;
  answeredAt: string | null;
}

/** What the CMS adds to a draft for public comment in the public API, beside its stored fields. */
export interface PublicDraftExtras {
  comments: PublicDraftComment[];
  /** Whether it takes comments at the time of the answer: a build shows the form only then. */
  commentsOpen: boolean;
}

/** Whether a comment window is open at `now`: from its opening to its closing instant, both included. */
export const commentWindowOpen = (window: { opensAt: string | Date; closesAt: string | Date } | null | undefined, now: Date): boolean => {
  if (!window) return false;
  const opens = new Date(window.opensAt).getTime();
  const closes = new Date(window.closesAt).getTime();
  const at = now.getTime();
  return Number.isFinite(opens) && Number.isFinite(closes) && opens <= at && at <= closes;
};

/** Citizens' questions (Hỏi đáp): the fields of life a question is filed under, with their names. */
export const QUESTION_FIELDS = {
  'hanh-chinh-tu-phap': 'Hành chính, tư pháp, hộ tịch',
  'dat-dai-xay-dung': 'Đất đai, xây dựng',
  'giao-thong-do-thi': 'Giao thông, đô thị',
  'tai-nguyen-moi-truong': 'Tài nguyên, môi trường',
  'kinh-te-thue': 'Kinh tế, thuế, kinh doanh',
  'lao-dong-an-sinh': 'Lao động, việc làm, an sinh xã hội',
  'giao-duc': 'Giáo dục',
  'y-te': 'Y tế',
  'van-hoa-du-lich': 'Văn hóa, thể thao, du lịch',
  'an-ninh-trat-tu': 'An ninh, trật tự',
  khac: 'Lĩnh vực khác',
} as const;
export type QuestionField = keyof typeof QUESTION_FIELDS;

/**
 * Where a question stands, as its asker sees it on the tracking page (never anything personal):
 * received, being answered (assigned to a unit or its answer in approval), answered (published,
 * with a link), answered by mail, or not taken (with the reason).
 */
export const QUESTION_HANDLING = ['received', 'assigned', 'answered', 'answered-privately', 'rejected'] as const;
export type QuestionHandling = (typeof QUESTION_HANDLING)[number];

export const QUESTION_REJECT_REASONS = ['spam', 'offensive', 'duplicate', 'off-topic', 'out-of-scope'] as const;
export type QuestionRejectReason = (typeof QUESTION_REJECT_REASONS)[number];

/** The question form's fields, by the names they are posted under. */
export const QUESTION_FORM_FIELDS = {
  /** The site the question is sent to (its slug): the site whose page the form is on. */
  site: 'site',
  name: 'name',
  email: 'email',
  phone: 'phone',
  field: 'field',
  title: 'title',
  question: 'question',
  consent: 'consent',
  honeypot: COMMENT_FIELDS.honeypot,
  altcha: COMMENT_FIELDS.altcha,
  /** The site's tracking page, linked from the confirmation a browser without JavaScript gets. */
  returnTo: COMMENT_FIELDS.returnTo,
} as const;

export const QUESTION_LIMITS = {
  name: 100,
  email: 254,
  phone: 20,
  title: 200,
  titleMin: 10,
  question: 5000,
  questionMin: 20,
} as const;

export const QUESTION_FORM_TEXT = {
  heading: 'Gửi câu hỏi',
  name: 'Họ và tên',
  email: 'Thư điện tử',
  phone: 'Số điện thoại',
  contactHint: 'Nhập ít nhất một trong hai để cơ quan trả lời hoặc liên hệ khi cần. Thông tin liên hệ không được công khai.',
  field: 'Lĩnh vực',
  title: 'Tiêu đề câu hỏi',
  titleHint:
    'Một câu ngắn nói câu hỏi về việc gì. Tiêu đề và nội dung câu hỏi được đăng cùng câu trả lời; không ghi thông tin cá nhân vào đây.',
  question: 'Nội dung câu hỏi',
  consent:
    'Tôi đồng ý để cơ quan nhà nước xử lý họ tên và thông tin liên hệ của tôi để tiếp nhận, trả lời câu hỏi này (Nghị định 13/2023/NĐ-CP). Thông tin liên hệ không được công khai và được xóa khi hết thời hạn lưu trữ.',
  honeypot: COMMENT_FORM_TEXT.honeypot,
  notice:
    'Câu hỏi được chuyển đến cơ quan có thẩm quyền trả lời. Câu trả lời được duyệt trước khi đăng công khai; ông/bà nhận mã tra cứu để theo dõi.',
  submit: 'Gửi câu hỏi',
  sending: COMMENT_FORM_TEXT.sending,
} as const;

/** Where a question stands, as the tracking page says it: nothing about the asker. */
export interface QuestionStatus {
  code: string;
  /** received: not yet with a unit; in-progress: a unit is answering or the answer is in approval; answered: published. */
  status: 'received' | 'in-progress' | 'answered' | 'answered-privately' | 'rejected';
  receivedAt: string;
  field: QuestionField;
  /** The answer's page, under the site's base ("hoi-dap/<slug>/"), once published. */
  path: string | null;
  /** Why it was not taken, when rejected. */
  rejectReason: QuestionRejectReason | null;
}

export const QUESTION_STATUS_LABELS: Record<QuestionStatus['status'], string> = {
  received: 'Đã tiếp nhận, đang chuyển đến cơ quan có thẩm quyền',
  'in-progress': 'Đang được trả lời',
  answered: 'Đã trả lời',
  'answered-privately': 'Đã trả lời qua thư điện tử',
  rejected: 'Không được tiếp nhận',
};

export const QUESTION_REJECT_LABELS: Record<QuestionRejectReason, string> = {
  spam: 'Thư rác, quảng cáo',
  offensive: 'Ngôn từ xúc phạm, không phù hợp',
  duplicate: 'Trùng với câu hỏi đã có',
  'off-topic': 'Không phải câu hỏi gửi cơ quan nhà nước',
  'out-of-scope': 'Không thuộc thẩm quyền trả lời của cơ quan',
};

/** A tracking code as people type it: any case, spaces or dashes, O for 0, I or L for 1. */
export const normaliseTrackingCode = (value: string): string =>
  value.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
