import type { BoardMemberSeed, ContactSeed, NavItemSeed, SiteSeed } from '../types';

/** The people of a ward the demo data names in more than one place (site board, unit leaders). */
export interface WardOfficials {
  /** Chủ tịch UBND. */
  chairman: string;
  /** Phó Chủ tịch UBND (1–2). */
  viceChairmen: string[];
  /** Chủ tịch Ủy ban MTTQ Việt Nam. */
  frontChair: string;
  /**
   * Officers on the editorial board, in this order: Công chức Văn hóa - Xã hội, Tư pháp - Hộ tịch,
   * Địa chính - Xây dựng, Bí thư Đoàn (the first 2–4).
   */
  officers: string[];
  /** Tổ thư ký: Công chức Văn phòng - Thống kê, then the IT contract staff (1–2). */
  secretariat: string[];
  /** Some wards give the board to the vice-chairman in charge of culture and society. */
  boardChairedByVice?: boolean;
}

interface WardProfile extends WardOfficials {
  slug: string;
  shortName: string;
  kind: 'ward' | 'commune';
  /** Local part of the UBND mailbox on baria-vungtau.gov.vn. */
  mailbox: string;
  address: string;
  phone: string;
  hotline: string;
  tagline: string;
  /** Paragraphs about the ward itself; the paragraph about the site is added for all. */
  about: string[];
}

const WORKING_HOURS = 'Thứ Hai - Thứ Sáu: 7h30 - 11h30, 13h30 - 17h00';
const CITY_DOMAIN = 'vungtau.baria-vungtau.gov.vn';
const PROVINCE = 'thành phố Vũng Tàu, tỉnh Bà Rịa - Vũng Tàu';

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
  ['Thông tin liên hệ', '/chuyen-muc/thong-tin-lien-he'],
  ['Hỏi đáp', '/chuyen-muc/hoi-dap'],
  ['Dự thảo lấy ý kiến góp ý', '/chuyen-muc/du-thao-lay-y-kien-gop-y'],
  ['Dịch vụ công trực tuyến', '/chuyen-muc/dich-vu-cong-truc-tuyen'],
];

/** The same header, state-portal and footer links on all 18 sites; wards also link up to the city. */
const navigation = (isWard: boolean): NavItemSeed[] => {
  const toItems = (items: Array<[string, string]>, placement: NavItemSeed['placement']): NavItemSeed[] =>
    items.map(([label, url], order) => ({ label, url, placement, order }));
  const footer = isWard ? [...footerItems, ['Cổng TTĐT thành phố Vũng Tàu', `https://${CITY_DOMAIN}`] as [string, string]] : footerItems;
  return [...toItems(headerItems, 'header'), ...toItems(statePortals, 'state-portals'), ...toItems(footer, 'footer')];
};

const cityBoard: Array<[string, BoardMemberSeed['role'], string]> = [
  ['Trần Quốc Hưng', 'head', 'Phó Chủ tịch UBND thành phố'],
  ['Nguyễn Thanh Tùng', 'deputy-head', 'Trưởng phòng Văn hóa và Thông tin'],
  ['Phạm Minh Tâm', 'deputy-head', 'Chánh Văn phòng HĐND và UBND thành phố'],
  ['Lê Hoàng Phúc', 'member', 'Phó Trưởng phòng Văn hóa và Thông tin'],
  ['Đặng Thị Kim Loan', 'member', 'Phó Chánh Văn phòng HĐND và UBND thành phố'],
  ['Huỳnh Văn Lợi', 'member', 'Phó Giám đốc Trung tâm Văn hóa, Thông tin và Thể thao'],
  ['Bùi Thị Thu Trang', 'member', 'Phó Trưởng phòng Tài chính - Kế hoạch'],
  ['Ngô Minh Khoa', 'secretariat', 'Chuyên viên Phòng Văn hóa và Thông tin'],
  ['Trịnh Thị Mỹ Duyên', 'secretariat', 'Chuyên viên Văn phòng HĐND và UBND thành phố, phụ trách quản trị Cổng TTĐT'],
];

