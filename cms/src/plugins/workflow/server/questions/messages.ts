import { QUESTION_FIELDS, type QuestionHandling, type QuestionRejectReason } from '@vungtau/publishing';

/** What staff read about questions: the Vietnamese names of handling states, actions and reasons, and the refusals. */

export const HANDLING_LABELS: Record<QuestionHandling, string> = {
  received: 'Mới tiếp nhận',
  assigned: 'Đã giao đơn vị trả lời',
  answered: 'Đã trả lời công khai',
  'answered-privately': 'Đã trả lời riêng qua thư',
  rejected: 'Không tiếp nhận',
};

export const REJECT_REASON_LABELS: Record<QuestionRejectReason, string> = {
  spam: 'Thư rác, quảng cáo',
  offensive: 'Ngôn từ xúc phạm',
  duplicate: 'Trùng câu hỏi đã có',
  'off-topic': 'Không phải câu hỏi',
  'out-of-scope': 'Không thuộc thẩm quyền trả lời',
};

export const QUESTION_ACTION_LABELS = {
  'assign-unit': 'Giao đơn vị trả lời',
  'forward-to-site': 'Chuyển trang xử lý',
  'answer-privately': 'Trả lời riêng qua thư',
  'reject-question': 'Không tiếp nhận câu hỏi',
} as const;

export const FIELD_LABELS: Record<string, string> = QUESTION_FIELDS;

export const QUESTION_MESSAGES = {
  notQuestion: 'Không tìm thấy câu hỏi.',
  notStaffOfSite: (site: string) => `Bạn không phải biên tập viên hoặc lãnh đạo duyệt của trang "${site}".`,
  notApproverOfSite: (site: string) => `Chỉ lãnh đạo duyệt của trang "${site}" mới trả lời riêng câu hỏi.`,
  closed: (handling: QuestionHandling) => `Câu hỏi đang ở tình trạng "${HANDLING_LABELS[handling]}": không thể thực hiện thao tác này.`,
  inReview: 'Câu trả lời đang được biên tập, duyệt hoặc đã đăng: hãy trả lại hoặc gỡ trước khi thay đổi cách xử lý câu hỏi.',
  unitRequired: 'Chọn đơn vị trả lời.',
  unitNotOfSite: (site: string) => `Đơn vị được chọn không thuộc trang "${site}".`,
  sameUnit: 'Câu hỏi đã được giao cho đơn vị này.',
  noParentSite: 'Trang này không có Cổng TTĐT thành phố cấp trên để chuyển câu hỏi.',
  notForwardedFromHere: 'Chỉ chuyển trả được câu hỏi mà phường, xã đã chuyển lên; chọn trang phường, xã đã gửi.',
  targetRequired: 'Chọn trang nhận câu hỏi.',
  notStaffOfTarget: (site: string) => `Bạn không được phân quyền trên trang nhận "${site}".`,
  privateAnswerRequired: 'Viết nội dung trả lời gửi qua thư (ít nhất 10 ký tự).',
  privateAnswerTooLong: 'Nội dung trả lời riêng dài quá 10.000 ký tự.',
  noEmail: 'Người hỏi không để lại địa chỉ thư điện tử, không gửi được câu trả lời riêng: hãy trả lời công khai.',
  contactErased: 'Thông tin liên hệ của người hỏi đã được xóa theo thời hạn lưu trữ.',
  rejectReasonRequired: 'Chọn lý do không tiếp nhận: thư rác, xúc phạm, trùng, không phải câu hỏi, hoặc không thuộc thẩm quyền.',
  badInput: (fields: string[]) => `Dữ liệu gửi lên không hợp lệ: ${fields.join(', ')}.`,
  badQuery: 'Tham số không hợp lệ.',
  noteTooLong: 'Ghi chú dài quá 2.000 ký tự.',
  noQuestionAccess: 'Bạn không có vai trò xử lý câu hỏi (biên tập, duyệt hoặc trả lời) trên trang nào.',
} as const;
