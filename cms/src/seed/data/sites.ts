import type { BoardMemberSeed, ContactSeed, NavItemSeed, SiteSeed } from '../types';
import { banners } from './banners';
import { wards, type WardProfile } from './wards';

const WORKING_HOURS = 'Thứ Hai - Thứ Sáu: 7h30 - 11h30, 13h30 - 17h00';
const WORKING_HOURS_EN = 'Monday to Friday: 7:30–11:30 and 13:30–17:00';
const CITY_DOMAIN = 'vungtau.baria-vungtau.gov.vn';
const PROVINCE = 'thành phố Vũng Tàu, tỉnh Bà Rịa - Vũng Tàu';
const PROVINCE_EN = 'Vung Tau City, Ba Ria - Vung Tau Province';

/**
 * A ward's name inside a sentence. Nghị định 30/2020/NĐ-CP keeps the capital on "Phường" only
 * when the name is a number or a person's name (Phường 7, Phường Nguyễn An Ninh); otherwise the
 * common noun is lower case (phường Thắng Tam, xã Long Sơn).
 */
export const nameInText = (shortName: string): string =>
  /^(Phường|Xã) (\d+|Nguyễn An Ninh)$/.test(shortName)
    ? shortName
    : shortName.charAt(0).toLowerCase() + shortName.slice(1);

const headerItems: Array<[string, string]> = [
  ['Trang chủ', '/'],
  ['Giới thiệu', '/gioi-thieu'],
  ['Tin tức', '/chuyen-muc/tin-tuc-su-kien'],
  ['Văn bản', '/van-ban'],
  ['Liên hệ', '/lien-he'],
];

const statePortals: Array<[string, string]> = [
  ['Cổng TTĐT Chính phủ', 'https://chinhphu.vn'],
  ['Cổng Dịch vụ công quốc gia', 'https://dichvucong.gov.vn'],
  ['Cổng TTĐT tỉnh Bà Rịa - Vũng Tàu', 'https://baria-vungtau.gov.vn'],
  ['Cổng dịch vụ công tỉnh', 'https://dichvucong.baria-vungtau.gov.vn'],
];

const footerItems: Array<[string, string]> = [
  ['Giới thiệu', '/gioi-thieu'],
  ['Cơ cấu tổ chức', '/co-cau-to-chuc'],
  ['Thông tin liên hệ', '/chuyen-muc/thong-tin-lien-he'],
  ['Hỏi đáp', '/hoi-dap'],
  ['Lịch công tác', '/lich-cong-tac'],
  ['Dự án, đấu thầu, mua sắm công', '/du-an'],
  ['Dự thảo lấy ý kiến góp ý', '/chuyen-muc/du-thao-lay-y-kien-gop-y'],
  ['Dịch vụ công trực tuyến', '/dich-vu-cong'],
  ['Thống kê', '/thong-ke'],
];

/** The same header, state-portal and footer links on all 18 sites; wards also link up to the city. */
const navigation = (isWard: boolean): NavItemSeed[] => {
  const toItems = (items: Array<[string, string]>, placement: NavItemSeed['placement']): NavItemSeed[] =>
    items.map(([label, url], order) => ({ label, url, placement, order }));
  const footer = isWard ? [...footerItems, ['Cổng TTĐT thành phố Vũng Tàu', `https://${CITY_DOMAIN}`] as [string, string]] : footerItems;
  return [...toItems(headerItems, 'header'), ...toItems(statePortals, 'state-portals'), ...toItems(footer, 'footer')];
};

const cityBoard: Array<[string, BoardMemberSeed['role'], string, string]> = [
  ['Trần Quốc Hưng', 'head', 'Phó Chủ tịch UBND thành phố', "Vice Chair of the City People's Committee"],
  ['Nguyễn Thanh Tùng', 'deputy-head', 'Trưởng phòng Văn hóa và Thông tin', 'Head of the Division of Culture and Information'],
  ['Phạm Minh Tâm', 'deputy-head', 'Chánh Văn phòng HĐND và UBND thành phố', "Chief of the Office of the City People's Council and People's Committee"],
  ['Lê Hoàng Phúc', 'member', 'Phó Trưởng phòng Văn hóa và Thông tin', 'Deputy Head of the Division of Culture and Information'],
  ['Đặng Thị Kim Loan', 'member', 'Phó Chánh Văn phòng HĐND và UBND thành phố', "Deputy Chief of the Office of the City People's Council and People's Committee"],
  ['Huỳnh Văn Lợi', 'member', 'Phó Giám đốc Trung tâm Văn hóa, Thông tin và Thể thao', 'Deputy Director of the Centre for Culture, Information and Sports'],
  ['Bùi Thị Thu Trang', 'member', 'Phó Trưởng phòng Tài chính - Kế hoạch', 'Deputy Head of the Division of Finance and Planning'],
  ['Ngô Minh Khoa', 'secretariat', 'Chuyên viên Phòng Văn hóa và Thông tin', 'Officer of the Division of Culture and Information'],
  ['Trịnh Thị Mỹ Duyên', 'secretariat', 'Chuyên viên Văn phòng HĐND và UBND thành phố, phụ trách quản trị Cổng TTĐT', "Officer of the Office of the City People's Council and People's Committee, administrator of the portal"],
];

