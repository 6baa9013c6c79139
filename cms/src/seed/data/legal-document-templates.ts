import type { LegalType } from '../types';
import { NOTICE_TEMPLATES } from './legal-document-notices';

/**
 * Trích yếu and key provisions of the generated administrative documents of the city's and the
 * wards' People's Committees. Placeholders: {area} ("thành phố Vũng Tàu", "Phường 7"), {year},
 * {nextYear}, {street}, {period}, {quarter}, {portalName}.
 */
export interface DocTemplate {
  type: Extract<LegalType, 'quyet-dinh' | 'ke-hoach' | 'thong-bao' | 'cong-van' | 'bao-cao'>;
  summary: string;
  /** Two provisions: Điều 1 / Điều 2, purpose / content, or the two parts of a notice or report. */
  points: readonly [string, string];
  field: string;
  scope?: 'city' | 'wards';
}

/** Number symbols by type, as in "1927/KH-UBND"; a city công văn is "…/UBND-VP", a ward's "…/UBND". */
export const TYPE_SYMBOLS: Record<DocTemplate['type'], string> = {
  'quyet-dinh': 'QĐ-UBND',
  'ke-hoach': 'KH-UBND',
  'thong-bao': 'TB-UBND',
  'bao-cao': 'BC-UBND',
  'cong-van': 'UBND',
};

/** Share of each type among generated documents. */
export const TYPE_WEIGHTS: ReadonlyArray<[DocTemplate['type'], number]> = [
  ['quyet-dinh', 30],
  ['ke-hoach', 25],
  ['thong-bao', 15],
  ['cong-van', 15],
  ['bao-cao', 15],
];

