/**
 * The 17 component sites of the city portal: each ward's or commune's profile (Vietnamese, with an
 * English rendering for the /en/ pages that Nghị định 42/2022/NĐ-CP asks for) and the people the
 * demo data names in more than one place.
 */

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

export interface WardProfile extends WardOfficials {
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
  /** The same in English, for the /en/ pages: the name in a sentence ("Ward 7", "Long Son Commune"), the street address, tagline and paragraphs. */
  en: { place: string; street: string; tagline: string; about: string[] };
}

export const wards: WardProfile[] = [
  {
    slug: 'phuong-1', shortName: 'Phường 1', kind: 'ward', mailbox: 'ubndp1',
    address: '14 Lý Tự Trọng', phone: '0254 3852 137', hotline: '0918 352 101',
    tagline: 'Phường trung tâm bên Bãi Trước',
    about: [
      'Phường 1 nằm ở khu vực trung tâm lâu đời của thành phố Vũng Tàu, trải dọc Bãi Trước và chân Núi Lớn, nơi tập trung nhiều cơ quan hành chính, trường học, cơ sở thương mại, dịch vụ và những công trình gắn với lịch sử hình thành đô thị Vũng Tàu như Bạch Dinh, Công viên Bãi Trước.',
      'Kinh tế của phường chủ yếu là thương mại, dịch vụ và du lịch. Những năm gần đây, phường tập trung chỉnh trang đô thị, giữ gìn cảnh quan, vệ sinh môi trường trên các tuyến đường ven biển, xây dựng nếp sống văn minh đô thị gắn với chủ đề “Thành phố Vũng Tàu - Thành phố du lịch sạch ASEAN”.',
    ],
    en: {
      place: 'Ward 1', street: '14 Ly Tu Trong Street',
      tagline: 'The central ward on Front Beach',
      about: [
        "Ward 1 lies in the old centre of Vung Tau, along Front Beach (Bãi Trước) at the foot of Big Mountain (Núi Lớn). It is home to many public offices, schools and shops, and to landmarks of the city's history such as the White Palace (Bạch Dinh) and Front Beach Park.",
        "Trade, services and tourism are the mainstays of its economy. The ward is renewing its streets and keeping the seafront clean and orderly, in support of the city's aim of being a clean ASEAN tourist city.",
      ],
    },
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
    en: {
      place: 'Ward 2', street: '31 Ha Long Street',
      tagline: 'Small Mountain, the Lighthouse and Back Beach',
      about: [
        'Ward 2 lies at the southern tip of the Vung Tau peninsula around Small Mountain (Núi Nhỏ), with sights known to visitors from home and abroad: the Vung Tau Lighthouse, the statue of Christ the King, Bãi Dứa and part of Back Beach (Bãi Sau).',
        'Tourism, accommodation and food services are its strengths. The ward works with the police and other agencies to keep tourist sites safe and clean, above all during public holidays, Tết and the summer season.',
      ],
    },
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
    en: {
      place: 'Ward 3', street: '52 Truong Cong Dinh Street',
      tagline: 'A civilised urban ward in the heart of the city',
      about: [
        'Ward 3 is a densely populated inner-city ward in central Vung Tau, with busy shopping streets and with schools and clinics that serve people from the whole city.',
        'The ward puts weight on administrative reform and on the service at its one-stop reception desk, and on neighbourhood self-management of security, order and cleanliness.',
      ],
    },
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
    en: {
      place: 'Ward 4', street: '86 Le Loi Street',
      tagline: 'United, dynamic and caring',
      about: [
        'Ward 4 lies in central Vung Tau, with long-established neighbourhoods where households run shops, restaurants and guesthouses for visitors.',
        'The ward takes an active part in the campaign \'All people unite to build new rural areas and civilised cities\', and looks after the families of war invalids and martyrs and poor and near-poor households.',
      ],
    },
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
    en: {
      place: 'Ward 5', street: '398 Tran Phu Street',
      tagline: 'At the foot of Big Mountain, facing Ganh Rai Bay',
      about: [
        'Ward 5 stretches along Tran Phu Street at the foot of Big Mountain, facing Ganh Rai Bay. It is known for Bãi Dâu, the Thích Ca Phật Đài pagoda complex and many places of worship that draw visitors.',
        'Besides tourism and services, part of the population lives from fishing and fishing logistics. The ward protects the coastline against erosion and keeps people safe in the rainy and storm season.',
      ],
    },
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
    en: {
      place: 'Ward 7', street: '128 Nam Ky Khoi Nghia Street',
      tagline: 'A civilised, modern and caring ward',
      about: [
        'Ward 7 is an inner-city ward in central Vung Tau, with settled neighbourhoods, schools, a market and streets that have all been upgraded.',
        'The ward is pressing ahead with digital transformation: it helps residents use online public services and activate their electronic identification accounts, with a community digital technology team in every quarter.',
      ],
    },
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
    en: {
      place: 'Ward 8', street: '45 Le Hong Phong Street',
      tagline: 'Green, clean, beautiful and safe neighbourhoods',
      about: [
        'Ward 8 is an inner-city ward of Vung Tau with settled neighbourhoods, upgraded streets and ever better greenery and street lighting.',
        'The ward runs the movement \'Green, clean, beautiful and safe neighbourhoods\', draws up rules for cultured residential areas and encourages residents to keep streets and pavements clean and clear.',
      ],
    },
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
    en: {
      place: 'Ward 9', street: '210 Le Lai Street',
      tagline: 'Discipline, unity and development',
      about: [
        'Ward 9 is one of the most populous areas of Vung Tau, where homes mix with small workshops, shops and services; its roads and drainage are being upgraded step by step.',
        'The ward puts weight on handling administrative procedures, receiving citizens and answering their petitions promptly, and keeps up the \'Citizens ask, the authorities answer\' meetings in its quarters.',
      ],
    },
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
    en: {
      place: 'Ward 10', street: '12 Nguyen Huu Canh Street',
      tagline: 'A dynamic new urban area',
      about: [
        'Ward 10 is home to the Chí Linh urban area and several newly planned residential areas with modern infrastructure, where people from many provinces live and work.',
        'The ward is developing cultural and sports facilities, manages construction and land use, and keeps the new neighbourhoods safe and orderly.',
      ],
    },
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
    en: {
      place: 'Ward 11', street: '1038 30 Thang 4 Street',
      tagline: 'Fast and sustainable development for the people',
      about: [
        'Ward 11 lies in the north of Vung Tau and is urbanising fast, with new residential areas, businesses and major roads.',
        'The ward focuses on planning, construction control and environmental protection, and helps residents know the law and take part in local emulation movements.',
      ],
    },
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
    en: {
      place: 'Ward 12', street: '2088 30 Thang 4 Street',
      tagline: 'The northern gateway of the seaside city',
      about: [
        'Ward 12 is the northern gateway of Vung Tau, where National Road 51 enters the city. Its large area mixes neighbourhoods, industry, services and riverside aquaculture.',
        'The ward invests in infrastructure, protects its mangrove forests and the environment, and helps workers find jobs and better living conditions.',
      ],
    },
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
    en: {
      place: 'Thang Nhat Ward', street: '305 Luu Chi Hieu Street',
      tagline: 'The Tam Thang land, rich in tradition',
      about: [
        'Thắng Nhất is one of the three Tam Thắng villages founded in the early 19th century, when the Nguyễn court sent three army units, Thắng Nhất, Thắng Nhì and Thắng Tam, to guard the Vung Tau estuary; the soldiers later settled and cleared the land.',
        'Today the ward is densely populated, with trade, services and small industry, and keeps alive the traditional culture and folk festivals of a seafaring community.',
      ],
    },
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
    en: {
      place: 'Thang Nhi Ward', street: '157 Binh Gia Street',
      tagline: 'Close to the sea, moving ahead',
      about: [
        'Thang Nhi Ward grew out of Thắng Nhì village, one of the three Tam Thắng villages founded by soldiers of the Nguyễn dynasty in the early 19th century. Its people have long lived from the sea and from seafood processing.',
        "As the city grows, the ward's economy is turning to trade and services; the ward helps fishers and workers change trades, supports social welfare and preserves its traditional cultural institutions.",
      ],
    },
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
    en: {
      place: 'Thang Tam Ward', street: '62 Phan Chu Trinh Street',
      tagline: 'Thang Tam Communal House, the Whale Temple and Back Beach',
      about: [
        'Thang Tam Ward grew out of Thắng Tam village, one of the three Tam Thắng villages. It is home to the Thắng Tam Communal House and Whale Temple (Lăng Cá Ông) relic site, where the fishing community holds the Nghinh Ông festival every year.',
        'With part of Back Beach and many hotels and restaurants, Thang Tam is one of the liveliest tourist areas of the city. The ward works to keep it safe, clean and civilised for visitors.',
      ],
    },
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
    en: {
      place: 'Rach Dua Ward', street: '1525 30 Thang 4 Street',
      tagline: 'Industry and services in a green city',
      about: [
        'Rach Dua Ward lies in the north of Vung Tau on 30 Thang 4 Street, with industrial plants, port services and oil and gas logistics next to residential areas.',
        'The ward monitors the environment at production sites, helps workers with jobs and housing, and builds cultured and safe neighbourhoods.',
      ],
    },
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
    en: {
      place: 'Nguyen An Ninh Ward', street: '73 Pham Hung Street',
      tagline: 'Proud to bear the name of the patriot Nguyen An Ninh',
      about: [
        'Nguyen An Ninh Ward bears the name of the patriot Nguyễn An Ninh (1900–1943), who died in the Côn Đảo prison. The ward has many new residential areas, roads and public works built as the city has grown.',
        'The ward is pressing ahead with administrative reform and digital transformation, builds cultured neighbourhoods and looks after the families of people who served the nation.',
      ],
    },
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
    en: {
      place: 'Long Son Commune', street: 'Hamlet 2',
      tagline: 'An island commune of rivers, aquaculture and petrochemicals',
      about: [
        'Long Son is the only commune of Vung Tau city, on Long Son Island, surrounded by rivers, creeks and mangrove forests. Most residents live from aquaculture and fishing, above all oyster and cage fish farming.',
        'The commune has the Long Son Great House (Nhà Lớn Long Sơn) historical and cultural relic and river landscapes that attract visitors. It also hosts the Southern Petrochemical Complex project, which brings jobs and calls for careful management of land and the environment.',
        'The commune helps residents develop aquaculture that protects the environment, builds an advanced new countryside and develops eco-tourism.',
      ],
    },
    chairman: 'Lê Văn Tấn', viceChairmen: ['Trần Thị Thu Ba', 'Nguyễn Văn Đông'], frontChair: 'Võ Thị Lựu',
    officers: ['Nguyễn Thị Mộng Tuyền', 'Lê Hoàng Sơn', 'Phạm Văn Thuận'], secretariat: ['Trần Minh Thuận', 'Nguyễn Thị Diễm My'],
  },
];