const citySite: SiteSeed = {
  slug: 'vung-tau',
  name: 'Cổng thông tin điện tử thành phố Vũng Tàu',
  nameEn: 'Vung Tau City Web Portal',
  shortName: 'Thành phố Vũng Tàu',
  kind: 'city',
  domain: CITY_DOMAIN,
  tagline: 'Kênh thông tin chính thống của chính quyền thành phố Vũng Tàu - Thành phố du lịch, thành phố sự kiện',
  taglineEn: 'The official information channel of the Vung Tau city government – a city of tourism and events',
  introduction: [
    'Thành phố Vũng Tàu là đô thị loại I trực thuộc tỉnh Bà Rịa - Vũng Tàu, nằm trên bán đảo cùng tên, ba mặt giáp biển, gồm 16 phường và 01 xã. Với lợi thế về biển, cảng biển, dịch vụ dầu khí và du lịch, thành phố là trung tâm kinh tế, văn hóa, du lịch quan trọng của tỉnh và khu vực Đông Nam Bộ.',
    'Cổng thông tin điện tử thành phố Vũng Tàu được xây dựng, đưa vào hoạt động từ tháng 12/2012 và nhiều lần được nâng cấp. Cổng hoạt động theo Quy chế tổ chức, quản lý ban hành kèm theo Quyết định số 8083/QĐ-UBND ngày 01/12/2023 của UBND thành phố Vũng Tàu, tích hợp các Trang thông tin điện tử thành phần của 17 phường, xã.',
    'Cổng cung cấp thông tin về hoạt động của Đảng bộ, chính quyền và Nhân dân thành phố; công tác chỉ đạo, điều hành của UBND thành phố; hệ thống văn bản quy phạm pháp luật, văn bản hành chính; thủ tục hành chính và liên kết đến Cổng Dịch vụ công quốc gia, Cổng dịch vụ công tỉnh. Đây cũng là kênh tương tác hai chiều giữa chính quyền với người dân, doanh nghiệp và du khách.',
  ],
  introductionEn: [
    'Vung Tau is a grade-I city of Ba Ria - Vung Tau Province, on the peninsula of the same name, bounded by the sea on three sides, with 16 wards and 1 commune. With its sea, seaports, oil and gas services and tourism, it is an important economic, cultural and tourist centre of the province and of the South East region of Viet Nam.',
    "The Vung Tau City Web Portal went online in December 2012 and has been upgraded several times. It operates under the regulation issued with Decision No. 8083/QĐ-UBND of 1 December 2023 of the Vung Tau City People's Committee, and brings together the information websites of the city's 16 wards and 1 commune.",
    "The portal publishes news of the Party, the authorities and the people of the city; the direction and administration of the City People's Committee; legal and administrative documents; and administrative procedures, with links to the National Public Service Portal and the provincial public service portal. It is also a two-way channel between the authorities and residents, businesses and visitors.",
  ],
  contact: {
    address: `89 Lý Thường Kiệt, Phường 1, ${PROVINCE}`,
    addressEn: `89 Ly Thuong Kiet Street, Ward 1, ${PROVINCE_EN}`,
    phone: '0254 3852 424',
    email: 'bbtcongttdt@baria-vungtau.gov.vn',
    hotline: '0254 3856 116',
    website: `https://${CITY_DOMAIN}`,
    workingHours: WORKING_HOURS,
    workingHoursEn: WORKING_HOURS_EN,
  },
  editorialBoard: cityBoard.map(([fullName, role, position, positionEn], order) => ({ fullName, role, position, positionEn, order })),
  navigation: navigation(false),
  banners: banners('city'),
};

/** Positions (Vietnamese, English) of the officers list on a ward board, in the order of `WardOfficials.officers`. */
const officerPositions = (ward: WardProfile): Array<[string, string]> => [
  ['Công chức Văn hóa - Xã hội', 'Culture and Social Affairs Officer'],
  ['Công chức Tư pháp - Hộ tịch', 'Justice and Civil Status Officer'],
  ward.kind === 'commune'
    ? ['Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường', 'Land, Agriculture, Construction and Environment Officer']
    : ['Công chức Địa chính - Xây dựng', 'Land and Construction Officer'],
  [`Bí thư Đoàn TNCS Hồ Chí Minh ${nameInText(ward.shortName)}`, `Secretary of the Ho Chi Minh Communist Youth Union of ${ward.en.place}`],
];

