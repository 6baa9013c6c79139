import type { LegalDocumentSeed, SiteSeed } from '../types';
import { placeInText, placeName } from './demo-text';

/**
 * Drafts for public comment (dự thảo lấy ý kiến). Nghị định 42/2022/NĐ-CP wants the full text, the
 * deadline, the receiving agency's address and e-mail on the page; the 2023 report (seed 001)
 * notes the portals had too few of them. One open and one closed draft on the city portal and on
 * one ward site; the open ones close after the end of 2026.
 */

/** Where comments go: the site's own contact when the sites data gives one. */
const receiving = (site: SiteSeed, agency: string, fallbackAddress: string) => ({
  receivingAgency: agency,
  address: site.contact.address ?? fallbackAddress,
  email: site.contact.email ?? `gopy@${site.domain.replace(/^https?:\/\//, '').replace(/[:/].*$/, '')}`,
});

const cityDrafts = (city: SiteSeed): LegalDocumentSeed[] => {
  const agency = receiving(city, 'Phòng Văn hóa và Thông tin thành phố Vũng Tàu', '89 Lý Thường Kiệt, Phường 1, thành phố Vũng Tàu');
  const issuer = 'UBND thành phố Vũng Tàu';
  return [
    {
      number: 'DT-01/2026/UBND',
      kind: 'draft-for-comment',
      type: 'quyet-dinh',
      issuer,
      issuedDate: '2026-10-20',
      validity: 'in-force',
      field: 'Thông tin - Truyền thông',
      summary:
        'Dự thảo Quyết định ban hành Quy định chế độ nhuận bút, thù lao đối với tin, bài, ảnh đăng trên Cổng thông tin điện tử thành phố Vũng Tàu và các Trang thông tin điện tử thành phần',
      fullText: [
        'UBND thành phố Vũng Tàu đăng tải toàn văn dự thảo để lấy ý kiến góp ý của các cơ quan, đơn vị, tổ chức và cá nhân trước khi ban hành.',
        'Căn cứ Nghị định số 42/2022/NĐ-CP ngày 24 tháng 6 năm 2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng; căn cứ Quyết định số 8083/QĐ-UBND ngày 01/12/2023 của UBND thành phố Vũng Tàu;',
        'Điều 1. Phạm vi điều chỉnh: Quy định chế độ nhuận bút, thù lao đối với tin, bài, ảnh của cộng tác viên được Ban biên tập duyệt đăng trên Cổng thông tin điện tử thành phố và các Trang thông tin điện tử thành phần.',
        'Điều 2. Cách tính nhuận bút: nhuận bút bằng hệ số nhuận bút của thể loại (tin, tin ngắn, bài, phóng sự ảnh, ảnh) nhân với giá trị một đơn vị hệ số; tác phẩm có nhiều tác giả thì nhuận bút được chia theo tỷ lệ do các tác giả thỏa thuận.',
        'Điều 3. Chi trả: hằng tháng, Phòng Văn hóa và Thông tin tổng hợp danh sách tin, bài đã được Phó Trưởng ban kiểm duyệt và đăng tải, làm cơ sở chi trả nhuận bút cho cộng tác viên.',
        'Ý kiến góp ý gửi về Phòng Văn hóa và Thông tin thành phố bằng văn bản hoặc thư điện tử trước thời hạn kết thúc lấy ý kiến.',
      ],
      site: city.slug,
      commentWindow: { opensAt: '2026-10-22T01:00:00.000Z', closesAt: '2027-01-15T10:00:00.000Z', ...agency },
      postedAt: '2026-10-22T02:00:00.000Z',
    },
    {
      number: 'DT-02/2025/UBND',
      kind: 'draft-for-comment',
      type: 'ke-hoach',
      issuer,
      issuedDate: '2024-12-10',
      validity: 'expired',
      field: 'Thông tin - Truyền thông',
      summary: 'Dự thảo Kế hoạch truyền thông trên Cổng thông tin điện tử thành phố Vũng Tàu năm 2025',
      fullText: [
        'UBND thành phố Vũng Tàu lấy ý kiến góp ý đối với dự thảo Kế hoạch truyền thông trên Cổng thông tin điện tử thành phố năm 2025.',
        'I. MỤC ĐÍCH, YÊU CẦU: Cung cấp thông tin về hoạt động của Đảng bộ, chính quyền thành phố và hệ thống chính trị; từng bước hoàn thiện hệ thống thông tin hai chiều giữa chính quyền và người dân.',
        'II. NỘI DUNG: Duy trì các chuyên mục Tin tức, sự kiện; Cải cách hành chính; Tương tác với công dân; Chuyển đổi số; Thông tin cần biết, phòng chống dịch; Quy tắc ứng xử, văn minh đô thị; Thành phố du lịch, thành phố sự kiện; Hoạt động của UBMTTQ, các đoàn thể.',
        'III. TỔ CHỨC THỰC HIỆN: Các phòng, ban, đơn vị và UBND các phường, xã phân công cộng tác viên, gửi tin, bài về Ban biên tập theo quy định.',
      ],
      site: city.slug,
      commentWindow: { opensAt: '2024-12-12T01:00:00.000Z', closesAt: '2024-12-26T10:00:00.000Z', ...agency },
      commentResponse:
        'Văn phòng HĐND và UBND thành phố đã nhận 4 ý kiến góp ý. Cơ quan soạn thảo tiếp thu ý kiến về thời gian chuyển tiếp và việc nộp hồ sơ trực tuyến, bổ sung vào Kế hoạch; các ý kiến khác đã được giải trình tại từng ý kiến.',
      postedAt: '2024-12-12T02:00:00.000Z',
    },
  ];
};

