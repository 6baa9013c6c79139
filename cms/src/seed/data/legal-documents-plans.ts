import type { LegalDocumentSeed, SiteSeed } from '../types';
import { isCity, placeInText } from './demo-text';

// Every site's categories of kind `documents` list documents (data/categories.ts): the plans and
// strategies section (Nghị định 42/2022/NĐ-CP, Điều 4) lists quy hoạch, chương trình, đề án, kế
// hoạch; the normative documents section a ward's own. The generated documents are random (a
// ward may draw none of these types), so each site gets these few. Symbols after Nghị định
// 30/2020/NĐ-CP, Phụ lục III: QH (quy hoạch), ĐA (đề án), CTr (chương trình); generated documents
// never use them.

const CITY_ISSUER = 'UBND thành phố Vũng Tàu';

const cityPlans = (site: SiteSeed): LegalDocumentSeed[] => [
  {
    number: '01/QH-UBND',
    kind: 'administrative',
    type: 'quy-hoach',
    issuer: CITY_ISSUER,
    issuedDate: '2025-09-15',
    validity: 'in-force',
    field: 'Xây dựng - Đô thị',
    summary: 'Quy hoạch phân khu tỷ lệ 1/2000 khu vực Bãi Sau, thành phố Vũng Tàu đến năm 2040',
    fullText: [
      'Phạm vi quy hoạch: khu vực Bãi Sau từ đường Phan Chu Trinh đến đường 3 Tháng 2, diện tích khoảng 520 ha.',
      'Tính chất: khu du lịch, dịch vụ nghỉ dưỡng ven biển gắn với khu dân cư hiện hữu được chỉnh trang; bảo đảm hành lang bảo vệ bờ biển và không gian công cộng dọc bãi tắm.',
      'Các cơ quan, đơn vị căn cứ quy hoạch được duyệt tổ chức công bố công khai, quản lý xây dựng theo quy hoạch./.',
    ],
    site: site.slug,
    postedAt: '2025-09-18T02:00:00.000Z',
  },
  {
    number: '02/ĐA-UBND',
    kind: 'administrative',
    type: 'de-an',
    issuer: CITY_ISSUER,
    issuedDate: '2025-06-10',
    validity: 'in-force',
    field: 'Chuyển đổi số',
    summary: 'Đề án chuyển đổi số thành phố Vũng Tàu giai đoạn 2025 - 2030, định hướng đến năm 2035',
    fullText: [
      'Mục tiêu: 100% hồ sơ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; 80% người dân trưởng thành sử dụng dịch vụ công trực tuyến.',
      'Nhiệm vụ trọng tâm: phát triển hạ tầng số, dữ liệu số dùng chung của thành phố; nâng cấp Cổng thông tin điện tử thành phố và các Trang thông tin điện tử thành phần.',
      'Kinh phí thực hiện từ ngân sách thành phố và nguồn xã hội hóa theo quy định./.',
    ],
    site: site.slug,
    postedAt: '2025-06-12T02:00:00.000Z',
  },
  {
    number: '05/CTr-UBND',
    kind: 'administrative',
    type: 'chuong-trinh',
    issuer: CITY_ISSUER,
    issuedDate: '2026-01-08',
    validity: 'in-force',
    field: 'Kinh tế - Xã hội',
    summary: 'Chương trình công tác năm 2026 của UBND thành phố Vũng Tàu',
    fullText: [
      'Chương trình gồm các nhiệm vụ trọng tâm về phát triển kinh tế - xã hội, quốc phòng, an ninh, cải cách hành chính và chuyển đổi số của thành phố năm 2026.',
      'Các phòng, ban và UBND các phường, xã xây dựng kế hoạch triển khai, báo cáo kết quả thực hiện hằng quý về Văn phòng HĐND và UBND thành phố./.',
    ],
    site: site.slug,
    postedAt: '2026-01-09T02:00:00.000Z',
  },
];

const wardPlans = (site: SiteSeed): LegalDocumentSeed[] => {
  const area = placeInText(site);
  const issuer = `UBND ${area}`;
  return [
    {
      number: '01/CTr-UBND',
      kind: 'administrative',
      type: 'chuong-trinh',
      issuer,
      issuedDate: '2026-01-12',
      validity: 'in-force',
      field: 'Kinh tế - Xã hội',
      summary: `Chương trình công tác năm 2026 của UBND ${area}`,
      fullText: [
        `Chương trình cụ thể hóa các chỉ tiêu phát triển kinh tế - xã hội năm 2026 của ${area}: thu ngân sách, chỉnh trang đô thị, an sinh xã hội, cải cách hành chính.`,
        'Các công chức chuyên môn, Ban điều hành các khu phố căn cứ chương trình triển khai thực hiện, báo cáo kết quả hằng tháng./.',
      ],
      site: site.slug,
      postedAt: '2026-01-13T02:00:00.000Z',
    },
    {
      number: '01/2026/QĐ-UBND',
      kind: 'normative',
      type: 'quyet-dinh',
      issuer,
      issuedDate: '2026-03-02',
      effectiveDate: '2026-03-15',
      validity: 'in-force',
      field: 'Văn hóa - Xã hội',
      summary: `Ban hành Quy định quản lý, sử dụng nhà văn hóa khu phố trên địa bàn ${area}`,
      fullText: [
        'Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;',
        `Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý, sử dụng nhà văn hóa khu phố trên địa bàn ${area}.`,
        'Điều 2. Quyết định có hiệu lực kể từ ngày 15 tháng 3 năm 2026./.',
      ],
      site: site.slug,
      postedAt: '2026-03-03T02:00:00.000Z',
    },
  ];
};

/** A few plans and programmes per site, and a ward's own normative decision. */
export const planDocuments = (sites: readonly SiteSeed[]): LegalDocumentSeed[] =>
  sites.flatMap((site) => (isCity(site) ? cityPlans(site) : wardPlans(site)));
