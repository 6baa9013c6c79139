/** What the board and finance read: Vietnamese labels and refusals. */

export const FORM_LABELS: Record<string, string> = {
  tin: 'Tin',
  'tin-ngan': 'Tin ngắn',
  bai: 'Bài',
  'phong-su-anh': 'Phóng sự ảnh',
  anh: 'Ảnh',
};
export const FORMS = Object.keys(FORM_LABELS);

export const STATUS_LABELS: Record<string, string> = {
  pending: 'Chờ duyệt',
  approved: 'Đã duyệt, chờ chi',
  paid: 'Đã chi',
};

export const LEGAL_KIND_LABELS: Record<string, string> = {
  normative: 'Văn bản quy phạm pháp luật',
  administrative: 'Văn bản hành chính',
  'draft-for-comment': 'Dự thảo lấy ý kiến',
};

export const UNIT_KIND_LABELS: Record<string, string> = {
  department: 'Phòng, ban chuyên môn',
  'ward-committee': 'UBND phường, xã',
  organisation: 'Mặt trận, đoàn thể',
  centre: 'Trung tâm',
  'party-body': 'Cơ quan Đảng',
  police: 'Công an',
  other: 'Khác',
};

export const QUOTA_STATE_LABELS: Record<string, string> = {
  met: 'Đạt',
  behind: 'Chưa đạt',
  over: 'Vượt mức tối đa',
  'no-quota': 'Không giao chỉ tiêu',
};

/** Where a unit's quota is counted (component `unit.quota`, field `countsOn`). */
export const QUOTA_COUNTS_ON_LABELS: Record<string, string> = {
  'own-site': 'Trang của đơn vị',
  'city-portal': 'Cổng TTĐT thành phố',
};

export const BUDGET_LEVEL_LABELS: Record<string, string> = {
  ok: 'Trong dự toán',
  warning: 'Sắp hết dự toán',
  exceeded: 'Vượt dự toán',
};

export const COMMENT_STATUS_LABELS: Record<string, string> = {
  published: 'Đã công khai',
  pending: 'Chờ xử lý',
  rejected: 'Không công khai',
};

export const NO_UNIT = 'Chưa ghi đơn vị';
export const NO_CATEGORY = 'Chưa xếp chuyên mục';

export const MESSAGES = {
  noReportAccess: 'Chỉ Ban biên tập và kế toán được xem nhuận bút và báo cáo.',
  notBoardOfSite: 'Bạn không thuộc Ban biên tập hoặc bộ phận kế toán của trang này.',
  cannot: {
    view: 'Bạn không được xem nhuận bút của trang này.',
    adjust: 'Chỉ Ban biên tập (biên tập, lãnh đạo duyệt, Trưởng ban) được điều chỉnh hệ số.',
    approve: 'Chỉ Trưởng ban biên tập được duyệt nhuận bút.',
    pay: 'Chỉ kế toán được xác nhận đã chi nhuận bút.',
    configure: 'Chỉ Trưởng ban biên tập của trang được đặt kỳ báo cáo và ngày báo cáo.',
    counter: 'Chỉ Trưởng ban biên tập được bật hoặc tắt số lượt truy cập công khai của trang.',
    overtime: 'Chỉ Trưởng ban biên tập và kế toán của trang được nhập chi làm thêm giờ.',
    notes: 'Chỉ Ban biên tập (biên tập, lãnh đạo duyệt, Trưởng ban) của trang được viết nội dung báo cáo năm.',
  },
  overtimeNotFound: 'Không tìm thấy khoản chi làm thêm giờ.',
  noteTooLong: (max: number) => `Mỗi phần tối đa ${max.toLocaleString('vi-VN')} ký tự.`,
  noteText: 'Nội dung phải là văn bản.',
  oneSite: 'Chọn một trang (không chọn "Tất cả các trang").',
  badDocxFormat: 'Định dạng xuất phải là xlsx, csv hoặc docx.',
  docxYearlyOnly: 'Chỉ báo cáo năm xuất được DOCX.',
  typedByHand: 'Nhuận bút do hệ thống tính khi tin bài được duyệt đăng; không thêm, sửa hay xóa trực tiếp được.',
  paidLocked: 'Nhuận bút đã chi: bản ghi đã khóa, không sửa hay xóa được.',
  notFound: 'Không tìm thấy bản ghi nhuận bút.',
  noneSelected: 'Chọn ít nhất một bản ghi nhuận bút.',
  notPending: 'Chỉ điều chỉnh được nhuận bút đang chờ duyệt; bản ghi đã duyệt hoặc đã chi thì giữ nguyên.',
  approveOnlyPending: 'Chỉ duyệt được nhuận bút đang chờ duyệt.',
  payOnlyApproved: 'Chỉ xác nhận đã chi cho nhuận bút đã được Trưởng ban duyệt.',
  coefficientNumber: 'Nhập hệ số là một số.',
  coefficientRange: (form: string, min: number, max: number) =>
    `Hệ số của thể loại "${FORM_LABELS[form] ?? form}" phải trong khung từ ${min} đến ${max}.`,
  noteRequired: 'Ghi rõ lý do khi điều chỉnh hệ số khác mức mặc định.',
  badMonth: 'Chọn tháng theo dạng YYYY-MM.',
  badYear: 'Chọn năm (ví dụ 2026).',
  badFormat: 'Định dạng xuất phải là xlsx hoặc csv.',
  xlsxOnly: 'Báo cáo này nhiều bảng nên chỉ xuất được XLSX.',
  unknownReport: (name: string) => `Không có báo cáo "${name}".`,
  settingsBody: 'Gửi kỳ báo cáo và ngày báo cáo của một trang.',
  settingsSite: 'Chọn một trang (không chọn "tất cả các trang") để đặt kỳ báo cáo.',
  settingsUnknown: (field: string) => `Không có mục "${field}" trong cài đặt báo cáo.`,
  badReportPeriod: 'Kỳ báo cáo là "tháng dương lịch" hoặc "đến ngày báo cáo".',
  badReportDay: 'Ngày báo cáo là một số nguyên từ 1 đến 28 (tháng nào cũng có).',
  counterSite: 'Chọn một trang để bật hoặc tắt số lượt truy cập công khai.',
  counterEnabled: 'Cho biết bật (true) hay tắt (false) số lượt truy cập công khai.',
} as const;

export const REPORT_PERIOD_LABELS: Record<string, string> = {
  'calendar-month': 'Tháng dương lịch',
  'to-report-day': 'Đến ngày báo cáo',
};