const citySite: SiteSeed = {
  slug: 'vung-tau',
  name: 'Cổng thông tin điện tử thành phố Vũng Tàu',
  shortName: 'Thành phố Vũng Tàu',
  kind: 'city',
  domain: CITY_DOMAIN,
  tagline: 'Kênh thông tin chính thống của chính quyền thành phố Vũng Tàu - Thành phố du lịch, thành phố sự kiện',
  introduction: [
    'Thành phố Vũng Tàu là đô thị loại I trực thuộc tỉnh Bà Rịa - Vũng Tàu, nằm trên bán đảo cùng tên, ba mặt giáp biển, gồm 16 phường và 01 xã. Với lợi thế về biển, cảng biển, dịch vụ dầu khí và du lịch, thành phố là trung tâm kinh tế, văn hóa, du lịch quan trọng của tỉnh và khu vực Đông Nam Bộ.',
    'Cổng thông tin điện tử thành phố Vũng Tàu được xây dựng, đưa vào hoạt động từ tháng 12/2012 và nhiều lần được nâng cấp. Cổng hoạt động theo Quy chế tổ chức, quản lý ban hành kèm theo Quyết định số 8083/QĐ-UBND ngày 01/12/2023 của UBND thành phố Vũng Tàu, tích hợp các Trang thông tin điện tử thành phần của 17 phường, xã.',
    'Cổng cung cấp thông tin về hoạt động của Đảng bộ, chính quyền và Nhân dân thành phố; công tác chỉ đạo, điều hành của UBND thành phố; hệ thống văn bản quy phạm pháp luật, văn bản hành chính; thủ tục hành chính và liên kết đến Cổng Dịch vụ công quốc gia, Cổng dịch vụ công tỉnh. Đây cũng là kênh tương tác hai chiều giữa chính quyền với người dân, doanh nghiệp và du khách.',
  ],
  contact: {
    address: `89 Lý Thường Kiệt, Phường 1, ${PROVINCE}`,
    phone: '0254 3852 424',
    email: 'bbtcongttdt@baria-vungtau.gov.vn',
    hotline: '0254 3856 116',
    website: `https://${CITY_DOMAIN}`,
    workingHours: WORKING_HOURS,
  },
  editorialBoard: cityBoard.map(([fullName, role, position], order) => ({ fullName, role, position, order })),
  navigation: navigation(false),
};

