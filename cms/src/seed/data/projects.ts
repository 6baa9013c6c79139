// Demo projects and procurement notices (Nghị định 42/2022/NĐ-CP: dự án đầu tư, đấu thầu, mua sắm
// công): a handful on the city portal, in different fields and states, and one or two small ones
// per ward. Places are real Vũng Tàu streets; investors, amounts and contractors are made up.
import type { CapitalSource, ProcurementMethod, ProcurementResult, ProjectField, ProjectState } from '@vungtau/publishing';
import { wards } from './wards';

export interface ProgressSeed {
  date: string;
  text: string;
  percent?: number;
}

export interface ProjectSeed {
  /** Unique per site; the seed's key, and the page's slug. */
  slug: string;
  site: string;
  name: string;
  field: ProjectField;
  investor: string;
  location: string;
  /** In đồng. */
  totalInvestment: string;
  capitalSource: CapitalSource;
  periodStart: number;
  periodEnd: number | null;
  state: ProjectState;
  summary: string;
  description: string[];
  progress: ProgressSeed[];
}

export interface NoticeSeed {
  slug: string;
  site: string;
  /** The project's slug, if the package belongs to one. */
  project?: string;
  packageName: string;
  procuringEntity: string;
  method: ProcurementMethod;
  budget: string;
  summary: string;
  publishedDate: string;
  bidClosingAt?: string;
  result?: { state: ProcurementResult; date: string; winner?: string; contractValue?: string; contractDuration?: string; note?: string };
}

const CITY = 'vung-tau';
const CITY_PMU = 'Ban Quản lý dự án đầu tư xây dựng thành phố Vũng Tàu';