const wardDrafts = (ward: SiteSeed): LegalDocumentSeed[] => {
  const name = placeInText(ward);
  const issuer = `UBND ${name}`;
  const agency = receiving(ward, `UBND ${name} (Văn phòng - Thống kê)`, `Trụ sở UBND ${name}, thành phố Vũng Tàu`);
  return [
    {
      number: 'DT-01/2026/UBND',
      kind: 'draft-for-comment',
      type: 'ke-hoach',
      issuer,
      issuedDate: '2026-10-26',
      validity: 'in-force',
      field: 'Xây dựng - Đô thị',
      summary: `Dự thảo Kế hoạch chỉnh trang các tuyến hẻm “sáng - xanh - sạch - đẹp” trên địa bàn ${name} năm 2027`,
      fullText: [
        `UBND ${name} lấy ý kiến nhân dân đối với dự thảo Kế hoạch chỉnh trang các tuyến hẻm trên địa bàn năm 2027.`,
        'I. MỤC ĐÍCH, YÊU CẦU: Huy động sức dân cùng với ngân sách nhà nước chỉnh trang hẻm, lắp đèn chiếu sáng, trồng cây xanh, góp phần xây dựng “Đô thị văn minh”.',
        'II. NỘI DUNG: Mỗi khu phố đăng ký ít nhất một tuyến hẻm; việc đóng góp của người dân trên tinh thần tự nguyện, công khai, minh bạch.',
        'III. TỔ CHỨC THỰC HIỆN: Ban điều hành các khu phố tổ chức lấy ý kiến hộ dân; Ủy ban MTTQ Việt Nam phường giám sát việc thực hiện.',
      ],
      site: ward.slug,
      commentWindow: { opensAt: '2026-10-28T01:00:00.000Z', closesAt: '2027-01-05T10:00:00.000Z', ...agency },
      postedAt: '2026-10-28T02:00:00.000Z',
    },
    {
      number: 'DT-01/2025/UBND',
      kind: 'draft-for-comment',
      type: 'quyet-dinh',
      issuer,
      issuedDate: '2025-03-03',
      validity: 'expired',
      field: 'Thông tin - Truyền thông',
      summary: `Dự thảo Quyết định ban hành Quy chế hoạt động của Ban biên tập Trang thông tin điện tử ${name}`,
      fullText: [
        `UBND ${name} lấy ý kiến góp ý đối với dự thảo Quy chế hoạt động của Ban biên tập Trang thông tin điện tử thành phần.`,
        'Căn cứ Quyết định số 8083/QĐ-UBND ngày 01/12/2023 của UBND thành phố Vũng Tàu về việc ban hành Quy chế tổ chức, quản lý hoạt động của Cổng thông tin điện tử thành phố Vũng Tàu và các Trang thông tin điện tử thành phần;',
        'Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Ban biên tập Trang thông tin điện tử phường.',
        'Điều 2. Ban biên tập có trách nhiệm kiểm duyệt tin, bài trước khi đăng; đối với các sự kiện lớn của địa phương, phân công cộng tác viên viết tin, bài gửi về Ban biên tập Cổng thông tin điện tử thành phố.',
      ],
      site: ward.slug,
      commentWindow: { opensAt: '2025-03-05T01:00:00.000Z', closesAt: '2025-03-20T10:00:00.000Z', ...agency },
      postedAt: '2025-03-05T02:00:00.000Z',
    },
  ];
};

/**
 * Drafts on the city portal and on Phường 7 (or the first ward when there is none); every other
 * ward has the past draft of its board's rules, so its "Dự thảo lấy ý kiến góp ý" section (a footer
 * link on every site) is never empty.
 */
export const draftsForComment = (city: SiteSeed | undefined, wards: readonly SiteSeed[]): LegalDocumentSeed[] => {
  const ward = wards.find((w) => placeName(w) === 'Phường 7') ?? wards[0];
  const others = wards.filter((w) => w !== ward).flatMap((w) => wardDrafts(w).filter((d) => d.number === 'DT-01/2025/UBND'));
  return [...(city ? cityDrafts(city) : []), ...(ward ? wardDrafts(ward) : []), ...others];
};
