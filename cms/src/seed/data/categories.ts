import { PLAN_DOCUMENT_TYPES } from '@vungtau/publishing';
import type { CategorySeed } from '../types';

type Row = Omit<CategorySeed, 'order'>;

/** The eight chuyên mục of the city's 2024 communication plan, in the plan's order. */
const planCategories: Row[] = [
  {
    slug: 'tin-tuc-su-kien',
    name: 'Tin tức, sự kiện',
    kind: 'news',
    scope: 'all',
    description: 'Tin tức, sự kiện mới, nổi bật về hoạt động của Đảng bộ, chính quyền, Mặt trận Tổ quốc, các đoàn thể và Nhân dân; tuyên truyền các nhiệm vụ trọng tâm trong năm.',
  },
  {
    slug: 'cai-cach-hanh-chinh',
    name: 'Cải cách hành chính. Dịch vụ hành chính công',
    kind: 'news',
    scope: 'all',
    description: 'Công tác cải cách hành chính, dịch vụ hành chính công của các cơ quan, đơn vị; tình hình giải quyết thủ tục hành chính trên Cổng Dịch vụ công quốc gia và Cổng dịch vụ công của tỉnh.',
  },
  {
    slug: 'tuong-tac-voi-cong-dan',
    name: 'Tương tác với công dân',
    kind: 'news',
    scope: 'all',
    description: 'Kết quả giải quyết đơn thư, khiếu nại, tố cáo của công dân; kết quả khảo sát ý kiến, sự hài lòng của Nhân dân đối với các cấp chính quyền.',
  },
  {
    slug: 'dan-hoi-chinh-quyen-tra-loi',
    name: 'Dân hỏi - Chính quyền trả lời',
    kind: 'news',
    scope: 'all',
    parent: 'tuong-tac-voi-cong-dan',
    description: 'Kết quả thực hiện mô hình “Dân hỏi - Chính quyền trả lời”: câu hỏi, kiến nghị của người dân và trả lời của cơ quan có thẩm quyền.',
  },
  {
    slug: 'thu-7-lang-nghe-dan-noi',
    name: 'Thứ 7 - Lắng nghe dân nói',
    kind: 'news',
    scope: 'all',
    parent: 'tuong-tac-voi-cong-dan',
    description: 'Kết quả thực hiện mô hình “Thứ 7 - Lắng nghe dân nói”: lãnh đạo chính quyền đối thoại, tiếp nhận ý kiến của Nhân dân vào ngày thứ Bảy.',
  },
  {
    slug: 'chuyen-doi-so',
    name: 'Chuyển đổi số',
    kind: 'news',
    scope: 'all',
    description: 'Kết quả chuyển đổi số, định danh điện tử VNeID của thành phố, các cơ quan, đơn vị, phường, xã; văn bản chỉ đạo xây dựng chính quyền điện tử, đô thị thông minh.',
  },
  {
    slug: 'thong-tin-can-biet-phong-chong-dich',
    name: 'Thông tin cần biết, phòng chống dịch',
    kind: 'news',
    scope: 'all',
    description: 'Thông tin, khuyến cáo cần thiết cho người dân; công tác và kết quả phòng, chống dịch bệnh của thành phố.',
  },
  {
    slug: 'quy-tac-ung-xu-van-minh-do-thi',
    name: 'Quy tắc ứng xử, văn minh đô thị',
    kind: 'news',
    scope: 'all',
    description: 'Tuyên truyền xây dựng “Thành phố Vũng Tàu - Thành phố du lịch sạch ASEAN”, nếp sống văn hóa, quy tắc khu dân cư văn hóa và gương điển hình trong chỉnh trang đô thị.',
  },
  {
    slug: 'thanh-pho-du-lich-thanh-pho-su-kien',
    name: 'Thành phố du lịch, thành phố sự kiện',
    kind: 'news',
    scope: 'all',
    description: 'Sự kiện văn hóa, văn nghệ, thể dục thể thao, lễ hội; bảo tồn, phát huy giá trị di sản; tour, tuyến khám phá và các loại hình du lịch của thành phố.',
  },
  {
    slug: 'hoat-dong-cua-ubmttq-cac-doan-the',
    name: 'Hoạt động của UBMTTQ, các đoàn thể',
    kind: 'news',
    scope: 'all',
    description: 'Hoạt động của Ủy ban MTTQ Việt Nam và các đoàn thể; “Gương người tốt - Việc tốt”, công tác an sinh xã hội, chương trình “Không để ai bị bỏ lại phía sau”.',
  },
];

/** News channels of the city portal only. */
const cityChannels: Row[] = [
  {
    slug: 'tin-phuong-xa',
    name: 'Tin phường, xã',
    kind: 'news',
    scope: 'city',
    description: 'Tin, bài về các sự kiện lớn của 17 phường, xã do Trang thông tin điện tử thành phần gửi về Ban biên tập Cổng thông tin điện tử thành phố.',
  },
  {
    slug: 'du-lich-dia-phuong',
    name: 'Du lịch địa phương',
    kind: 'news',
    scope: 'city',
    description: 'Kênh tin quảng bá du lịch địa phương, giới thiệu điểm đến, sản phẩm du lịch và hình ảnh thành phố Vũng Tàu đến Nhân dân và du khách.',
  },
];