const cityProjects: ProjectSeed[] = [
  {
    slug: 'mo-rong-duong-30-thang-4',
    site: CITY,
    name: 'Nâng cấp, mở rộng đường 30 Tháng 4 (đoạn từ vòng xoay Lê Hồng Phong đến cầu Rạch Bà)',
    field: 'giao-thong',
    investor: CITY_PMU,
    location: 'Phường Rạch Dừa, Phường 10, Phường 11',
    totalInvestment: '486500000000',
    capitalSource: 'ngan-sach-tinh',
    periodStart: 2024,
    periodEnd: 2027,
    state: 'dang-thuc-hien',
    summary: 'Mở rộng mặt đường lên 6 làn xe, xây dựng hệ thống thoát nước, vỉa hè, chiếu sáng và cây xanh trên tuyến dài 4,2 km, giảm ùn tắc giờ cao điểm ở cửa ngõ thành phố.',
    description: [
      'Dự án được HĐND tỉnh quyết định chủ trương đầu tư năm 2023, UBND thành phố phê duyệt dự án năm 2024. Quy mô gồm mặt đường rộng 24 m, vỉa hè mỗi bên 6 m, cống dọc thoát nước, hào kỹ thuật ngầm hóa đường dây điện, viễn thông.',
      'Công tác bồi thường, giải phóng mặt bằng liên quan 312 hộ dân; thành phố bố trí tái định cư tại khu tái định cư 10 ha Phường 10.',
    ],
    progress: [
      { date: '2024-09-15', text: 'Khởi công gói thầu xây lắp số 1 (đoạn từ vòng xoay Lê Hồng Phong đến đường Nguyễn Hữu Cảnh).', percent: 5 },
      { date: '2025-06-30', text: 'Hoàn thành bàn giao mặt bằng 85%; thi công xong cống dọc bên phải tuyến đoạn 1.', percent: 32 },
      { date: '2026-09-30', text: 'Thông xe 4 làn đoạn 1; đang thi công vỉa hè, chiếu sáng. Đoạn 2 còn 21 hộ chưa bàn giao mặt bằng.', percent: 58 },
    ],
  },
  {
    slug: 'truong-thcs-phuoc-thang',
    site: CITY,
    name: 'Xây dựng Trường THCS Phước Thắng (giai đoạn 2)',
    field: 'giao-duc',
    investor: CITY_PMU,
    location: 'Đường Võ Văn Kiệt, Phường 11',
    totalInvestment: '78900000000',
    capitalSource: 'ngan-sach-thanh-pho',
    periodStart: 2023,
    periodEnd: 2025,
    state: 'hoan-thanh',
    summary: 'Xây dựng khối 16 phòng học, nhà thể chất và khối phòng bộ môn, đáp ứng 1.200 học sinh, đạt chuẩn quốc gia mức độ 1.',
    description: ['Công trình cấp III, 4 tầng; trang thiết bị dạy học đầu tư đồng bộ cho các phòng bộ môn tin học, ngoại ngữ, khoa học tự nhiên.'],
    progress: [
      { date: '2023-10-02', text: 'Khởi công xây dựng.', percent: 0 },
      { date: '2024-12-20', text: 'Hoàn thành phần thô khối phòng học và nhà thể chất.', percent: 70 },
      { date: '2025-08-15', text: 'Nghiệm thu, bàn giao đưa vào sử dụng từ năm học 2025-2026.', percent: 100 },
    ],
  },
  {
    slug: 'trung-tam-y-te-khu-dieu-tri-noi-tru',
    site: CITY,
    name: 'Cải tạo, mở rộng khu điều trị nội trú Trung tâm Y tế thành phố Vũng Tàu',
    field: 'y-te',
    investor: 'Trung tâm Y tế thành phố Vũng Tàu',
    location: '278 Lê Lợi, Phường 7',
    totalInvestment: '52300000000',
    capitalSource: 'ngan-sach-tinh',
    periodStart: 2026,
    periodEnd: 2028,
    state: 'chuan-bi-dau-tu',
    summary: 'Cải tạo khu điều trị nội trú 120 giường, bổ sung khoa hồi sức tích cực và hệ thống khí y tế trung tâm.',
    description: ['Đang lập báo cáo nghiên cứu khả thi; dự kiến trình thẩm định trong quý I năm 2027.'],
    progress: [{ date: '2026-07-10', text: 'UBND tỉnh quyết định chủ trương đầu tư; lựa chọn đơn vị tư vấn lập báo cáo nghiên cứu khả thi.' }],
  },
  {
    slug: 'ke-chong-sat-lo-bai-truoc',
    site: CITY,
    name: 'Kè chống sạt lở và chỉnh trang cảnh quan bờ biển Bãi Trước',
    field: 'moi-truong',
    investor: CITY_PMU,
    location: 'Đường Quang Trung, Phường 1 và Phường Thắng Tam',
    totalInvestment: '215000000000',
    capitalSource: 'ngan-sach-trung-uong',
    periodStart: 2025,
    periodEnd: 2027,
    state: 'dang-thuc-hien',
    summary: 'Xây dựng 1,1 km kè mái nghiêng, tuyến đi bộ ven biển, hệ thống thu gom nước mưa tách riêng nước thải trước khi đổ ra biển.',
    description: ['Dự án thuộc chương trình ứng phó biến đổi khí hậu; kết hợp chỉnh trang Công viên Bãi Trước.'],
    progress: [
      { date: '2025-11-20', text: 'Khởi công; thi công cọc thí nghiệm đoạn đầu tuyến.', percent: 8 },
      { date: '2026-10-05', text: 'Hoàn thành 520 m kè; đang thi công tuyến thu gom nước mưa.', percent: 41 },
    ],
  },
  {
    slug: 'nha-van-hoa-thieu-nhi-thanh-pho',
    site: CITY,
    name: 'Nhà Văn hóa Thiếu nhi thành phố Vũng Tàu',
    field: 'van-hoa-the-thao',
    investor: CITY_PMU,
    location: 'Đường Lê Quý Đôn, Phường 1',
    totalInvestment: '64700000000',
    capitalSource: 'hon-hop',
    periodStart: 2024,
    periodEnd: 2026,
    state: 'tam-dung',
    summary: 'Hội trường 400 chỗ, các phòng năng khiếu, thư viện và sân chơi ngoài trời cho thiếu nhi thành phố.',
    description: ['Tạm dừng thi công để điều chỉnh thiết kế phòng cháy chữa cháy theo quy chuẩn mới; dự kiến tiếp tục sau khi điều chỉnh dự án được phê duyệt.'],
    progress: [
      { date: '2024-11-12', text: 'Khởi công.', percent: 0 },
      { date: '2025-12-01', text: 'Hoàn thành móng và khung tầng 1.', percent: 25 },
      { date: '2026-03-15', text: 'Tạm dừng thi công để điều chỉnh thiết kế phòng cháy chữa cháy.', percent: 27 },
    ],
  },
  {
    slug: 'chuyen-doi-so-mot-cua-thanh-pho',
    site: CITY,
    name: 'Nâng cấp hạ tầng công nghệ thông tin Bộ phận Một cửa thành phố và 17 phường, xã',
    field: 'cong-nghe-thong-tin',
    investor: 'Văn phòng HĐND và UBND thành phố Vũng Tàu',
    location: 'Trung tâm Hành chính thành phố và 17 phường, xã',
    totalInvestment: '9850000000',
    capitalSource: 'ngan-sach-thanh-pho',
    periodStart: 2026,
    periodEnd: 2026,
    state: 'dang-thuc-hien',
    summary: 'Trang bị máy tính, máy quét, kiosk tra cứu, hệ thống xếp hàng tự động và đường truyền dự phòng cho Bộ phận Một cửa các cấp.',
    description: [],
    progress: [{ date: '2026-08-20', text: 'Ký hợp đồng gói thầu mua sắm thiết bị; đang giao hàng, lắp đặt tại 9 phường.', percent: 45 }],
  },
];