/** Decisions and plans here; notices, letters and reports in legal-document-notices.ts. */
export const DOC_TEMPLATES: readonly DocTemplate[] = [
  {
    type: 'quyet-dinh',
    summary: 'Về việc thành lập Ban Chỉ đạo phòng, chống dịch bệnh sốt xuất huyết {area} năm {year}',
    points: [
      'Thành lập Ban Chỉ đạo phòng, chống dịch bệnh sốt xuất huyết {area} năm {year} gồm các thành viên có tên trong danh sách kèm theo.',
      'Ban Chỉ đạo có nhiệm vụ chỉ đạo, kiểm tra, đôn đốc công tác phòng, chống dịch trên địa bàn; các thành viên hoạt động theo chế độ kiêm nhiệm.',
    ],
    field: 'Y tế',
  },
  {
    type: 'quyet-dinh',
    summary: 'Về việc kiện toàn Tổ công nghệ số cộng đồng {area}',
    points: [
      'Kiện toàn Tổ công nghệ số cộng đồng {area} (danh sách kèm theo).',
      'Tổ có nhiệm vụ hướng dẫn người dân sử dụng nền tảng số, dịch vụ công trực tuyến, ứng dụng VNeID và kỹ năng bảo đảm an toàn thông tin cá nhân.',
    ],
    field: 'Chuyển đổi số',
  },
  {
    type: 'quyet-dinh',
    summary: 'Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” năm {year}',
    points: [
      'Tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” năm {year} (danh sách kèm theo).',
      'Kinh phí khen thưởng được chi từ Quỹ thi đua, khen thưởng theo quy định hiện hành.',
    ],
    field: 'Thi đua - Khen thưởng',
  },
  {
    type: 'quyet-dinh',
    summary: 'Về việc phê duyệt danh sách hộ nghèo, hộ cận nghèo trên địa bàn {area} năm {year}',
    points: [
      'Phê duyệt danh sách hộ nghèo, hộ cận nghèo trên địa bàn {area} năm {year} theo chuẩn nghèo đa chiều hiện hành (danh sách kèm theo).',
      'Các hộ có tên trong danh sách được hưởng các chính sách hỗ trợ giảm nghèo theo quy định.',
    ],
    field: 'Lao động - Thương binh và Xã hội',
  },
  {
    type: 'quyet-dinh',
    summary: 'Về việc thành lập Tổ kiểm tra trật tự đô thị {area}',
    points: [
      'Thành lập Tổ kiểm tra trật tự đô thị {area} gồm các thành viên có tên trong danh sách kèm theo.',
      'Tổ có nhiệm vụ kiểm tra, phát hiện, lập biên bản và đề xuất xử lý các trường hợp lấn chiếm vỉa hè, lòng đường, xây dựng không phép, sai phép trên địa bàn.',
    ],
    field: 'Xây dựng - Đô thị',
    scope: 'wards',
  },
  {
    type: 'quyet-dinh',
    summary: 'Về việc phê duyệt Báo cáo kinh tế - kỹ thuật công trình nâng cấp, cải tạo đường {street}',
    points: [
      'Phê duyệt Báo cáo kinh tế - kỹ thuật đầu tư xây dựng công trình nâng cấp, cải tạo đường {street}, thành phố Vũng Tàu.',
      'Nguồn vốn: ngân sách thành phố; thời gian thực hiện: năm {year} - {nextYear}. Chủ đầu tư có trách nhiệm tổ chức thực hiện theo đúng quy định về quản lý dự án đầu tư xây dựng.',
    ],
    field: 'Đầu tư - Xây dựng',
    scope: 'city',
  },
  {
    type: 'quyet-dinh',
    summary: 'Về việc giao chỉ tiêu tuyển chọn và gọi công dân nhập ngũ năm {nextYear}',
    points: [
      'Giao chỉ tiêu tuyển chọn và gọi công dân nhập ngũ năm {nextYear} cho UBND các phường, xã (chi tiết kèm theo).',
      'Hội đồng nghĩa vụ quân sự thành phố chỉ đạo UBND các phường, xã tổ chức khám sơ tuyển, xét duyệt bảo đảm công khai, dân chủ, đúng luật.',
    ],
    field: 'Quốc phòng',
    scope: 'city',
  },
  {
    type: 'ke-hoach',
    summary: 'Cải cách hành chính năm {year} trên địa bàn {area}',
    points: [
      'Tiếp tục đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ người dân, doanh nghiệp; phấn đấu tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt trên 98%.',
      'Cải cách thể chế; cải cách thủ tục hành chính; cải cách tổ chức bộ máy; cải cách chế độ công vụ; cải cách tài chính công; xây dựng chính quyền điện tử, chính quyền số.',
    ],
    field: 'Cải cách hành chính',
  },
  {
    type: 'ke-hoach',
    summary: 'Chuyển đổi số năm {year} của {area}',
    points: [
      'Phát triển chính quyền số, kinh tế số, xã hội số; nâng cao tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình.',
      'Duy trì hoạt động của Tổ công nghệ số cộng đồng; số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; đẩy mạnh thanh toán không dùng tiền mặt và triển khai các nhiệm vụ của Đề án 06.',
    ],
    field: 'Chuyển đổi số',
  },
  {
    type: 'ke-hoach',
    summary: 'Phòng, chống dịch bệnh sốt xuất huyết trên địa bàn {area} năm {year}',
    points: [
      'Chủ động phát hiện sớm, khoanh vùng, xử lý kịp thời ổ dịch, hạn chế thấp nhất số ca mắc và không để xảy ra tử vong do sốt xuất huyết.',
      'Tổ chức các đợt chiến dịch diệt lăng quăng, bọ gậy; tuyên truyền người dân loại bỏ vật dụng chứa nước đọng; giám sát ca bệnh và phun hóa chất diệt muỗi tại các ổ dịch.',
    ],
    field: 'Y tế',
  },
  {
    type: 'ke-hoach',
    summary: 'Tổ chức Tháng hành động vì an toàn thực phẩm năm {year}',
    points: [
      'Nâng cao nhận thức, trách nhiệm của người sản xuất, kinh doanh và người tiêu dùng về bảo đảm an toàn thực phẩm.',
      'Tuyên truyền trên hệ thống loa truyền thanh, Trang thông tin điện tử; kiểm tra các cơ sở sản xuất, kinh doanh thực phẩm, dịch vụ ăn uống trên địa bàn {area}.',
    ],
    field: 'Y tế',
  },
  {
    type: 'ke-hoach',
    summary: 'Tuyên truyền, phổ biến, giáo dục pháp luật năm {year}',
    points: [
      'Kịp thời phổ biến các văn bản pháp luật mới đến cán bộ, công chức và nhân dân; nâng cao ý thức chấp hành pháp luật trên địa bàn {area}.',
      'Tổ chức hội nghị phổ biến pháp luật, tuyên truyền trên hệ thống loa truyền thanh và Trang thông tin điện tử; duy trì hoạt động của tổ hòa giải ở cơ sở.',
    ],
    field: 'Tư pháp',
  },
  {
    type: 'ke-hoach',
    summary: 'Ra quân lập lại trật tự đô thị, xây dựng “Đô thị văn minh” năm {year}',
    points: [
      'Lập lại trật tự vỉa hè, lòng đường; xây dựng các tuyến đường, tuyến hẻm văn minh đô thị, góp phần xây dựng “Thành phố Vũng Tàu - Thành phố du lịch sạch ASEAN”.',
      'Ra quân định kỳ vào ngày Chủ nhật cuối tháng; tuyên truyền, vận động hộ kinh doanh ký cam kết; xử lý nghiêm các trường hợp tái lấn chiếm.',
    ],
    field: 'Xây dựng - Đô thị',
  },
  {
    type: 'ke-hoach',
    summary: 'Viết tin, bài đăng trên Trang thông tin điện tử {area} năm {year}',
    points: [
      'Cập nhật kịp thời, chính xác các hoạt động chỉ đạo, điều hành của cấp ủy, chính quyền và các gương điển hình tiêu biểu trên địa bàn; những sự kiện lớn của địa phương được viết tin, bài gửi về Ban biên tập Cổng thông tin điện tử thành phố.',
      'Các ban, ngành, đoàn thể phân công cộng tác viên, mỗi đơn vị cung cấp ít nhất 01 tin, bài/tháng; Ban biên tập kiểm duyệt trước khi đăng tải.',
    ],
    field: 'Thông tin - Truyền thông',
    scope: 'wards',
  },
  {
    type: 'ke-hoach',
    summary: 'Tổ chức Lễ hội Nghinh Ông Thắng Tam năm {year}',
    points: [
      'Bảo tồn, phát huy giá trị văn hóa truyền thống của ngư dân miền biển; tổ chức lễ hội trang trọng, an toàn, tiết kiệm.',
      'Phần lễ tổ chức tại Lăng Cá Ông Thắng Tam; phần hội gồm các hoạt động văn hóa, thể thao dân gian; bảo đảm an ninh trật tự, an toàn giao thông và vệ sinh môi trường.',
    ],
    field: 'Văn hóa - Du lịch',
    scope: 'city',
  },
  ...NOTICE_TEMPLATES,
];

/** A few legal normative decisions of the city (UBND cấp huyện), numbered "…/{year}/QĐ-UBND". */
export const NORMATIVE_TEMPLATES: ReadonlyArray<{ summary: string; field: string }> = [
  { summary: 'Ban hành Quy định quản lý, sử dụng tạm thời một phần hè phố ngoài mục đích giao thông trên địa bàn thành phố Vũng Tàu', field: 'Giao thông - Đô thị' },
  { summary: 'Ban hành Quy chế quản lý, vận hành hệ thống camera giám sát an ninh, trật tự trên địa bàn thành phố Vũng Tàu', field: 'An ninh - Trật tự' },
  { summary: 'Bãi bỏ một số văn bản quy phạm pháp luật do UBND thành phố Vũng Tàu ban hành', field: 'Tư pháp' },
];