/** What every state portal must publish under Nghị định 42/2022/NĐ-CP. */
const requiredSections: Row[] = [
  { slug: 'gioi-thieu', name: 'Giới thiệu', kind: 'page-section', scope: 'all', description: 'Giới thiệu chung về địa phương và cơ quan.' },
  { slug: 'co-cau-to-chuc', name: 'Cơ cấu tổ chức', kind: 'page-section', scope: 'all', parent: 'gioi-thieu', description: 'Sơ đồ tổ chức, các cơ quan, đơn vị trực thuộc.' },
  { slug: 'chuc-nang-nhiem-vu', name: 'Chức năng, nhiệm vụ', kind: 'page-section', scope: 'all', parent: 'gioi-thieu', description: 'Chức năng, nhiệm vụ, quyền hạn của cơ quan và các đơn vị.' },
  { slug: 'lanh-dao', name: 'Lãnh đạo', kind: 'page-section', scope: 'all', parent: 'gioi-thieu', description: 'Họ tên, chức vụ, tiểu sử tóm tắt và lĩnh vực phụ trách của lãnh đạo.' },
  {
    slug: 'thong-tin-chi-dao-dieu-hanh',
    name: 'Thông tin chỉ đạo điều hành',
    kind: 'news',
    scope: 'all',
    description: 'Ý kiến chỉ đạo, điều hành của lãnh đạo đã được thống nhất và ban hành; thông tin khen thưởng, xử phạt; lịch làm việc của lãnh đạo.',
  },
  { slug: 'lich-lam-viec', name: 'Lịch làm việc', kind: 'page-section', scope: 'all', parent: 'thong-tin-chi-dao-dieu-hanh', description: 'Lịch làm việc hằng tuần của lãnh đạo.' },
  { slug: 'van-ban-quy-pham-phap-luat', name: 'Văn bản quy phạm pháp luật', kind: 'documents', documentKinds: ['normative'], scope: 'all', description: 'Hệ thống văn bản quy phạm pháp luật chuyên ngành và văn bản quy phạm pháp luật do địa phương ban hành.' },
  { slug: 'van-ban-hanh-chinh', name: 'Văn bản hành chính', kind: 'documents', documentKinds: ['administrative'], scope: 'all', description: 'Quyết định, kế hoạch, báo cáo, công văn, thông báo và các văn bản quản lý hành chính khác.' },
  {
    slug: 'du-thao-lay-y-kien-gop-y',
    name: 'Dự thảo lấy ý kiến góp ý',
    kind: 'documents',
    documentKinds: ['draft-for-comment'],
    scope: 'all',
    description: 'Toàn văn dự thảo, thời hạn tiếp nhận, các ý kiến đã nhận, nơi gửi ý kiến mới cùng địa chỉ, thư điện tử của cơ quan tiếp nhận.',
  },
  { slug: 'chien-luoc-quy-hoach-ke-hoach', name: 'Chiến lược, quy hoạch, kế hoạch', kind: 'documents', documentKinds: ['normative', 'administrative'], documentTypes: [...PLAN_DOCUMENT_TYPES], scope: 'all', description: 'Chiến lược, định hướng, quy hoạch, kế hoạch phát triển kinh tế - xã hội, ngành, lĩnh vực.' },
  { slug: 'du-an-dau-tu-dau-thau-mua-sam-cong', name: 'Dự án đầu tư, đấu thầu, mua sắm công', kind: 'page-section', scope: 'all', description: 'Danh mục dự án đầu tư, dự án kêu gọi đầu tư, thông tin đấu thầu và mua sắm công.' },
  { slug: 'chuong-trinh-de-tai-khoa-hoc', name: 'Chương trình, đề tài khoa học', kind: 'page-section', scope: 'all', description: 'Chương trình, đề tài khoa học: mã số, cấp quản lý, đơn vị chủ trì, thời gian thực hiện và kết quả nghiệm thu.' },
  { slug: 'thong-ke', name: 'Thống kê', kind: 'page-section', scope: 'all', description: 'Báo cáo thống kê, số liệu tổng hợp về tình hình phát triển kinh tế - xã hội.' },
  { slug: 'thong-tin-lien-he', name: 'Thông tin liên hệ', kind: 'page-section', scope: 'all', description: 'Địa chỉ, điện thoại, thư điện tử của cơ quan và của cán bộ, công chức có thẩm quyền.' },
  { slug: 'hoi-dap', name: 'Hỏi đáp', kind: 'page-section', scope: 'all', description: 'Câu hỏi của tổ chức, cá nhân và trả lời của cơ quan có thẩm quyền.' },
  { slug: 'dich-vu-cong-truc-tuyen', name: 'Dịch vụ công trực tuyến', kind: 'page-section', scope: 'all', description: 'Danh mục dịch vụ công trực tuyến và liên kết đến Cổng Dịch vụ công quốc gia, Cổng dịch vụ công tỉnh Bà Rịa - Vũng Tàu.' },
  { slug: 'thong-tin-tieng-nuoc-ngoai', name: 'Thông tin tiếng nước ngoài', kind: 'page-section', scope: 'city', description: 'Thông tin giới thiệu thành phố Vũng Tàu bằng tiếng Anh.' },
];

/** Every category a site may have; each site gets those in its scope, as its own copies. */
export const categories: CategorySeed[] = [...planCategories, ...cityChannels, ...requiredSections].map(
  (row, i): CategorySeed => ({ ...row, order: i + 1 })
);

/** Categories an article may be filed in: every news channel (sections and document lists are not). */
export const categorySlugsForNews: string[] = categories.filter((c) => c.kind === 'news').map((c) => c.slug);