const cityNotices: NoticeSeed[] = [
  {
    slug: 'xay-lap-doan-2-duong-30-thang-4',
    site: CITY,
    project: 'mo-rong-duong-30-thang-4',
    packageName: 'Gói thầu số 12: Thi công xây dựng đoạn 2 (từ đường Nguyễn Hữu Cảnh đến cầu Rạch Bà)',
    procuringEntity: CITY_PMU,
    method: 'dau-thau-rong-rai',
    budget: '198400000000',
    summary: 'Thi công nền, mặt đường, cống thoát nước, vỉa hè đoạn 2 dài 2,1 km. Thời gian thực hiện hợp đồng 540 ngày. Phát hành hồ sơ mời thầu qua Hệ thống mạng đấu thầu quốc gia.',
    publishedDate: '2025-03-10',
    bidClosingAt: '2025-04-10T02:00:00Z',
    result: {
      state: 'trung-thau',
      date: '2025-05-22',
      winner: 'Liên danh Công ty Cổ phần Xây dựng Công trình giao thông Bà Rịa - Vũng Tàu và Công ty TNHH Xây dựng Hải Đăng',
      contractValue: '191250000000',
      contractDuration: '540 ngày',
    },
  },
  {
    slug: 'tu-van-giam-sat-ke-bai-truoc',
    site: CITY,
    project: 'ke-chong-sat-lo-bai-truoc',
    packageName: 'Gói thầu số 05: Tư vấn giám sát thi công xây dựng kè Bãi Trước',
    procuringEntity: CITY_PMU,
    method: 'chi-dinh-thau',
    budget: '3420000000',
    summary: 'Giám sát thi công xây dựng và lắp đặt thiết bị toàn bộ công trình kè và tuyến thu gom nước mưa.',
    publishedDate: '2025-09-02',
    result: { state: 'trung-thau', date: '2025-09-25', winner: 'Công ty Cổ phần Tư vấn Xây dựng Miền Đông', contractValue: '3380000000', contractDuration: 'Theo tiến độ thi công' },
  },
  {
    slug: 'mua-sam-thiet-bi-mot-cua-2026',
    site: CITY,
    project: 'chuyen-doi-so-mot-cua-thanh-pho',
    packageName: 'Mua sắm thiết bị công nghệ thông tin cho Bộ phận Một cửa năm 2026',
    procuringEntity: 'Văn phòng HĐND và UBND thành phố Vũng Tàu',
    method: 'chao-hang-canh-tranh',
    budget: '4760000000',
    summary: '120 máy tính để bàn, 36 máy quét tài liệu, 18 kiosk tra cứu thủ tục hành chính, hệ thống xếp hàng tự động cho 18 điểm.',
    publishedDate: '2026-06-15',
    bidClosingAt: '2026-06-25T03:00:00Z',
    result: { state: 'trung-thau', date: '2026-07-20', winner: 'Công ty TNHH Giải pháp Công nghệ Sao Biển', contractValue: '4512000000', contractDuration: '60 ngày' },
  },
  {
    slug: 'tu-van-lap-bao-cao-kha-thi-trung-tam-y-te',
    site: CITY,
    project: 'trung-tam-y-te-khu-dieu-tri-noi-tru',
    packageName: 'Tư vấn lập báo cáo nghiên cứu khả thi cải tạo khu điều trị nội trú',
    procuringEntity: 'Trung tâm Y tế thành phố Vũng Tàu',
    method: 'dau-thau-rong-rai',
    budget: '1150000000',
    summary: 'Khảo sát hiện trạng, lập báo cáo nghiên cứu khả thi và thiết kế cơ sở. Nhà thầu nộp hồ sơ dự thầu qua mạng.',
    publishedDate: '2026-10-20',
    bidClosingAt: '2026-11-05T02:00:00Z',
  },
];

