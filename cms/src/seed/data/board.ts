import { addDaysTo, previousMonth, vietnamDate, vietnamMonth } from '../../plugins/workflow/server/board/state';

/**
 * The board's month in the demo: each month's direction for the city portal and Phường 7 (topics
 * from the 2024 communication plan, seed 000: its columns "Cải cách hành chính, dịch vụ hành chính
 * công", "Chuyển đổi số", "Thành phố du lịch, thành phố sự kiện" and the brand "Thành phố du lịch
 * sạch ASEAN"), and assignments in every state.
 */

export const BOARD_SITES = ['vung-tau', 'phuong-7'] as const;

export interface DirectionSeed {
  site: string;
  month: string;
  title: string;
  summary: string;
  topics: Array<{ title: string; details: string; dueOn: string }>;
  events: Array<{ on: string; title: string }>;
}

/** Days of the year the board's directions name, by month (national days and anniversaries). */
const KEY_DAYS: Record<number, Array<[day: number, title: string]>> = {
  1: [[9, 'Ngày truyền thống học sinh, sinh viên Việt Nam']],
  2: [[3, 'Ngày thành lập Đảng Cộng sản Việt Nam']],
  3: [
    [8, 'Ngày Quốc tế Phụ nữ'],
    [26, 'Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh'],
  ],
  4: [[30, 'Ngày Giải phóng miền Nam, thống nhất đất nước']],
  5: [
    [1, 'Ngày Quốc tế Lao động'],
    [19, 'Ngày sinh Chủ tịch Hồ Chí Minh'],
  ],
  6: [[28, 'Ngày Gia đình Việt Nam']],
  7: [[27, 'Ngày Thương binh - Liệt sĩ']],
  8: [[19, 'Ngày Cách mạng tháng Tám thành công']],
  9: [[2, 'Ngày Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam']],
  10: [
    [13, 'Ngày Doanh nhân Việt Nam'],
    [20, 'Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam'],
  ],
  11: [
    [9, 'Ngày Pháp luật Việt Nam'],
    [18, 'Ngày hội Đại đoàn kết toàn dân tộc'],
    [20, 'Ngày Nhà giáo Việt Nam'],
  ],
  12: [
    [19, 'Ngày Toàn quốc kháng chiến'],
    [22, 'Ngày thành lập Quân đội nhân dân Việt Nam'],
  ],
};

const TOPICS: Array<{ title: string; details: string }> = [
  {
    title: 'Cải cách hành chính, dịch vụ hành chính công',
    details: 'Kết quả giải quyết thủ tục hành chính, gương cán bộ tận tụy phục vụ nhân dân, dịch vụ công trực tuyến toàn trình.',
  },
  {
    title: 'Chuyển đổi số',
    details: 'Định danh điện tử VNeID, thanh toán không dùng tiền mặt, tổ công nghệ số cộng đồng ở khu phố.',
  },
  {
    title: 'Vũng Tàu - Thành phố du lịch sạch ASEAN',
    details: 'Giữ gìn vệ sinh bãi biển, ứng xử văn minh với du khách, các sự kiện văn hóa, thể thao trong tháng.',
  },
];

const monthLabel = (month: string): string => `${Number(month.slice(5))}/${month.slice(0, 4)}`;

const directionOf = (site: string, month: string): DirectionSeed => {
  const where = site === 'phuong-7' ? 'Phường 7' : 'thành phố Vũng Tàu';
  return {
    site,
    month,
    title: `Định hướng tuyên truyền tháng ${monthLabel(month)} - ${site === 'phuong-7' ? 'Phường 7' : 'Cổng TTĐT thành phố'}`,
    summary: `Ban biên tập định hướng các chủ đề trọng tâm của ${where} trong tháng ${monthLabel(month)}; tin, bài gửi về Ban biên tập trước hạn của từng chủ đề.`,
    topics: TOPICS.map((topic, i) => ({ ...topic, dueOn: `${month}-${String(10 + 5 * i).padStart(2, '0')}` })),
    events: (KEY_DAYS[Number(month.slice(5))] ?? []).map(([day, title]) => ({ on: `${month}-${String(day).padStart(2, '0')}`, title })),
  };
};

/** This month's (the seed's `now`, Vietnam) and last month's directions of each board site. */
export const directionSeeds = (now: Date): DirectionSeed[] => {
  const month = vietnamMonth(now);
  return BOARD_SITES.flatMap((site) => [directionOf(site, previousMonth(month)), directionOf(site, month)]);
};

/** Which article (and in which workflow state) stands behind an assignment's demo state. */
export type AssignmentArticle = 'none' | 'draft' | 'submitted' | 'published';

export interface AssignmentSeed {
  site: string;
  title: string;
  details: string;
  /** To the site's demo contributor, or to a unit of the site. */
  to: 'contributor' | 'unit';
  dueOn: string;
  cancelled: boolean;
  article: AssignmentArticle;
}

/**
 * One assignment in each state per board site, due around `today` (the real day, so "Quá hạn"
 * shows whenever the demo is seeded): not started, in writing, submitted, published, cancelled,
 * overdue.
 */
export const assignmentSeeds = (today: Date): AssignmentSeed[] => {
  const day = vietnamDate(today);
  const rows: Array<Omit<AssignmentSeed, 'site'> & { where: (site: string) => string }> = [
    {
      where: (s) => `Kết quả giải quyết thủ tục hành chính tháng này ở ${s}`,
      title: '',
      details: 'Số hồ sơ tiếp nhận, trả đúng hạn, dịch vụ công trực tuyến; ảnh bộ phận một cửa.',
      to: 'contributor',
      dueOn: addDaysTo(day, 12),
      cancelled: false,
      article: 'none',
    },
    {
      where: (s) => `Tổ công nghệ số cộng đồng ${s} hướng dẫn người dân cài VNeID`,
      title: '',
      details: 'Tin ảnh về buổi hướng dẫn ở khu phố, số người được hỗ trợ.',
      to: 'contributor',
      dueOn: addDaysTo(day, 6),
      cancelled: false,
      article: 'draft',
    },
    {
      where: (s) => `Ra quân làm sạch bãi biển, hưởng ứng "Thành phố du lịch sạch ASEAN" (${s})`,
      title: '',
      details: 'Phóng sự ảnh, 5–8 ảnh có chú thích.',
      to: 'unit',
      dueOn: addDaysTo(day, 3),
      cancelled: false,
      article: 'submitted',
    },
    {
      where: (s) => `Gương người tốt việc tốt tháng này ở ${s}`,
      title: '',
      details: 'Bài viết 600–800 chữ, có ảnh nhân vật.',
      to: 'contributor',
      dueOn: addDaysTo(day, -5),
      cancelled: false,
      article: 'published',
    },
    {
      where: (s) => `Hội thi ẩm thực đường phố ${s} (đã hoãn)`,
      title: '',
      details: 'Sự kiện đã hoãn sang năm sau nên không cần viết.',
      to: 'unit',
      dueOn: addDaysTo(day, 9),
      cancelled: true,
      article: 'none',
    },
    {
      where: (s) => `Tiến độ chỉnh trang vỉa hè, chiếu sáng ở ${s}`,
      title: '',
      details: 'Tin ngắn, cập nhật tiến độ và thời gian hoàn thành dự kiến.',
      to: 'contributor',
      dueOn: addDaysTo(day, -2),
      cancelled: false,
      article: 'none',
    },
  ];
  return BOARD_SITES.flatMap((site) =>
    rows.map(({ where, ...row }) => ({ ...row, site, title: where(site === 'phuong-7' ? 'Phường 7' : 'thành phố') }))
  );
};
