import type { SiteSeed } from '../types';

/**
 * Overtime pay and the board's texts of the year-end report, after seed 001 (the city board's
 * 2023 report): "Chi trả làm thêm giờ trung bình khoản 03 triệu đồng/tháng cho các thành viên
 * trực tiếp làm công tác này". Sample amounts, the same on every run.
 */

export interface OvertimeSeed {
  site: string;
  month: string;
  staffName: string;
  hours: number;
  amount: number;
  note: string;
}

export interface YearNoteSeed {
  site: string;
  year: number;
  leadership: string;
  strengths: string;
  weaknesses: string;
  causes: string;
  direction: string;
}

/** The city's portal staff paid overtime: two or three a month, about 3 million đồng together. */
const CITY_STAFF = [
  { name: 'Hoàng Thị Thu', hours: [16, 14, 12], amount: [1_300_000, 1_150_000, 1_000_000] },
  { name: 'Bùi Văn Long', hours: [12, 10, 14], amount: [1_050_000, 900_000, 1_200_000] },
  { name: 'Nguyễn Văn Tâm', hours: [8, 10], amount: [700_000, 850_000] },
];

const monthsBefore = (now: Date, years: readonly number[]): string[] => {
  const current = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
  return years.flatMap((year) => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)).filter((m) => m < current);
};

/** Every month of the demo years before `now`: the city's staff, and Phường 7's one member. */
export const overtimeEntries = (now: Date, years: readonly number[] = [2024, 2025, 2026]): OvertimeSeed[] =>
  monthsBefore(now, years).flatMap((month, index) => {
    const cityStaff = index % 3 === 1 ? CITY_STAFF.slice(0, 2) : CITY_STAFF;
    const city = cityStaff.map((person, p) => ({
      site: 'vung-tau',
      month,
      staffName: person.name,
      hours: person.hours[(index + p) % person.hours.length] + (cityStaff.length === 2 ? 4 : 0),
      amount: person.amount[(index + p) % person.amount.length] + (cityStaff.length === 2 ? 400_000 : 0),
      note: 'Mẫu — trực, biên tập và đăng tin ngoài giờ',
    }));
    const ward = { site: 'phuong-7', month, staffName: 'Trần Văn Nam', hours: 6 + (index % 3), amount: 500_000 + (index % 3) * 100_000, note: 'Mẫu — đăng tin ngoài giờ' };
    return [...city, ward];
  });

/** The city board's texts for the year before `now`, adapted from its 2023 report. */
export const yearNotes = (sites: readonly SiteSeed[], now: Date): YearNoteSeed[] => {
  const year = now.getUTCFullYear() - 1;
  if (!sites.some((site) => site.slug === 'vung-tau')) return [];
  return [
    {
      site: 'vung-tau',
      year,
      leadership: [
        'Cổng TTĐT thành phố được xây dựng, đưa vào hoạt động từ tháng 12/2012, đã nhiều lần được nâng cấp; nay tích hợp các Trang thông tin điện tử thành phần của 17 phường, xã trên một nền tảng chung.',
        'Ban biên tập hoạt động theo Quy chế tổ chức, quản lý hoạt động của Cổng TTĐT thành phố ban hành kèm theo Quyết định số 8083/QĐ-UBND ngày 01/12/2023 của UBND thành phố; Trưởng ban phân công nhiệm vụ cho các thành viên để nâng cao hiệu quả hoạt động của Cổng.',
      ].join('\n\n'),
      strengths: [
        'Văn phòng HĐND và UBND thành phố, Phòng Văn hóa và Thông tin duy trì quản lý, cung cấp thông tin thường xuyên, kịp thời, chính xác trên Cổng, góp phần công khai, minh bạch hoạt động của các cơ quan nhà nước và cải cách hành chính.',
        'Cổng là kênh thông tin hai chiều giữa cơ quan nhà nước với tổ chức, cá nhân: tiếp nhận câu hỏi, góp ý dự thảo văn bản và trả lời công khai.',
      ].join('\n\n'),
      weaknesses: [
        'Việc cung cấp thông tin ở một số cơ quan, đơn vị còn chưa kịp thời, chưa mang tính thời sự; việc trích dẫn nguồn tin của một số cộng tác viên chưa đúng quy định.',
        'Mục "Hỏi đáp" chưa thu hút được nhiều người dân tham gia; việc đăng tải dự thảo lấy ý kiến ở một số Trang thành phần còn ít.',
      ].join('\n\n'),
      causes: [
        'Một số cơ quan, đơn vị chưa nhận thức đầy đủ vai trò của Cổng nên chưa quan tâm đúng mức đến việc viết tin, bài.',
        'Đội ngũ vận hành Cổng đều kiêm nhiệm, khối lượng công việc chuyên môn lớn, còn thiếu kỹ năng, nghiệp vụ tuyên truyền.',
      ].join('\n\n'),
      direction: [
        `1. Tiếp tục tăng cường công tác quản lý, vận hành, cung cấp đầy đủ thông tin trên Cổng theo Nghị định số 42/2022/NĐ-CP; các phường, xã duy trì đăng tin, bài trên Trang thành phần.`,
        `2. Tăng cường thông tin tuyên truyền theo sự kiện, chủ đề, chủ điểm; trọng tâm là nhiệm vụ chính trị, phát triển kinh tế - xã hội và các ngày lễ lớn của đất nước, của thành phố trong năm ${year + 1}.`,
        '3. Phối hợp với các ngành cung cấp quy hoạch, kế hoạch, đề án phát triển ngành, lĩnh vực; hướng dẫn liên kết đầy đủ đến Cổng Dịch vụ công của tỉnh.',
      ].join('\n\n'),
    },
  ];
};
