import {
  CAPITAL_SOURCES,
  DATASET_FIELDS,
  PROCUREMENT_METHODS,
  PROCUREMENT_RESULTS,
  PROJECT_FIELDS,
  PROJECT_STATES,
  QUESTION_FIELDS,
  QUESTION_REJECT_LABELS,
  SCHEDULE_STATES,
} from '@vungtau/publishing/vocabularies';
import { ROLE_LABELS, STATE_LABELS } from '../../../plugins/workflow/server/messages';
import { LEGAL_TYPE_LABELS } from '../../../utils/legal-labels';

/**
 * The Vietnamese names of every enumeration the content manager shows, by content type (or
 * component) and attribute. Strapi's enumeration input, list cells and filters ask react-intl for
 * the stored value itself (`formatMessage({ id: value, defaultMessage: value })`), so these become
 * translation keys named by the bare value: see ENUM_MESSAGES below. Where the site or the server
 * already names a vocabulary, its table is used as is.
 */
export const ENUM_LABELS: Record<string, Record<string, Record<string, string>>> = {
  'api::article.article': {
    form: { tin: 'Tin', 'tin-ngan': 'Tin ngắn', bai: 'Bài', 'phong-su-anh': 'Phóng sự ảnh', anh: 'Ảnh' },
    workflowState: STATE_LABELS,
  },
  'api::category.category': {
    kind: { news: 'Tin bài', documents: 'Văn bản', 'page-section': 'Mục có trang riêng' },
  },
  'api::dataset.dataset': {
    field: DATASET_FIELDS,
    chart: { bar: 'Biểu đồ cột', line: 'Biểu đồ đường', none: 'Không vẽ biểu đồ' },
  },
  'api::draft-comment.draft-comment': {
    status: { pending: 'Chờ xử lý', published: 'Đã đăng', rejected: 'Không đăng' },
    rejectReason: {
      spam: QUESTION_REJECT_LABELS.spam,
      offensive: QUESTION_REJECT_LABELS.offensive,
      duplicate: 'Trùng với góp ý đã có',
      'off-topic': 'Không liên quan đến dự thảo',
    },
  },
  'api::legal-document.legal-document': {
    kind: {
      normative: 'Văn bản quy phạm pháp luật',
      administrative: 'Văn bản chỉ đạo, điều hành',
      'draft-for-comment': 'Dự thảo lấy ý kiến',
    },
    type: LEGAL_TYPE_LABELS,
    validity: { 'in-force': 'Còn hiệu lực', expired: 'Hết hiệu lực', replaced: 'Bị thay thế' },
    workflowState: STATE_LABELS,
  },
  'api::official.official': {
    rank: { head: 'Người đứng đầu', deputy: 'Cấp phó', member: 'Thành viên' },
  },
  'api::procurement-notice.procurement-notice': { method: PROCUREMENT_METHODS },
  'api::project.project': { field: PROJECT_FIELDS, capitalSource: CAPITAL_SOURCES, state: PROJECT_STATES },
  'api::public-holiday.public-holiday': {
    kind: {
      holiday: 'Ngày lễ, Tết',
      'compensatory-day-off': 'Nghỉ bù (lễ trùng ngày nghỉ hằng tuần)',
      'swapped-day-off': 'Ngày nghỉ hoán đổi',
      'swapped-working-day': 'Ngày làm bù',
    },
  },
  'api::public-service.public-service': {
    field: {
      'ho-tich': 'Hộ tịch',
      'chung-thuc': 'Chứng thực',
      'dat-dai': 'Đất đai',
      'xay-dung': 'Xây dựng',
      'kinh-doanh': 'Kinh doanh',
      'lao-dong-xa-hoi': 'Lao động, xã hội',
      'giao-duc': 'Giáo dục',
      'y-te': 'Y tế',
      'van-hoa-the-thao': 'Văn hóa, thể thao',
      khac: 'Khác',
    },
    level: { 'mot-phan': 'Một phần', 'toan-trinh': 'Toàn trình' },
  },
  'api::question.question': {
    field: QUESTION_FIELDS,
    handling: {
      received: 'Mới tiếp nhận',
      assigned: 'Đã giao đơn vị trả lời',
      answered: 'Đã trả lời',
      'answered-privately': 'Đã trả lời qua thư điện tử',
      rejected: 'Không tiếp nhận',
    },
    rejectReason: QUESTION_REJECT_LABELS,
    workflowState: STATE_LABELS,
  },
  'api::royalty-record.royalty-record': {
    form: { tin: 'Tin', 'tin-ngan': 'Tin ngắn', bai: 'Bài', 'phong-su-anh': 'Phóng sự ảnh', anh: 'Ảnh' },
    status: { pending: 'Chờ duyệt', approved: 'Đã duyệt', paid: 'Đã chi trả' },
  },
  'api::site.site': {
    kind: { city: 'Thành phố', ward: 'Phường', commune: 'Xã' },
    status: { active: 'Đang hoạt động', merged: 'Đã sáp nhập', retired: 'Ngừng hoạt động' },
    reportPeriod: { 'calendar-month': 'Theo tháng dương lịch', 'to-report-day': 'Từ ngày sau ngày báo cáo tháng trước đến ngày báo cáo' },
  },
  'api::unit.unit': {
    kind: {
      department: 'Phòng, ban chuyên môn',
      'ward-committee': 'UBND phường, xã',
      organisation: 'Tổ chức, hội đoàn thể',
      centre: 'Trung tâm',
      'party-body': 'Cơ quan Đảng',
      police: 'Công an',
      other: 'Khác',
    },
  },
  'plugin::workflow.membership': { role: ROLE_LABELS },
  'article.source': { kind: { 'own-reporting': 'Tự viết', quoted: 'Trích dẫn' } },
  'procurement.result': { state: PROCUREMENT_RESULTS },
  'royalty.form-rate': {
    form: { tin: 'Tin', 'tin-ngan': 'Tin ngắn', bai: 'Bài', 'phong-su-anh': 'Phóng sự ảnh', anh: 'Ảnh' },
  },
  'schedule.entry': { state: SCHEDULE_STATES },
  'site.board-member': {
    role: { head: 'Trưởng ban', 'deputy-head': 'Phó Trưởng ban', member: 'Thành viên', secretariat: 'Tổ thư ký' },
  },
  'site.nav-item': {
    placement: { header: 'Đầu trang', footer: 'Chân trang', 'state-portals': 'Cổng thông tin của Nhà nước' },
  },
  'unit.form-quota': {
    form: { tin: 'Tin', 'tin-ngan': 'Tin ngắn', bai: 'Bài', 'phong-su-anh': 'Phóng sự ảnh', anh: 'Ảnh' },
  },
  'unit.quota': {
    period: { month: 'Tháng', quarter: 'Quý' },
    countsOn: { 'own-site': 'Trang của đơn vị', 'city-portal': 'Cổng TTĐT thành phố' },
  },
};

/**
 * One name for a value several enumerations share under different names: the translation key is
 * the bare value, so it can have only one. Each is a word that fits every enumeration it is in.
 */
export const SHARED_ENUM_LABELS: Record<string, string> = {
  khac: 'Khác',
  head: 'Người đứng đầu',
  pending: 'Chờ xử lý',
  published: 'Đã đăng',
  rejected: 'Không tiếp nhận',
  duplicate: 'Trùng với nội dung đã có',
  'off-topic': 'Không đúng nội dung cần gửi',
};

/**
 * Values that are already keys of Strapi's own messages (its "submit" button): they keep Strapi's
 * text, which a label here would replace everywhere. None is a value of an enumeration the content
 * manager shows (the test checks it).
 */
export const STRAPI_OWN_KEYS = new Set(['submit']);

/** The enumerations' names as translation keys: each stored value → its Vietnamese name. */
export const enumMessages = (): Record<string, string> => {
  const messages: Record<string, string> = {};
  for (const attributes of Object.values(ENUM_LABELS))
    for (const labels of Object.values(attributes))
      for (const [value, label] of Object.entries(labels))
        if (!STRAPI_OWN_KEYS.has(value)) messages[value] = SHARED_ENUM_LABELS[value] ?? label;
  return messages;
};