const wards: WardProfile[] = [
  {
    slug: 'phuong-1', shortName: 'Phường 1', kind: 'ward', mailbox: 'ubndp1',
    address: '14 Lý Tự Trọng', phone: '0254 3852 137', hotline: '0918 352 101',
    tagline: 'Phường trung tâm bên Bãi Trước',
    about: [
      'Phường 1 nằm ở khu vực trung tâm lâu đời của thành phố Vũng Tàu, trải dọc Bãi Trước và chân Núi Lớn, nơi tập trung nhiều cơ quan hành chính, trường học, cơ sở thương mại, dịch vụ và những công trình gắn với lịch sử hình thành đô thị Vũng Tàu như Bạch Dinh, Công viên Bãi Trước.',
      'Kinh tế của phường chủ yếu là thương mại, dịch vụ và du lịch. Những năm gần đây, phường tập trung chỉnh trang đô thị, giữ gìn cảnh quan, vệ sinh môi trường trên các tuyến đường ven biển, xây dựng nếp sống văn minh đô thị gắn với chủ đề “Thành phố Vũng Tàu - Thành phố du lịch sạch ASEAN”.',
    ],
    chairman: 'Nguyễn Văn Hải', viceChairmen: ['Trần Thị Ngọc Lan', 'Lê Minh Đức'], frontChair: 'Phạm Văn Sáu',
    officers: ['Võ Thị Hồng Nhung', 'Đỗ Minh Trí', 'Huỳnh Thanh Sang'], secretariat: ['Nguyễn Thị Kiều Oanh', 'Trần Quốc Bảo'],
  },
  {
    slug: 'phuong-2', shortName: 'Phường 2', kind: 'ward', mailbox: 'ubndp2',
    address: '31 Hạ Long', phone: '0254 3852 215', hotline: '0918 352 102',
    tagline: 'Núi Nhỏ, Hải đăng và Bãi Sau',
    about: [
      'Phường 2 nằm ở phía nam bán đảo Vũng Tàu, bao quanh Núi Nhỏ, với nhiều danh thắng được du khách trong và ngoài nước biết đến như Hải đăng Vũng Tàu, tượng Chúa Kitô Vua, Bãi Dứa và một phần bãi tắm Bãi Sau.',
      'Du lịch, lưu trú và dịch vụ ăn uống là thế mạnh của phường. Chính quyền phường thường xuyên phối hợp với các lực lượng chức năng bảo đảm an ninh, trật tự, vệ sinh môi trường tại các điểm du lịch, nhất là vào dịp lễ, Tết và mùa cao điểm hè.',
    ],
    chairman: 'Lê Văn Thành', viceChairmen: ['Phan Thị Thu Hà'], frontChair: 'Nguyễn Thị Bích Thủy',
    officers: ['Trương Thị Mỹ Linh', 'Hồ Văn Phong', 'Đinh Quang Huy', 'Mai Thanh Tuấn'], secretariat: ['Lý Thị Thanh Tâm'],
  },
  {
    slug: 'phuong-3', shortName: 'Phường 3', kind: 'ward', mailbox: 'ubndp3',
    address: '52 Trương Công Định', phone: '0254 3852 318', hotline: '0918 352 103',
    tagline: 'Đô thị văn minh giữa lòng thành phố',
    about: [
      'Phường 3 là phường nội thị thuộc khu vực trung tâm thành phố Vũng Tàu, có mật độ dân cư cao, nhiều tuyến phố thương mại, dịch vụ cùng các cơ sở giáo dục, y tế phục vụ Nhân dân trong và ngoài địa bàn.',
      'Phường chú trọng công tác cải cách hành chính, nâng cao chất lượng phục vụ tại Bộ phận Tiếp nhận và Trả kết quả; đồng thời duy trì hiệu quả các mô hình tự quản về an ninh, trật tự và vệ sinh môi trường ở khu dân cư.',
    ],
    chairman: 'Đặng Văn Nam', viceChairmen: ['Nguyễn Thị Thanh Thảo', 'Bùi Văn Hòa'], frontChair: 'Trần Văn Lực',
    officers: ['Phạm Thị Kim Ngân', 'Lưu Minh Hoàng'], secretariat: ['Cao Thị Ngọc Trâm', 'Võ Hoàng Long'],
    boardChairedByVice: true,
  },
  {
    slug: 'phuong-4', shortName: 'Phường 4', kind: 'ward', mailbox: 'ubndp4',
    address: '86 Lê Lợi', phone: '0254 3852 426', hotline: '0918 352 104',
    tagline: 'Đoàn kết, năng động, nghĩa tình',
    about: [
      'Phường 4 nằm ở khu vực trung tâm thành phố Vũng Tàu, có nhiều khu dân cư hình thành lâu đời, đan xen các hộ kinh doanh thương mại, dịch vụ ăn uống và lưu trú phục vụ khách du lịch.',
      'Phát huy truyền thống đoàn kết, Đảng bộ, chính quyền và Nhân dân phường tích cực hưởng ứng các phong trào thi đua, cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”, chăm lo đời sống gia đình chính sách, hộ nghèo, hộ cận nghèo.',
    ],
    chairman: 'Hoàng Minh Quân', viceChairmen: ['Lê Thị Hồng Vân'], frontChair: 'Dương Văn Tư',
    officers: ['Nguyễn Ngọc Hân', 'Trần Văn Khải', 'Phùng Thị Diễm'], secretariat: ['Tô Minh Nhật'],
  },
  {
    slug: 'phuong-5', shortName: 'Phường 5', kind: 'ward', mailbox: 'ubndp5',
    address: '398 Trần Phú', phone: '0254 3852 531', hotline: '0918 352 105',
    tagline: 'Dưới chân Núi Lớn, hướng ra vịnh Gành Rái',
    about: [
      'Phường 5 trải dài theo đường Trần Phú dưới chân Núi Lớn, hướng ra vịnh Gành Rái, nổi tiếng với Bãi Dâu, quần thể Thích Ca Phật Đài và nhiều cơ sở tín ngưỡng, tôn giáo thu hút đông đảo du khách.',
      'Bên cạnh du lịch, dịch vụ, một bộ phận Nhân dân sinh sống bằng nghề biển và các dịch vụ hậu cần nghề cá. Phường quan tâm gìn giữ cảnh quan ven biển, phòng, chống sạt lở và bảo đảm an toàn cho người dân trong mùa mưa bão.',
    ],
    chairman: 'Vũ Đình Khang', viceChairmen: ['Châu Thị Mai', 'Nguyễn Hữu Tài'], frontChair: 'Lâm Thị Hoa',
    officers: ['Trần Thị Thùy Dung', 'Phạm Quốc Việt', 'Nguyễn Văn Lộc', 'Đoàn Minh Thư'], secretariat: ['Hà Thị Phương', 'Lê Tấn Phát'],
  },
  {
    slug: 'phuong-7', shortName: 'Phường 7', kind: 'ward', mailbox: 'ubndp7',
    address: '128 Nam Kỳ Khởi Nghĩa', phone: '0254 3852 742', hotline: '0918 352 107',
    tagline: 'Xây dựng phường văn minh, hiện đại, nghĩa tình',
    about: [
      'Phường 7 là phường nội thị nằm ở khu vực trung tâm thành phố Vũng Tàu, có nhiều khu dân cư ổn định, hệ thống trường học, chợ và các tuyến đường đã được đầu tư chỉnh trang đồng bộ.',
      'Chính quyền phường đẩy mạnh chuyển đổi số, hướng dẫn người dân thực hiện dịch vụ công trực tuyến, kích hoạt tài khoản định danh điện tử; đồng thời phát huy vai trò của các tổ công nghệ số cộng đồng tại các khu phố.',
    ],
    chairman: 'Trần Minh Hiếu', viceChairmen: ['Nguyễn Thị Lệ Hằng'], frontChair: 'Võ Văn Chiến',
    officers: ['Lê Thị Thanh Huyền', 'Ngô Văn Tâm', 'Đỗ Thị Bảo Ngọc'], secretariat: ['Phan Minh Tú', 'Nguyễn Hoàng Yến'],
  },
  {
    slug: 'phuong-8', shortName: 'Phường 8', kind: 'ward', mailbox: 'ubndp8',
    address: '45 Lê Hồng Phong', phone: '0254 3852 853', hotline: '0918 352 108',
    tagline: 'Khu phố xanh, sạch, đẹp, an toàn',
    about: [
      'Phường 8 là phường nội thị của thành phố Vũng Tàu với các khu dân cư tương đối ổn định, nhiều tuyến đường được đầu tư nâng cấp, hệ thống cây xanh, chiếu sáng công cộng ngày càng hoàn thiện.',
      'Phường tập trung thực hiện các phong trào “Khu phố xanh, sạch, đẹp, an toàn”, xây dựng quy tắc khu dân cư văn hóa; vận động Nhân dân tham gia giữ gìn vệ sinh môi trường, trật tự lòng đường, vỉa hè.',
    ],
    chairman: 'Huỳnh Văn Dũng', viceChairmen: ['Trần Thị Kim Phượng', 'Lê Văn Toàn'], frontChair: 'Nguyễn Văn Bảy',
    officers: ['Mai Thị Thanh Xuân', 'Nguyễn Tấn Lực'], secretariat: ['Vương Thị Hải Yến'],
  },
  {
    slug: 'phuong-9', shortName: 'Phường 9', kind: 'ward', mailbox: 'ubndp9',
    address: '210 Lê Lai', phone: '0254 3852 964', hotline: '0918 352 109',
    tagline: 'Kỷ cương, đoàn kết, phát triển',
    about: [
      'Phường 9 là địa bàn đông dân cư của thành phố Vũng Tàu, đan xen khu dân cư với các cơ sở sản xuất nhỏ, thương mại, dịch vụ; hạ tầng giao thông, thoát nước từng bước được đầu tư, cải tạo.',
      'Trong những năm qua, phường chú trọng công tác giải quyết thủ tục hành chính, tiếp công dân và giải quyết kịp thời kiến nghị của người dân; duy trì mô hình “Dân hỏi - Chính quyền trả lời” tại các khu phố.',
    ],
    chairman: 'Phạm Thanh Bình', viceChairmen: ['Đinh Thị Mỹ Hạnh'], frontChair: 'Lê Thị Tuyết',
    officers: ['Nguyễn Thị Phương Thảo', 'Trần Đức Thắng', 'Lý Văn Hậu', 'Quách Minh Nhựt'], secretariat: ['Bùi Thị Ngọc Diệp', 'Đặng Quốc Thịnh'],
    boardChairedByVice: true,
  },
  {
    slug: 'phuong-10', shortName: 'Phường 10', kind: 'ward', mailbox: 'ubndp10',
    address: '12 Nguyễn Hữu Cảnh', phone: '0254 3853 075', hotline: '0918 352 110',
    tagline: 'Khu đô thị mới năng động',
    about: [
      'Phường 10 có Khu đô thị Chí Linh cùng nhiều khu dân cư mới được quy hoạch, đầu tư hạ tầng tương đối đồng bộ; dân cư từ nhiều địa phương về sinh sống, làm việc, tạo nên diện mạo một khu đô thị trẻ, năng động.',
      'Phường quan tâm phát triển thiết chế văn hóa, thể thao ở cơ sở, quản lý trật tự xây dựng, đất đai và bảo đảm an ninh, trật tự tại các khu dân cư mới.',
    ],
    chairman: 'Nguyễn Quốc Toản', viceChairmen: ['Hồ Thị Thanh Nga', 'Trương Văn Thái'], frontChair: 'Phan Văn Mười',
    officers: ['Lê Thị Cẩm Tú', 'Nguyễn Minh Phụng', 'Võ Thành Nhân'], secretariat: ['Trần Thị Bích Ngọc'],
  },
  {
    slug: 'phuong-11', shortName: 'Phường 11', kind: 'ward', mailbox: 'ubndp11',
    address: '1038 đường 30 Tháng 4', phone: '0254 3853 186', hotline: '0918 352 111',
    tagline: 'Phát triển nhanh, bền vững, vì Nhân dân',
    about: [
      'Phường 11 nằm ở khu vực phía bắc thành phố Vũng Tàu, là địa bàn đang đô thị hóa nhanh với nhiều khu dân cư mới, cơ sở sản xuất, kinh doanh và các tuyến giao thông quan trọng đi qua.',
      'Chính quyền phường tập trung quản lý quy hoạch, trật tự xây dựng, bảo vệ môi trường; đẩy mạnh tuyên truyền, vận động người dân chấp hành pháp luật và tham gia các phong trào thi đua của địa phương.',
    ],
    chairman: 'Lê Hữu Nghĩa', viceChairmen: ['Nguyễn Thị Hoài Thu'], frontChair: 'Trần Thị Lành',
    officers: ['Phạm Thị Yến Nhi', 'Đỗ Văn Hùng'], secretariat: ['Nguyễn Thanh Phong', 'Lê Thị Kim Chi'],
  },
  {
    slug: 'phuong-12', shortName: 'Phường 12', kind: 'ward', mailbox: 'ubndp12',
    address: '2088 đường 30 Tháng 4', phone: '0254 3853 297', hotline: '0918 352 112',
    tagline: 'Cửa ngõ phía bắc thành phố biển',
    about: [
      'Phường 12 là cửa ngõ phía bắc của thành phố Vũng Tàu, nơi Quốc lộ 51 đi vào nội ô; địa bàn rộng, đan xen khu dân cư, cơ sở công nghiệp, dịch vụ và diện tích nuôi trồng thủy sản ven sông.',
      'Phường chú trọng đầu tư hạ tầng, chỉnh trang các khu dân cư, bảo vệ rừng ngập mặn và môi trường; đồng thời quan tâm giải quyết việc làm, nâng cao đời sống cho người lao động trên địa bàn.',
    ],
    chairman: 'Trần Văn Nhân', viceChairmen: ['Võ Thị Thu Sương', 'Nguyễn Đức Anh'], frontChair: 'Huỳnh Thị Lan',
    officers: ['Lê Thị Ngọc Ánh', 'Phan Văn Kiệt', 'Nguyễn Trọng Nghĩa', 'Trần Hoài Nam'], secretariat: ['Đặng Thị Thu Hiền'],
    boardChairedByVice: true,
  },
  {
    slug: 'phuong-thang-nhat', shortName: 'Phường Thắng Nhất', kind: 'ward', mailbox: 'ubndthangnhat',
    address: '305 Lưu Chí Hiếu', phone: '0254 3853 318', hotline: '0918 352 113',
    tagline: 'Vùng đất Tam Thắng giàu truyền thống',
    about: [
      'Thắng Nhất là một trong ba làng Tam Thắng, hình thành từ đầu thế kỷ XIX khi ba đội quân Thắng Nhất, Thắng Nhì, Thắng Tam được triều Nguyễn cử đến trấn giữ vùng cửa biển Vũng Tàu, về sau định cư, khai hoang lập nghiệp.',
      'Ngày nay, phường Thắng Nhất là địa bàn đông dân cư, kinh tế phát triển theo hướng thương mại, dịch vụ, tiểu thủ công nghiệp. Các giá trị văn hóa truyền thống, lễ hội dân gian của cư dân vùng biển tiếp tục được gìn giữ và phát huy.',
    ],
    chairman: 'Ngô Văn Phước', viceChairmen: ['Lê Thị Thanh Trúc'], frontChair: 'Nguyễn Văn Cường',
    officers: ['Trần Thị Hồng Gấm', 'Phạm Minh Luân', 'Vũ Thị Hà'], secretariat: ['Nguyễn Thị Thu Thủy'],
  },
  {
    slug: 'phuong-thang-nhi', shortName: 'Phường Thắng Nhì', kind: 'ward', mailbox: 'ubndthangnhi',
    address: '157 Bình Giã', phone: '0254 3853 429', hotline: '0918 352 114',
    tagline: 'Gắn bó với biển, vững bước phát triển',
    about: [
      'Phường Thắng Nhì có nguồn gốc từ làng Thắng Nhì, một trong ba làng Tam Thắng do những người lính triều Nguyễn đến trấn giữ cửa biển lập nên từ đầu thế kỷ XIX. Cư dân nơi đây gắn bó lâu đời với nghề biển và chế biến hải sản.',
      'Cùng với quá trình đô thị hóa, kinh tế của phường chuyển dịch sang thương mại, dịch vụ; chính quyền phường quan tâm hỗ trợ ngư dân, người lao động chuyển đổi nghề, chăm lo an sinh xã hội và giữ gìn các thiết chế văn hóa truyền thống.',
    ],
    chairman: 'Võ Minh Tuấn', viceChairmen: ['Trần Thị Diệu Hiền', 'Lê Quang Vinh'], frontChair: 'Phạm Thị Nguyệt',
    officers: ['Nguyễn Thị Hồng Hạnh', 'Bùi Minh Chánh'], secretariat: ['Hồ Thị Kim Thoa', 'Lâm Quốc Duy'],
  },
  {
    slug: 'phuong-thang-tam', shortName: 'Phường Thắng Tam', kind: 'ward', mailbox: 'ubndthangtam',
    address: '62 Phan Chu Trinh', phone: '0254 3853 531', hotline: '0918 352 115',
    tagline: 'Đình Thắng Tam - Lăng Cá Ông, bãi biển Bãi Sau',
    about: [
      'Phường Thắng Tam có nguồn gốc từ làng Thắng Tam trong ba làng Tam Thắng. Trên địa bàn phường có di tích Đình Thắng Tam - Lăng Cá Ông, nơi hằng năm diễn ra Lễ hội Nghinh Ông, sinh hoạt văn hóa tín ngưỡng đặc sắc của ngư dân vùng biển.',
      'Với một phần bãi tắm Bãi Sau và nhiều cơ sở lưu trú, nhà hàng, phường Thắng Tam là địa bàn du lịch sôi động của thành phố. Phường tập trung giữ gìn an ninh, trật tự, vệ sinh môi trường và nếp sống văn minh đô thị phục vụ du khách.',
    ],
    chairman: 'Phan Văn Hùng', viceChairmen: ['Nguyễn Thị Minh Nguyệt'], frontChair: 'Trần Văn Đực',
    officers: ['Lê Thị Thúy Hằng', 'Nguyễn Văn Sơn', 'Huỳnh Thị Bích Liên', 'Trần Minh Quang'], secretariat: ['Phạm Thị Mỹ Tiên'],
  },
  {
    slug: 'phuong-rach-dua', shortName: 'Phường Rạch Dừa', kind: 'ward', mailbox: 'ubndrachdua',
    address: '1525 đường 30 Tháng 4', phone: '0254 3853 642', hotline: '0918 352 116',
    tagline: 'Công nghiệp, dịch vụ gắn với đô thị xanh',
    about: [
      'Phường Rạch Dừa nằm ở khu vực phía bắc thành phố Vũng Tàu, có tuyến đường 30 Tháng 4 đi qua; trên địa bàn có nhiều cơ sở công nghiệp, dịch vụ cảng và hậu cần dầu khí xen kẽ các khu dân cư.',
      'Phường chú trọng quản lý môi trường tại các cơ sở sản xuất, kinh doanh; hỗ trợ người lao động về việc làm, nhà ở; xây dựng các khu dân cư văn hóa và bảo đảm an ninh, trật tự trên địa bàn.',
    ],
    chairman: 'Đỗ Thanh Liêm', viceChairmen: ['Nguyễn Thị Hải Âu', 'Trần Văn Quý'], frontChair: 'Lê Văn Nghị',
    officers: ['Phạm Thị Thanh Loan', 'Võ Minh Hiển', 'Nguyễn Thị Ngọc Mai'], secretariat: ['Trần Thị Như Ý', 'Lý Minh Khôi'],
  },
  {
    slug: 'phuong-nguyen-an-ninh', shortName: 'Phường Nguyễn An Ninh', kind: 'ward', mailbox: 'ubndnguyenanninh',
    address: '73 Phạm Hùng', phone: '0254 3853 753', hotline: '0918 352 117',
    tagline: 'Tự hào mang tên nhà yêu nước Nguyễn An Ninh',
    about: [
      'Phường Nguyễn An Ninh mang tên nhà yêu nước Nguyễn An Ninh (1900 - 1943), người đã hy sinh tại nhà tù Côn Đảo. Phường có nhiều khu dân cư mới, các tuyến đường và công trình hạ tầng được đầu tư trong quá trình phát triển đô thị.',
      'Đảng bộ, chính quyền và Nhân dân phường phát huy truyền thống, đẩy mạnh cải cách hành chính, chuyển đổi số, xây dựng khu dân cư văn hóa và chăm lo đời sống gia đình chính sách, người có công.',
    ],
    chairman: 'Lương Văn Thịnh', viceChairmen: ['Phạm Thị Hồng Loan'], frontChair: 'Nguyễn Thị Sen',
    officers: ['Trần Thị Thảo Vy', 'Nguyễn Hoàng Phúc'], secretariat: ['Đặng Văn Trung'],
  },
  {
    slug: 'xa-long-son', shortName: 'Xã Long Sơn', kind: 'commune', mailbox: 'ubndxalongson',
    address: 'Thôn 2', phone: '0254 3854 168', hotline: '0918 352 118',
    tagline: 'Xã đảo ven sông, nuôi trồng thủy sản và công nghiệp hóa dầu',
    about: [
      'Xã Long Sơn là đơn vị hành chính cấp xã duy nhất của thành phố Vũng Tàu, nằm trên đảo Long Sơn, được bao bọc bởi hệ thống sông, rạch và rừng ngập mặn. Cư dân chủ yếu sinh sống bằng nghề nuôi trồng, khai thác thủy sản, trong đó nuôi hàu, nuôi cá lồng bè là thế mạnh.',
      'Trên địa bàn xã có Di tích lịch sử - văn hóa Nhà Lớn Long Sơn cùng cảnh quan sông nước thu hút du khách. Xã cũng là địa điểm triển khai Dự án Tổ hợp hóa dầu miền Nam, mở ra nhiều cơ hội việc làm và đặt ra yêu cầu cao về quản lý đất đai, môi trường.',
      'Chính quyền xã tập trung hỗ trợ người dân phát triển kinh tế thủy sản gắn với bảo vệ môi trường, xây dựng nông thôn mới nâng cao và phát triển du lịch sinh thái, trải nghiệm.',
    ],
    chairman: 'Lê Văn Tấn', viceChairmen: ['Trần Thị Thu Ba', 'Nguyễn Văn Đông'], frontChair: 'Võ Thị Lựu',
    officers: ['Nguyễn Thị Mộng Tuyền', 'Lê Hoàng Sơn', 'Phạm Văn Thuận'], secretariat: ['Trần Minh Thuận', 'Nguyễn Thị Diễm My'],
  },
];

