/**
 * Projects, investment and procurement (dự án, đầu tư, đấu thầu, mua sắm công; Nghị định
 * 42/2022/NĐ-CP, Điều 4): the vocabularies of their fields, the same keys in the CMS's schemas
 * (enumerations), its admin's labels and search records, and on the sites' pages and URLs.
 */

/** A project's field (lĩnh vực): the key is the URL facet value, the value its Vietnamese name. */
export const PROJECT_FIELDS = {
  'giao-thong': 'Giao thông',
  'do-thi': 'Đô thị, chỉnh trang đô thị',
  'giao-duc': 'Giáo dục',
  'y-te': 'Y tế',
  'van-hoa-the-thao': 'Văn hóa, thể thao',
  'moi-truong': 'Môi trường',
  'thuy-loi': 'Thủy lợi, phòng chống thiên tai',
  'du-lich': 'Du lịch',
  'cong-nghe-thong-tin': 'Công nghệ thông tin, chuyển đổi số',
  'quoc-phong-an-ninh': 'Quốc phòng, an ninh',
  khac: 'Lĩnh vực khác',
} as const;
export type ProjectField = keyof typeof PROJECT_FIELDS;

/** Where a project's money comes from (nguồn vốn). */
export const CAPITAL_SOURCES = {
  'ngan-sach-trung-uong': 'Ngân sách trung ương',
  'ngan-sach-tinh': 'Ngân sách tỉnh',
  'ngan-sach-thanh-pho': 'Ngân sách thành phố',
  'ngan-sach-phuong-xa': 'Ngân sách phường, xã',
  oda: 'Vốn ODA',
  ppp: 'Đối tác công tư (PPP)',
  'xa-hoi-hoa': 'Xã hội hóa',
  'hon-hop': 'Nhiều nguồn vốn',
} as const;
export type CapitalSource = keyof typeof CAPITAL_SOURCES;

/** Where a project stands. */
export const PROJECT_STATES = {
  'chuan-bi-dau-tu': 'Chuẩn bị đầu tư',
  'dang-thuc-hien': 'Đang thực hiện',
  'hoan-thanh': 'Hoàn thành',
  'tam-dung': 'Tạm dừng',
} as const;
export type ProjectState = keyof typeof PROJECT_STATES;

/** How a contractor is chosen (hình thức lựa chọn nhà thầu, Luật Đấu thầu 2023, Điều 20–29). */
export const PROCUREMENT_METHODS = {
  'dau-thau-rong-rai': 'Đấu thầu rộng rãi',
  'dau-thau-han-che': 'Đấu thầu hạn chế',
  'chao-hang-canh-tranh': 'Chào hàng cạnh tranh',
  'chi-dinh-thau': 'Chỉ định thầu',
  'mua-sam-truc-tiep': 'Mua sắm trực tiếp',
  'tu-thuc-hien': 'Tự thực hiện',
  'lua-chon-dac-biet': 'Lựa chọn nhà thầu trong trường hợp đặc biệt',
} as const;
export type ProcurementMethod = keyof typeof PROCUREMENT_METHODS;

/** The outcome of a procurement, once there is one. */
export const PROCUREMENT_RESULTS = {
  'trung-thau': 'Đã có nhà thầu trúng thầu',
  'huy-thau': 'Hủy thầu',
} as const;
export type ProcurementResult = keyof typeof PROCUREMENT_RESULTS;

/**
 * An amount in Vietnamese đồng as readers read it: "12.500.000.000 đồng". Amounts are stored as
 * big integers (the CMS's `biginteger`, a string in JSON), so they are formatted as digits, never
 * through a float.
 */
export const formatVnd = (amount: string | number | bigint): string => {
  const digits = BigInt(amount).toString();
  const negative = digits.startsWith('-');
  const grouped = (negative ? digits.slice(1) : digits).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${grouped} đồng`;
};