/** Small works a ward runs itself (ngân sách phường, xã): one per ward, a second for every third. */
const wardTemplates: Array<Omit<ProjectSeed, 'slug' | 'site' | 'investor' | 'location'> & { key: string; place: string }> = [
  {
    key: 'chinh-trang-hem',
    place: 'Các hẻm khu phố 3',
    name: 'Chỉnh trang, bê tông hóa các hẻm khu phố 3',
    field: 'do-thi',
    totalInvestment: '1850000000',
    capitalSource: 'ngan-sach-phuong-xa',
    periodStart: 2026,
    periodEnd: 2026,
    state: 'dang-thuc-hien',
    summary: 'Bê tông hóa mặt hẻm, lắp đặt cống thoát nước và đèn chiếu sáng cho 6 hẻm với tổng chiều dài 820 m; Nhân dân đóng góp hiến đất, ngày công.',
    description: [],
    progress: [{ date: '2026-09-10', text: 'Hoàn thành 4 trên 6 hẻm; đang thi công hệ thống chiếu sáng.', percent: 60 }],
  },
  {
    key: 'truong-mam-non',
    place: 'Trường Mầm non của phường',
    name: 'Sửa chữa, cải tạo Trường Mầm non và sân chơi cho trẻ',
    field: 'giao-duc',
    totalInvestment: '2400000000',
    capitalSource: 'ngan-sach-thanh-pho',
    periodStart: 2025,
    periodEnd: 2025,
    state: 'hoan-thanh',
    summary: 'Chống thấm mái, thay hệ thống điện, cải tạo nhà vệ sinh và làm mới sân chơi ngoài trời cho 250 trẻ.',
    description: [],
    progress: [{ date: '2025-08-05', text: 'Nghiệm thu, đưa vào sử dụng trước năm học mới.', percent: 100 }],
  },
  {
    key: 'cong-thoat-nuoc',
    place: 'Tuyến cống thoát nước khu dân cư',
    name: 'Nạo vét, cải tạo tuyến cống thoát nước chống ngập cục bộ',
    field: 'moi-truong',
    totalInvestment: '960000000',
    capitalSource: 'ngan-sach-phuong-xa',
    periodStart: 2026,
    periodEnd: 2027,
    state: 'chuan-bi-dau-tu',
    summary: 'Nạo vét 450 m cống hộp, thay nắp hố ga và xây thêm 2 cửa xả để chống ngập khi triều cường kết hợp mưa lớn.',
    description: [],
    progress: [],
  },
];

const wardProjects: ProjectSeed[] = wards.flatMap((ward, i) => {
  const picks = i % 3 === 0 ? [i % wardTemplates.length, (i + 1) % wardTemplates.length] : [i % wardTemplates.length];
  return picks.map((pick) => {
    const { key, place, ...template } = wardTemplates[pick];
    return {
      ...template,
      slug: `${ward.slug}-${key}`,
      site: ward.slug,
      name: `${template.name}, ${ward.shortName}`,
      investor: `UBND ${ward.shortName}`,
      location: `${place}, ${ward.shortName}`,
    };
  });
});

export const projects: ProjectSeed[] = [...cityProjects, ...wardProjects];

/** A ward's small package, for the first ward: bought directly, with its result. */
export const notices: NoticeSeed[] = [
  ...cityNotices,
  {
    slug: 'phuong-1-thi-cong-chinh-trang-hem',
    site: 'phuong-1',
    project: 'phuong-1-chinh-trang-hem',
    packageName: 'Thi công chỉnh trang các hẻm khu phố 3, Phường 1',
    procuringEntity: 'UBND Phường 1',
    method: 'chi-dinh-thau',
    budget: '1620000000',
    summary: 'Thi công bê tông mặt hẻm, cống thoát nước và chiếu sáng; thời gian thực hiện 120 ngày.',
    publishedDate: '2026-04-08',
    result: { state: 'trung-thau', date: '2026-04-28', winner: 'Công ty TNHH Xây dựng Thương mại Phước Lộc', contractValue: '1598000000', contractDuration: '120 ngày' },
  },
];