/** Positions of the officers list on a ward board, in the order of `WardOfficials.officers`. */
const officerPositions = (ward: WardProfile): string[] => [
  'Công chức Văn hóa - Xã hội',
  'Công chức Tư pháp - Hộ tịch',
  ward.kind === 'commune' ? 'Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường' : 'Công chức Địa chính - Xây dựng',
  `Bí thư Đoàn TNCS Hồ Chí Minh ${nameInText(ward.shortName)}`,
];

const wardBoard = (ward: WardProfile): BoardMemberSeed[] => {
  const place = nameInText(ward.shortName);
  const [cultureOfficer, ...otherOfficers] = ward.officers;
  const positions = officerPositions(ward);
  const rows: Array<Omit<BoardMemberSeed, 'order'>> = [
    ward.boardChairedByVice
      ? { fullName: ward.viceChairmen[0], role: 'head', position: `Phó Chủ tịch UBND ${place}` }
      : { fullName: ward.chairman, role: 'head', position: `Chủ tịch UBND ${place}` },
    ...(ward.boardChairedByVice
      ? []
      : [{ fullName: ward.viceChairmen[0], role: 'deputy-head' as const, position: `Phó Chủ tịch UBND ${place}` }]),
    { fullName: cultureOfficer, role: 'deputy-head', position: positions[0] },
    { fullName: ward.frontChair, role: 'member', position: `Chủ tịch Ủy ban MTTQ Việt Nam ${place}` },
    ...otherOfficers.map((fullName, i) => ({ fullName, role: 'member' as const, position: positions[i + 1] })),
    ...ward.secretariat.map((fullName, i) => ({
      fullName,
      role: 'secretariat' as const,
      position: i === 0 ? 'Công chức Văn phòng - Thống kê' : 'Nhân viên hợp đồng phụ trách công nghệ thông tin',
    })),
  ];
  return rows.map((row, order) => ({ ...row, order }));
};

