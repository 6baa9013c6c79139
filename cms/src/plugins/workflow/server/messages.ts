import type { Action, Capacity, Role, State, WithdrawReason } from './services/rules';

/** What editors read: the Vietnamese names of states, roles, actions and reasons. */
export const STATE_LABELS: Record<State, string> = {
  draft: 'Bản nháp',
  submitted: 'Chờ biên tập',
  edited: 'Chờ duyệt',
  scheduled: 'Đã duyệt, hẹn giờ đăng',
  published: 'Đã duyệt, đã đăng',
  returned: 'Trả lại',
  withdrawn: 'Đã gỡ',
};

export const ROLE_LABELS: Record<Role, string> = {
  contributor: 'Cộng tác viên',
  editor: 'Biên tập viên (Tổ thư ký)',
  approver: 'Lãnh đạo duyệt (Trưởng, Phó Trưởng ban)',
  'site-admin': 'Quản trị trang',
  'board-head': 'Trưởng ban biên tập (duyệt nhuận bút)',
  finance: 'Kế toán (chi trả nhuận bút)',
  answerer: 'Cán bộ trả lời câu hỏi (của một đơn vị)',
};

export const ACTION_LABELS: Record<Action | 'publish-due' | 'schedule-failed', string> = {
  submit: 'Gửi biên tập',
  forward: 'Chuyển duyệt',
  return: 'Trả lại',
  approve: 'Duyệt và đăng',
  schedule: 'Duyệt, hẹn giờ đăng',
  unschedule: 'Hủy hẹn giờ',
  withdraw: 'Gỡ tin',
  propose: 'Đề xuất lên Cổng TTĐT thành phố',
  'publish-due': 'Đăng theo lịch',
  'schedule-failed': 'Không đăng được theo lịch',
};

export const WITHDRAW_REASON_LABELS: Record<WithdrawReason, string> = {
  'published-in-error': 'Đăng nhầm',
  outdated: 'Hết thời sự, không còn phù hợp',
  replaced: 'Đã có tin, văn bản thay thế',
};

/** Who acts, as a refusal names them ("… do lãnh đạo duyệt của trang làm"). */
export const CAPACITY_NAMES: Record<Capacity, string> = {
  author: 'người viết',
  contributor: 'cộng tác viên',
  editor: 'biên tập viên',
  approver: 'lãnh đạo duyệt',
  'site-admin': 'quản trị trang',
  'board-head': 'Trưởng ban biên tập',
  finance: 'kế toán',
  answerer: 'cán bộ trả lời của đơn vị được giao',
};

/** "người viết", "biên tập viên, lãnh đạo duyệt của trang", "người viết hoặc lãnh đạo duyệt của trang". */
const joinNames = (who: readonly Capacity[]): string => {
  const roles = who.filter((capacity) => capacity !== 'author').map((capacity) => CAPACITY_NAMES[capacity]);
  const parts = [
    ...(who.includes('author') ? [CAPACITY_NAMES.author] : []),
    ...(roles.length > 0 ? [`${roles.join(', ')} của trang`] : []),
  ];
  return parts.join(' hoặc ');
};

/** What a refused verb reads as, from the HTTP method and the content manager's route. */
export type RefusedVerb = 'xem' | 'sửa' | 'xóa' | 'đăng' | 'gỡ' | 'thao tác trên';