const wardBoard = (ward: WardProfile): BoardMemberSeed[] => {
  const place = nameInText(ward.shortName);
  const committeeEn = `the People's Committee of ${ward.en.place}`;
  const [cultureOfficer, ...otherOfficers] = ward.officers;
  const positions = officerPositions(ward);
  const chair = { position: `Chủ tịch UBND ${place}`, positionEn: `Chair of ${committeeEn}` };
  const viceChair = { position: `Phó Chủ tịch UBND ${place}`, positionEn: `Vice Chair of ${committeeEn}` };
  const rows: Array<Omit<BoardMemberSeed, 'order'>> = [
    ward.boardChairedByVice ? { fullName: ward.viceChairmen[0], role: 'head', ...viceChair } : { fullName: ward.chairman, role: 'head', ...chair },
    ...(ward.boardChairedByVice ? [] : [{ fullName: ward.viceChairmen[0], role: 'deputy-head' as const, ...viceChair }]),
    { fullName: cultureOfficer, role: 'deputy-head', position: positions[0][0], positionEn: positions[0][1] },
    {
      fullName: ward.frontChair,
      role: 'member',
      position: `Chủ tịch Ủy ban MTTQ Việt Nam ${place}`,
      positionEn: `Chair of the Viet Nam Fatherland Front Committee of ${ward.en.place}`,
    },
    ...otherOfficers.map((fullName, i) => ({ fullName, role: 'member' as const, position: positions[i + 1][0], positionEn: positions[i + 1][1] })),
    ...ward.secretariat.map((fullName, i) => ({
      fullName,
      role: 'secretariat' as const,
      ...(i === 0
        ? { position: 'Công chức Văn phòng - Thống kê', positionEn: 'Office and Statistics Officer' }
        : { position: 'Nhân viên hợp đồng phụ trách công nghệ thông tin', positionEn: 'Information technology assistant' }),
    })),
  ];
  return rows.map((row, order) => ({ ...row, order }));
};

const wardContact = (ward: WardProfile): ContactSeed => ({
  address: `${ward.address}, ${nameInText(ward.shortName)}, ${PROVINCE}`,
  addressEn: `${ward.en.street}, ${ward.en.place}, ${PROVINCE_EN}`,
  phone: ward.phone,
  email: `${ward.mailbox}@baria-vungtau.gov.vn`,
  hotline: ward.hotline,
  website: `https://${ward.slug}.${CITY_DOMAIN}`,
  workingHours: WORKING_HOURS,
  workingHoursEn: WORKING_HOURS_EN,
});

const wardSite = (ward: WardProfile): SiteSeed => {
  const place = nameInText(ward.shortName);
  return {
    slug: ward.slug,
    name: `Trang thông tin điện tử ${ward.shortName}`,
    nameEn: `${ward.en.place} Information Website`,
    shortName: ward.shortName,
    kind: ward.kind,
    domain: `${ward.slug}.${CITY_DOMAIN}`,
    tagline: ward.tagline,
    taglineEn: ward.en.tagline,
    introduction: [
      ...ward.about,
      `Trang thông tin điện tử ${place} là Trang thông tin điện tử thành phần của Cổng thông tin điện tử thành phố Vũng Tàu, hoạt động theo Quy chế ban hành kèm theo Quyết định số 8083/QĐ-UBND ngày 01/12/2023 của UBND thành phố Vũng Tàu. Trang do Ban biên tập của UBND ${place} quản lý, cung cấp thông tin về hoạt động chỉ đạo, điều hành, thủ tục hành chính và đời sống của Nhân dân trên địa bàn; các sự kiện lớn của địa phương được gửi về Ban biên tập Cổng thông tin điện tử thành phố để đăng tải.`,
    ],
    introductionEn: [
      ...ward.en.about,
      `The ${ward.en.place} Information Website is a component site of the Vung Tau City Web Portal, operating under the regulation issued with Decision No. 8083/QĐ-UBND of 1 December 2023 of the Vung Tau City People's Committee. It is run by the editorial board of the ${ward.en.place} People's Committee and publishes the ${ward.kind}'s direction and administration, administrative procedures and news of local life; major local events are also sent to the editorial board of the city portal.`,
    ],
    contact: wardContact(ward),
    editorialBoard: wardBoard(ward),
    navigation: navigation(true),
    banners: banners('ward'),
    parent: 'vung-tau',
  };
};

/** The city portal first, then the 17 component sites in the order the city's documents list them. */
export const sites: SiteSeed[] = [citySite, ...wards.map(wardSite)];

/** Ward profiles by site slug, so the units name the same chairman the site's board does, in both languages. */
export const wardProfiles: ReadonlyMap<string, WardProfile> = new Map(wards.map((ward) => [ward.slug, ward]));
