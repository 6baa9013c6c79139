import type { LegalType } from '../seed/types';

/** Vietnamese names of document types, as printed on the document itself. */
export const LEGAL_TYPE_LABELS: Record<LegalType, string> = {
  luat: 'Luật',
  'nghi-dinh': 'Nghị định',
  'nghi-quyet': 'Nghị quyết',
  'quyet-dinh': 'Quyết định',
  'thong-tu': 'Thông tư',
  'thong-tu-lien-tich': 'Thông tư liên tịch',
  'chi-thi': 'Chỉ thị',
  'ke-hoach': 'Kế hoạch',
  'chien-luoc': 'Chiến lược',
  'quy-hoach': 'Quy hoạch',
  'chuong-trinh': 'Chương trình',
  'de-an': 'Đề án',
  'bao-cao': 'Báo cáo',
  'to-trinh': 'Tờ trình',
  'cong-van': 'Công văn',
  'thong-bao': 'Thông báo',
  'huong-dan': 'Hướng dẫn',
  'quy-che': 'Quy chế',
  'quy-dinh': 'Quy định',
  khac: 'Văn bản',
};