const wardContact = (ward: WardProfile): ContactSeed => ({
  address: `${ward.address}, ${nameInText(ward.shortName)}, ${PROVINCE}`,
  phone: ward.phone,
  email: `${ward.mailbox}@baria-vungtau.gov.vn`,
  hotline: ward.hotline,
  website: `https://${ward.slug}.${CITY_DOMAIN}`,
  workingHours: WORKING_HOURS,
});

const wardSite = (ward: WardProfile): SiteSeed => {
  const place = nameInText(ward.shortName);
  return {
    slug: ward.slug,
    name: `Trang thông tin điện tử ${ward.shortName}`,
    shortName: ward.shortName,
    kind: ward.kind,
    domain: `${ward.slug}.${CITY_DOMAIN}`,
    tagline: ward.tagline,
    introduction: [
      ...ward.about,
      `Trang thông tin điện tử ${place} là Trang thông tin điện tử thành phần của Cổng thông tin điện tử thành phố Vũng Tàu, hoạt động theo Quy chế ban hành kèm theo Quyết định số 8083/QĐ-UBND ngày 01/12/2023 của UBND thành phố Vũng Tàu. Trang do Ban biên tập của UBND ${place} quản lý, cung cấp thông tin về hoạt động chỉ đạo, điều hành, thủ tục hành chính và đời sống của Nhân dân trên địa bàn; các sự kiện lớn của địa phương được gửi về Ban biên tập Cổng thông tin điện tử thành phố để đăng tải.`,
    ],
    contact: wardContact(ward),
    editorialBoard: wardBoard(ward),
    navigation: navigation(true),
    parent: 'vung-tau',
  };
};

/** The city portal first, then the 17 component sites in the order the city's documents list them. */
export const sites: SiteSeed[] = [citySite, ...wards.map(wardSite)];

/** Ward people by site slug, so the units name the same chairman the site's board does. */
export const wardOfficials: ReadonlyMap<string, WardOfficials> = new Map(wards.map((ward) => [ward.slug, ward]));