export const MESSAGES = {
  personalDataQuery: (paths: string[]) =>
    `Không được lọc, sắp xếp hay lấy thông tin cá nhân của cộng tác viên, kể cả qua trường liên kết tới cộng tác viên (${paths.join(', ')}): chỉ Trưởng ban biên tập, Kế toán của trang và chính cộng tác viên được xem, trong hồ sơ cộng tác viên (contributors' personal data cannot be queried).`,
  personalMainField: (field: string) =>
    `Ô chọn cộng tác viên đang hiển thị trường "${field}", là thông tin cá nhân: quản trị hệ thống cần đặt lại trường hiển thị là Họ tên (the contributor picker must show the name).`,
  publishOutsideWorkflow:
    'Không thể đăng trực tiếp: tin bài, văn bản chỉ được đăng khi lãnh đạo duyệt trong quy trình (Gửi biên tập → Chuyển duyệt → Duyệt và đăng). Hãy lưu bản nháp (với API: thêm ?status=draft).',
  unpublishOutsideWorkflow: 'Không thể gỡ trực tiếp: dùng thao tác "Gỡ tin" của quy trình duyệt và ghi lý do.',
  workflowFieldsReadOnly: 'Trạng thái duyệt chỉ thay đổi qua các thao tác của quy trình duyệt.',
  historyAppendOnly: 'Lịch sử duyệt chỉ được ghi thêm, không sửa hay xóa.',
  anonymousWrite: 'Cần đăng nhập để thay đổi nội dung.',
  noSite: 'Chọn trang thông tin điện tử cho nội dung này.',
  siteStructureForSuperAdmin:
    'Chỉ quản trị hệ thống mới được đổi trang cấp trên, trang trực thuộc, việc sáp nhập, đơn vị hay chuyên mục của một trang; kỳ báo cáo và ngày báo cáo do Trưởng ban biên tập đặt ở trang Báo cáo.',
  notMemberOfSite: (site: string) =>
    `Bạn không được phân quyền trên trang "${site}": Ban biên tập của trang đó (biên tập viên, lãnh đạo duyệt) xử lý nội dung này.`,
  /**
   * A content manager refusal (Strapi's bare "Forbidden"), explained: the item's site and who acts
   * on it there. `mine` says the user holds a role on that site, which does not reach this item.
   */
  refusedItem: (verb: RefusedVerb, site: string | null, who: readonly Capacity[], mine: boolean) =>
    site === null
      ? `Bạn không có quyền ${verb} mục này: mục chưa thuộc trang nào, chỉ quản trị hệ thống xử lý.`
      : `Bạn không có quyền ${verb} mục này: mục thuộc trang "${site}"${mine ? ', nhưng vai trò của bạn trên trang không bao gồm mục này' : ''}. ` +
        `${who.length > 0 ? `${joinNames(who).replace(/^./, (c) => c.toUpperCase())} đó xử lý mục này.` : 'Quản trị hệ thống xử lý mục này.'}`,
  onlyApproverPublishesSection: (site: string) =>
    `Chỉ lãnh đạo duyệt của trang "${site}" mới được đăng hoặc gỡ nội dung này; hãy lưu bản nháp và báo lãnh đạo duyệt.`,
  cannotEdit: (state: State, who: readonly Capacity[]) =>
    `Bạn không được sửa nội dung đang ở trạng thái "${STATE_LABELS[state]}"${who.length > 0 ? `: lúc này chỉ ${joinNames(who)} sửa được` : ''}.`,
  cannotDelete: (state: State) =>
    `Không thể xóa nội dung đang ở trạng thái "${STATE_LABELS[state]}": chỉ xóa được bản nháp, tin bị trả lại hoặc đã gỡ (bởi lãnh đạo duyệt).`,
  cannotAct: (action: Action, state: State, who: readonly Capacity[]) =>
    `Bạn không được thực hiện "${ACTION_LABELS[action]}" khi nội dung đang ở trạng thái "${STATE_LABELS[state]}"${who.length > 0 ? `: việc này do ${joinNames(who)} làm` : ''}.`,
  wrongState: (action: Action, state: State) =>
    `Không thể "${ACTION_LABELS[action]}" khi nội dung đang ở trạng thái "${STATE_LABELS[state]}".`,
  unknownAction: (action: string) => `Không có thao tác "${action}" trong quy trình duyệt.`,
  notWorkflowType: 'Loại nội dung này không theo quy trình duyệt.',
  notFound: 'Không tìm thấy nội dung.',
  reasonRequired: 'Phải ghi lý do trả lại để người viết biết cần sửa gì.',
  withdrawReasonRequired: 'Chọn lý do gỡ: đăng nhầm, hết thời sự, hoặc đã có nội dung thay thế.',
  noteRequired: 'Phải ghi chú thích cho việc gỡ tin.',
  publishAtRequired: 'Chọn thời điểm đăng.',
  publishAtInPast: 'Thời điểm hẹn đăng phải ở tương lai.',
  sourceRequired: 'Chưa ghi nguồn tin: chọn tự viết hay trích dẫn trước khi duyệt.',
  quotedNameRequired: 'Tin bài trích dẫn phải ghi rõ tên nguồn trước khi duyệt.',
  authorRequired: 'Tin bài tự viết phải ghi tác giả (bút danh hoặc cộng tác viên) trước khi duyệt.',
  issuerRequired: 'Văn bản phải ghi cơ quan ban hành trước khi duyệt.',
  proposeOnlyWardArticles: 'Chỉ tin bài của Trang TTĐT phường, xã mới đề xuất lên Cổng TTĐT thành phố.',
  alreadyProposed: 'Tin bài này đã được đề xuất lên Cổng TTĐT thành phố.',
  noCitySite: 'Chưa có Cổng TTĐT thành phố để nhận đề xuất.',
  membershipDuplicate: 'Người dùng đã có vai trò này trên trang.',
  membershipFields: 'Phân quyền phải có người dùng, trang và vai trò.',
  membershipUnitRequired: 'Cán bộ trả lời câu hỏi phải thuộc một đơn vị của trang: chọn đơn vị.',
  membershipUnitOfOtherSite: 'Đơn vị được chọn không thuộc trang này.',
  membershipUnitOnlyForAnswerer: 'Chỉ vai trò "Cán bộ trả lời câu hỏi" mới gắn với một đơn vị; bỏ chọn đơn vị.',
  questionCreatedByCitizens:
    'Câu hỏi do người dân gửi qua trang Hỏi đáp; cán bộ không tạo câu hỏi trong trang quản trị (liên hệ quản trị hệ thống nếu cần nhập câu hỏi nhận bằng văn bản).',
  questionsNotByToken: 'Câu hỏi không được thay đổi bằng khóa API; hãy dùng trang quản trị.',
  answerRequired: 'Chưa có nội dung câu trả lời: viết câu trả lời trước khi duyệt.',
  questionClosed: 'Câu hỏi đã được trả lời riêng hoặc đã bị từ chối, không đăng câu trả lời công khai được.',
} as const;
