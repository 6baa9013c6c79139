import type { ContactSeed, UnitSeed } from '../types';
import { sites } from './sites';
import { leaders, MONTHLY_QUOTA, QUARTERLY_QUOTA, WORKING_HOURS, WORKING_HOURS_EN } from './unit-helpers';
import { withCityEnglish } from './units-en';
import { wardUnits } from './ward-units';

const CITY = 'vung-tau';
const MAIL_DOMAIN = 'baria-vungtau.gov.vn';
const CITY_HALL = '89 Lý Thường Kiệt, Phường 1, thành phố Vũng Tàu, tỉnh Bà Rịa - Vũng Tàu';

/** The city's office addresses in English, for the /en/ pages. */
const ADDRESS_EN: Record<string, string> = {
  [CITY_HALL]: '89 Ly Thuong Kiet Street, Ward 1, Vung Tau City, Ba Ria - Vung Tau Province',
  '18 Lê Lợi, Phường 1, thành phố Vũng Tàu, tỉnh Bà Rịa - Vũng Tàu': '18 Le Loi Street, Ward 1, Vung Tau City, Ba Ria - Vung Tau Province',
  '2 Lê Lợi, Phường 1, thành phố Vũng Tàu, tỉnh Bà Rịa - Vũng Tàu': '2 Le Loi Street, Ward 1, Vung Tau City, Ba Ria - Vung Tau Province',
  '1 Trần Hưng Đạo, Phường 1, thành phố Vũng Tàu, tỉnh Bà Rịa - Vũng Tàu': '1 Tran Hung Dao Street, Ward 1, Vung Tau City, Ba Ria - Vung Tau Province',
  '2 Trương Công Định, Phường 3, thành phố Vũng Tàu, tỉnh Bà Rịa - Vũng Tàu': '2 Truong Cong Dinh Street, Ward 3, Vung Tau City, Ba Ria - Vung Tau Province',
};
/**
 * The culture centre feeds the portal most: 30 news items a quarter (Cẩm Mỹ's 2023 plan). No
 * monthly cap, since the 2024 cap of 5 a month would contradict the minimum.
 */
const CENTRE_QUOTA: UnitSeed['quota'] = { minItems: 30, period: 'quarter' };

const bio = (born: number, qualification: string, duty: string): string =>
  `Sinh năm ${born}; trình độ chuyên môn: ${qualification}; lý luận chính trị: Cao cấp. ${duty}`;

const cityContact = (mailbox: string, phone: string, address = CITY_HALL): ContactSeed => ({
  address,
  addressEn: ADDRESS_EN[address],
  phone,
  email: `${mailbox}@${MAIL_DOMAIN}`,
  workingHours: WORKING_HOURS,
  workingHoursEn: WORKING_HOURS_EN,
});

type CityUnit = Omit<UnitSeed, 'site' | 'order'>;

const cityUnits: CityUnit[] = [
  {
    slug: 'phong-van-hoa-va-thong-tin',
    name: 'Phòng Văn hóa và Thông tin',
    shortName: 'Phòng VH&TT',
    kind: 'department',
    functions: [
      'Phòng Văn hóa và Thông tin là cơ quan chuyên môn thuộc UBND thành phố Vũng Tàu, có chức năng tham mưu, giúp UBND thành phố quản lý nhà nước về văn hóa, gia đình, thể dục, thể thao, du lịch, quảng cáo, báo chí, xuất bản, bưu chính, viễn thông, công nghệ thông tin, chuyển đổi số và thông tin cơ sở trên địa bàn thành phố.',
      'Phòng là cơ quan thường trực của Ban biên tập Cổng thông tin điện tử thành phố: tham mưu kế hoạch truyền thông hằng năm, định hướng tin, bài cho cộng tác viên; định kỳ vào ngày 24 hằng tháng tham mưu Ban biên tập báo cáo kết quả hoạt động của Cổng và định hướng truyền thông tháng sau; thực hiện chi trả thù lao, nhuận bút theo quy định.',
    ],
    leaders: leaders(
      { fullName: 'Nguyễn Thanh Tùng', position: 'Trưởng phòng', bio: bio(1976, 'Thạc sĩ Quản lý văn hóa', 'Phó Trưởng Ban biên tập Cổng thông tin điện tử thành phố, phụ trách kiểm duyệt tin, bài.') },
      { fullName: 'Lê Hoàng Phúc', position: 'Phó Trưởng phòng', bio: bio(1983, 'Cử nhân Công nghệ thông tin', 'Phụ trách lĩnh vực thông tin và truyền thông, chuyển đổi số.') }
    ),
    contact: cityContact('phongvhtt.vungtau', '0254 3852 551'),
    quota: MONTHLY_QUOTA,
  },
  {
    slug: 'phong-tai-chinh-ke-hoach',
    name: 'Phòng Tài chính - Kế hoạch',
    shortName: 'Phòng TC-KH',
    kind: 'department',
    functions: [
      'Phòng Tài chính - Kế hoạch tham mưu, giúp UBND thành phố quản lý nhà nước về tài chính, ngân sách, giá, kế hoạch và đầu tư, đăng ký hộ kinh doanh, kinh tế tập thể, hợp tác xã và kinh tế tư nhân trên địa bàn thành phố.',
      'Phòng tham mưu bố trí kinh phí bảo đảm hoạt động của Cổng thông tin điện tử thành phố, kinh phí chi trả thù lao, nhuận bút cho đội ngũ cộng tác viên theo quy định hiện hành.',
    ],
    leaders: leaders(
      { fullName: 'Trần Văn Khánh', position: 'Trưởng phòng', bio: bio(1974, 'Thạc sĩ Tài chính - Ngân hàng', 'Phụ trách chung; trực tiếp chỉ đạo công tác dự toán, quyết toán ngân sách thành phố.') },
      { fullName: 'Bùi Thị Thu Trang', position: 'Phó Trưởng phòng', bio: bio(1982, 'Cử nhân Kế toán', 'Thành viên Ban biên tập Cổng thông tin điện tử thành phố.') }
    ),
    contact: cityContact('phongtckh.vungtau', '0254 3852 562'),
    quota: MONTHLY_QUOTA,
  },
  {
    slug: 'phong-tu-phap',
    name: 'Phòng Tư pháp',
    kind: 'department',
    functions: [
      'Phòng Tư pháp tham mưu, giúp UBND thành phố quản lý nhà nước về công tác xây dựng, kiểm tra, theo dõi thi hành văn bản quy phạm pháp luật; phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; hộ tịch; chứng thực; bồi thường nhà nước; trợ giúp pháp lý và quản lý công tác xử lý vi phạm hành chính.',
      'Phòng chủ trì tham mưu công tác truyền thông chính sách có tác động lớn đến xã hội trong quá trình xây dựng văn bản quy phạm pháp luật, phối hợp đăng tải dự thảo lấy ý kiến góp ý của tổ chức, cá nhân trên Cổng thông tin điện tử thành phố.',
    ],
    leaders: leaders(
      { fullName: 'Võ Thị Minh Châu', position: 'Trưởng phòng', bio: bio(1978, 'Thạc sĩ Luật', 'Phụ trách chung; trực tiếp chỉ đạo công tác xây dựng, kiểm tra văn bản và phổ biến, giáo dục pháp luật.') }
    ),
    contact: cityContact('phongtp.vungtau', '0254 3852 573'),
    quota: MONTHLY_QUOTA,
  },
  {
    slug: 'phong-noi-vu',
    name: 'Phòng Nội vụ',
    kind: 'department',
    functions: [
      'Phòng Nội vụ tham mưu, giúp UBND thành phố quản lý nhà nước về tổ chức bộ máy, vị trí việc làm, biên chế công chức, số lượng người làm việc; cán bộ, công chức, viên chức; cải cách hành chính; chính quyền địa phương; văn thư, lưu trữ; tín ngưỡng, tôn giáo; thi đua, khen thưởng và công tác thanh niên.',
      'Phòng theo dõi, đánh giá kết quả thực hiện cải cách hành chính của các cơ quan, đơn vị và UBND các phường, xã, cung cấp thông tin cho chuyên mục Cải cách hành chính trên Cổng thông tin điện tử thành phố.',
    ],
    leaders: leaders(
      { fullName: 'Nguyễn Hữu Phước', position: 'Trưởng phòng', bio: bio(1975, 'Thạc sĩ Quản lý công', 'Phụ trách chung; trực tiếp chỉ đạo công tác tổ chức bộ máy, cán bộ, công chức.') },
      { fullName: 'Trần Thị Thanh Hương', position: 'Phó Trưởng phòng', bio: bio(1984, 'Cử nhân Hành chính học', 'Phụ trách công tác cải cách hành chính và thi đua, khen thưởng.') }
    ),
    contact: cityContact('phongnv.vungtau', '0254 3852 584'),
    quota: MONTHLY_QUOTA,
  },
  {
    slug: 'phong-y-te',
    name: 'Phòng Y tế',
    kind: 'department',
    functions: [
      'Phòng Y tế tham mưu, giúp UBND thành phố quản lý nhà nước về y tế dự phòng, khám bệnh, chữa bệnh, phục hồi chức năng, dược, mỹ phẩm, an toàn thực phẩm, bảo hiểm y tế, dân số trên địa bàn thành phố.',
      'Phòng chủ động cung cấp thông tin về tình hình dịch bệnh, khuyến cáo phòng, chống dịch và bảo đảm an toàn thực phẩm cho chuyên mục Thông tin cần biết, phòng chống dịch.',
    ],
    leaders: leaders(
      { fullName: 'Đoàn Thị Thu Hương', position: 'Trưởng phòng', bio: bio(1977, 'Bác sĩ chuyên khoa I Y tế công cộng', 'Phụ trách chung; trực tiếp chỉ đạo công tác phòng, chống dịch bệnh.') }
    ),
    contact: cityContact('phongyte.vungtau', '0254 3852 595'),
    quota: MONTHLY_QUOTA,
  },
  {
    slug: 'van-phong-hdnd-va-ubnd',
    name: 'Văn phòng HĐND và UBND thành phố',
    shortName: 'Văn phòng HĐND và UBND',
    kind: 'department',
    functions: [
      'Văn phòng HĐND và UBND thành phố tham mưu tổng hợp, giúp Hội đồng nhân dân, Ủy ban nhân dân thành phố tổ chức các hoạt động chung; tham mưu Chủ tịch UBND thành phố chỉ đạo, điều hành; kiểm soát thủ tục hành chính và bảo đảm cơ sở vật chất, kỹ thuật cho hoạt động của HĐND, UBND thành phố.',
      'Văn phòng quản lý, vận hành hệ thống máy chủ của Cổng thông tin điện tử thành phố, bảo đảm an toàn thông tin để Cổng hoạt động liên tục 24 giờ mỗi ngày, 7 ngày trong tuần; lập dự trù kinh phí duy trì hoạt động của Cổng; đăng tải lịch làm việc của lãnh đạo UBND thành phố.',
    ],
    leaders: leaders(
      { fullName: 'Phạm Minh Tâm', position: 'Chánh Văn phòng', bio: bio(1973, 'Thạc sĩ Quản lý kinh tế', 'Phó Trưởng Ban biên tập Cổng thông tin điện tử thành phố.') },
      { fullName: 'Đặng Thị Kim Loan', position: 'Phó Chánh Văn phòng', bio: bio(1981, 'Cử nhân Luật', 'Phụ trách công tác kiểm soát thủ tục hành chính và Bộ phận Một cửa.') }
    ),
    contact: cityContact('vanphong.vungtau', '0254 3852 424'),
    quota: MONTHLY_QUOTA,
  },
  {
    slug: 'phong-tai-nguyen-va-moi-truong',
    name: 'Phòng Tài nguyên và Môi trường',
    shortName: 'Phòng TN&MT',
    kind: 'department',
    functions: [
      'Phòng Tài nguyên và Môi trường tham mưu, giúp UBND thành phố quản lý nhà nước về đất đai, tài nguyên nước, khoáng sản, môi trường, biển và hải đảo, biến đổi khí hậu trên địa bàn thành phố.',
      'Phòng phối hợp tuyên truyền, vận động Nhân dân phân loại rác tại nguồn, giữ gìn vệ sinh môi trường biển, góp phần xây dựng “Thành phố Vũng Tàu - Thành phố du lịch sạch ASEAN”.',
    ],
    leaders: leaders(
      { fullName: 'Trần Đình Luân', position: 'Trưởng phòng', bio: bio(1975, 'Kỹ sư Quản lý đất đai', 'Phụ trách chung; trực tiếp chỉ đạo lĩnh vực đất đai.') },
      { fullName: 'Nguyễn Thị Hồng Đào', position: 'Phó Trưởng phòng', bio: bio(1985, 'Thạc sĩ Khoa học môi trường', 'Phụ trách lĩnh vực môi trường, biển và hải đảo.') }
    ),
    contact: cityContact('phongtnmt.vungtau', '0254 3852 606'),
    quota: MONTHLY_QUOTA,
  },
  {
    slug: 'phong-quan-ly-do-thi',
    name: 'Phòng Quản lý đô thị',
    shortName: 'Phòng QLĐT',
    kind: 'department',
    functions: [
      'Phòng Quản lý đô thị tham mưu, giúp UBND thành phố quản lý nhà nước về quy hoạch xây dựng, kiến trúc, hoạt động đầu tư xây dựng, phát triển đô thị, hạ tầng kỹ thuật, giao thông, nhà ở và công sở trên địa bàn thành phố.',
      'Phòng chủ trì hướng dẫn, kiểm tra công tác chỉnh trang đô thị, trật tự xây dựng, cung cấp thông tin quy hoạch cho tổ chức, cá nhân theo quy định.',
    ],
    leaders: leaders(
      { fullName: 'Phạm Hoàng Vũ', position: 'Trưởng phòng', bio: bio(1976, 'Thạc sĩ Quy hoạch đô thị', 'Phụ trách chung; trực tiếp chỉ đạo công tác quy hoạch, kiến trúc.') }
    ),
    contact: cityContact('phongqldt.vungtau', '0254 3852 617'),
    quota: MONTHLY_QUOTA,
  },
  {
    slug: 'phong-giao-duc-va-dao-tao',
    name: 'Phòng Giáo dục và Đào tạo',
    shortName: 'Phòng GD&ĐT',
    kind: 'department',
    functions: [
      'Phòng Giáo dục và Đào tạo tham mưu, giúp UBND thành phố quản lý nhà nước về giáo dục mầm non, giáo dục tiểu học, giáo dục trung học cơ sở, giáo dục thường xuyên và các cơ sở giáo dục khác thuộc thẩm quyền quản lý của UBND thành phố.',
      'Phòng theo dõi, tổng hợp kết quả các kỳ thi, phong trào thi đua dạy tốt, học tốt và công tác chuyển đổi số trong giáo dục trên địa bàn.',
    ],
    leaders: leaders(
      { fullName: 'Nguyễn Thị Thanh Bình', position: 'Trưởng phòng', bio: bio(1974, 'Thạc sĩ Quản lý giáo dục', 'Phụ trách chung; trực tiếp chỉ đạo công tác tổ chức cán bộ, kế hoạch - tài chính của ngành.') },
      { fullName: 'Lê Văn Định', position: 'Phó Trưởng phòng', bio: bio(1980, 'Thạc sĩ Lý luận và phương pháp dạy học', 'Phụ trách chuyên môn bậc trung học cơ sở.') }
    ),
    contact: cityContact('phonggddt.vungtau', '0254 3852 628', '18 Lê Lợi, Phường 1, thành phố Vũng Tàu, tỉnh Bà Rịa - Vũng Tàu'),
    quota: MONTHLY_QUOTA,
  },
  {
    slug: 'phong-lao-dong-thuong-binh-va-xa-hoi',
    name: 'Phòng Lao động - Thương binh và Xã hội',
    shortName: 'Phòng LĐ-TB&XH',
    kind: 'department',
    functions: [
      'Phòng Lao động - Thương binh và Xã hội tham mưu, giúp UBND thành phố quản lý nhà nước về việc làm, lao động, tiền lương, bảo hiểm xã hội, an toàn, vệ sinh lao động, người có công, bảo trợ xã hội, giảm nghèo, trẻ em, bình đẳng giới và phòng, chống tệ nạn xã hội.',
      'Phòng cung cấp thông tin về chính sách an sinh xã hội, chương trình “Không để ai bị bỏ lại phía sau” và kết quả chăm lo cho gia đình chính sách, hộ nghèo trên địa bàn thành phố.',
    ],
    leaders: leaders(
      { fullName: 'Hồ Văn Thanh', position: 'Trưởng phòng', bio: bio(1973, 'Cử nhân Công tác xã hội', 'Phụ trách chung; trực tiếp chỉ đạo công tác người có công và giảm nghèo.') }
    ),
    contact: cityContact('phongldtbxh.vungtau', '0254 3852 639'),
    quota: MONTHLY_QUOTA,
  },
  {
    slug: 'phong-kinh-te',
    name: 'Phòng Kinh tế',
    kind: 'department',
    functions: [
      'Phòng Kinh tế tham mưu, giúp UBND thành phố quản lý nhà nước về công nghiệp, tiểu thủ công nghiệp, thương mại, khoa học và công nghệ, nông nghiệp, thủy sản và phát triển nông thôn trên địa bàn thành phố.',
      'Phòng theo dõi tình hình thị trường, giá cả hàng hóa, hoạt động khai thác, nuôi trồng thủy sản và công tác phòng, chống thiên tai, tìm kiếm cứu nạn.',
    ],
    leaders: leaders(
      { fullName: 'Lâm Quốc Tuấn', position: 'Trưởng phòng', bio: bio(1977, 'Thạc sĩ Kinh tế', 'Phụ trách chung; trực tiếp chỉ đạo lĩnh vực thương mại, khoa học và công nghệ.') },
      { fullName: 'Phan Thị Ngọc Yến', position: 'Phó Trưởng phòng', bio: bio(1986, 'Kỹ sư Nuôi trồng thủy sản', 'Phụ trách lĩnh vực nông nghiệp, thủy sản.') }
    ),
    contact: cityContact('phongkt.vungtau', '0254 3852 640'),
    quota: MONTHLY_QUOTA,
  },
  {
    slug: 'thanh-tra-thanh-pho',
    name: 'Thanh tra thành phố',
    kind: 'department',
    functions: [
      'Thanh tra thành phố là cơ quan chuyên môn thuộc UBND thành phố, tham mưu, giúp UBND thành phố quản lý nhà nước về công tác thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo và phòng, chống tham nhũng, tiêu cực.',
      'Thanh tra thành phố cung cấp thông tin về kết quả tiếp công dân, giải quyết đơn thư cho chuyên mục Tương tác với công dân trên Cổng thông tin điện tử thành phố.',
    ],
    leaders: leaders(
      { fullName: 'Đỗ Văn Hạnh', position: 'Chánh Thanh tra', bio: bio(1972, 'Cử nhân Luật', 'Phụ trách chung; trực tiếp chỉ đạo công tác giải quyết khiếu nại, tố cáo.') }
    ),
    contact: cityContact('thanhtra.vungtau', '0254 3852 651'),
    quota: MONTHLY_QUOTA,
  },
  {
    slug: 'mttq-thanh-pho',
    name: 'Ủy ban MTTQ Việt Nam thành phố',
    shortName: 'UBMTTQ thành phố',
    kind: 'organisation',
    functions: [
      'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố là cơ quan chấp hành của Mặt trận Tổ quốc Việt Nam thành phố giữa hai kỳ đại hội, có nhiệm vụ tập hợp, xây dựng khối đại đoàn kết toàn dân tộc, đại diện, bảo vệ quyền và lợi ích hợp pháp, chính đáng của Nhân dân.',
      'Ủy ban thực hiện giám sát, phản biện xã hội, tham gia xây dựng Đảng, chính quyền; chủ trì cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” và vận động Quỹ “Vì người nghèo” trên địa bàn thành phố.',
    ],
    leaders: leaders(
      { fullName: 'Nguyễn Thị Xuân Mai', position: 'Chủ tịch Ủy ban MTTQ Việt Nam thành phố', bio: bio(1972, 'Cử nhân Luật', 'Phụ trách chung hoạt động của Ủy ban.') },
      { fullName: 'Lê Văn Bền', position: 'Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố', bio: bio(1979, 'Cử nhân Xã hội học', 'Phụ trách công tác tuyên truyền và phong trào.') }
    ),
    contact: cityContact('mttq.vungtau', '0254 3852 662', '2 Lê Lợi, Phường 1, thành phố Vũng Tàu, tỉnh Bà Rịa - Vũng Tàu'),
    quota: QUARTERLY_QUOTA,
  },
  {
    slug: 'thanh-doan',
    name: 'Thành đoàn',
    shortName: 'Thành đoàn Vũng Tàu',
    kind: 'organisation',
    functions: [
      'Thành đoàn Vũng Tàu là cơ quan lãnh đạo của Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố giữa hai kỳ đại hội, tập hợp, đoàn kết, giáo dục thanh thiếu nhi và tổ chức các phong trào hành động cách mạng của tuổi trẻ thành phố.',
      'Thành đoàn chỉ đạo các chiến dịch thanh niên tình nguyện hè, phong trào “Thanh niên tình nguyện”, “Tuổi trẻ sáng tạo” và hỗ trợ người dân sử dụng dịch vụ công trực tuyến, ứng dụng định danh điện tử.',
    ],
    leaders: leaders(
      { fullName: 'Trần Minh Khang', position: 'Bí thư Thành đoàn', bio: bio(1990, 'Thạc sĩ Quản lý công', 'Phụ trách chung công tác Đoàn và phong trào thanh thiếu nhi thành phố.') }
    ),
    contact: cityContact('thanhdoan.vungtau', '0254 3852 673', '2 Lê Lợi, Phường 1, thành phố Vũng Tàu, tỉnh Bà Rịa - Vũng Tàu'),
    quota: QUARTERLY_QUOTA,
  },
  {
    slug: 'hoi-lien-hiep-phu-nu',
    name: 'Hội Liên hiệp Phụ nữ thành phố',
    shortName: 'Hội LHPN thành phố',
    kind: 'organisation',
    functions: [
      'Hội Liên hiệp Phụ nữ thành phố đại diện, chăm lo, bảo vệ quyền và lợi ích hợp pháp, chính đáng của phụ nữ; tuyên truyền, vận động hội viên thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước.',
      'Hội triển khai các phong trào, cuộc vận động như “Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc”, hỗ trợ phụ nữ khởi nghiệp, phát triển kinh tế và xây dựng gia đình “5 không, 3 sạch”.',
    ],
    leaders: leaders(
      { fullName: 'Lê Thị Mộng Thu', position: 'Chủ tịch Hội Liên hiệp Phụ nữ thành phố', bio: bio(1978, 'Cử nhân Quản trị kinh doanh', 'Phụ trách chung hoạt động của Hội.') }
    ),
    contact: cityContact('hoiphunu.vungtau', '0254 3852 684', '2 Lê Lợi, Phường 1, thành phố Vũng Tàu, tỉnh Bà Rịa - Vũng Tàu'),
    quota: QUARTERLY_QUOTA,
  },
  {
    slug: 'hoi-cuu-chien-binh',
    name: 'Hội Cựu chiến binh thành phố',
    shortName: 'Hội CCB thành phố',
    kind: 'organisation',
    functions: [
      'Hội Cựu chiến binh thành phố đoàn kết, tập hợp cựu chiến binh, giữ gìn và phát huy bản chất, truyền thống “Bộ đội Cụ Hồ”; tham gia xây dựng, bảo vệ Đảng, chính quyền và giáo dục truyền thống cách mạng cho thế hệ trẻ.',
      'Hội vận động hội viên giúp nhau phát triển kinh tế, giảm nghèo, tham gia giữ gìn an ninh, trật tự ở khu dân cư.',
    ],
    leaders: leaders(
      { fullName: 'Trương Văn Mạnh', position: 'Chủ tịch Hội Cựu chiến binh thành phố', bio: bio(1962, 'Cử nhân Khoa học quân sự', 'Phụ trách chung hoạt động của Hội.') }
    ),
    contact: cityContact('hoiccb.vungtau', '0254 3852 695', '2 Lê Lợi, Phường 1, thành phố Vũng Tàu, tỉnh Bà Rịa - Vũng Tàu'),
    quota: QUARTERLY_QUOTA,
  },
  {
    slug: 'hoi-nong-dan',
    name: 'Hội Nông dân thành phố',
    shortName: 'Hội ND thành phố',
    kind: 'organisation',
    functions: [
      'Hội Nông dân thành phố tập hợp, đoàn kết nông dân, ngư dân; đại diện, bảo vệ quyền và lợi ích hợp pháp, chính đáng của hội viên; tổ chức phong trào nông dân thi đua sản xuất, kinh doanh giỏi.',
      'Hội phối hợp hỗ trợ vốn, chuyển giao khoa học kỹ thuật trong nuôi trồng thủy sản, nhất là tại xã Long Sơn và các phường ven biển.',
    ],
    leaders: leaders(
      { fullName: 'Huỳnh Văn Út', position: 'Chủ tịch Hội Nông dân thành phố', bio: bio(1970, 'Kỹ sư Nông nghiệp', 'Phụ trách chung hoạt động của Hội.') }
    ),
    contact: cityContact('hoinongdan.vungtau', '0254 3852 706', '2 Lê Lợi, Phường 1, thành phố Vũng Tàu, tỉnh Bà Rịa - Vũng Tàu'),
    quota: QUARTERLY_QUOTA,
  },
  {
    slug: 'lien-doan-lao-dong',
    name: 'Liên đoàn Lao động thành phố',
    shortName: 'LĐLĐ thành phố',
    kind: 'organisation',
    functions: [
      'Liên đoàn Lao động thành phố đại diện, chăm lo, bảo vệ quyền và lợi ích hợp pháp, chính đáng của người lao động; hướng dẫn hoạt động của các công đoàn cơ sở trên địa bàn thành phố.',
      'Liên đoàn tổ chức các chương trình “Tháng Công nhân”, “Tết Sum vầy”, hỗ trợ đoàn viên có hoàn cảnh khó khăn và tuyên truyền pháp luật lao động.',
    ],
    leaders: leaders(
      { fullName: 'Nguyễn Thị Kim Hoa', position: 'Chủ tịch Liên đoàn Lao động thành phố', bio: bio(1976, 'Cử nhân Quản trị nhân lực', 'Phụ trách chung hoạt động của Liên đoàn.') }
    ),
    contact: cityContact('ldld.vungtau', '0254 3852 717', '2 Lê Lợi, Phường 1, thành phố Vũng Tàu, tỉnh Bà Rịa - Vũng Tàu'),
    quota: QUARTERLY_QUOTA,
  },
  {
    slug: 'trung-tam-van-hoa-thong-tin-va-the-thao',
    name: 'Trung tâm Văn hóa, Thông tin và Thể thao',
    shortName: 'Trung tâm VH-TT&TT',
    kind: 'centre',
    functions: [
      'Trung tâm Văn hóa, Thông tin và Thể thao là đơn vị sự nghiệp công lập thuộc UBND thành phố, tổ chức các hoạt động văn hóa, văn nghệ, thông tin cổ động, thể dục, thể thao và vận hành hệ thống truyền thanh của thành phố.',
      'Trung tâm sản xuất tin, bài, phóng sự ảnh về các sự kiện chính trị, văn hóa, thể thao, lễ hội của thành phố, cung cấp thường xuyên cho Cổng thông tin điện tử thành phố và các phương tiện thông tin đại chúng.',
    ],
    leaders: leaders(
      { fullName: 'Đinh Công Thành', position: 'Giám đốc', bio: bio(1975, 'Thạc sĩ Quản lý văn hóa', 'Phụ trách chung; trực tiếp chỉ đạo công tác thông tin, tuyên truyền.') },
      { fullName: 'Huỳnh Văn Lợi', position: 'Phó Giám đốc', bio: bio(1982, 'Cử nhân Báo chí', 'Thành viên Ban biên tập Cổng thông tin điện tử thành phố, phụ trách tin, bài và hình ảnh.') }
    ),
    contact: cityContact('ttvhttt.vungtau', '0254 3852 728', '1 Trần Hưng Đạo, Phường 1, thành phố Vũng Tàu, tỉnh Bà Rịa - Vũng Tàu'),
    quota: CENTRE_QUOTA,
  },
  {
    slug: 'ban-tuyen-giao-thanh-uy',
    name: 'Ban Tuyên giáo Thành ủy',
    shortName: 'BTG Thành ủy',
    kind: 'party-body',
    functions: [
      'Ban Tuyên giáo Thành ủy là cơ quan tham mưu, giúp việc của Thành ủy, trực tiếp và thường xuyên là Ban Thường vụ Thành ủy về công tác tuyên giáo, gồm lý luận chính trị, tuyên truyền, báo chí, xuất bản, văn hóa, văn nghệ, khoa giáo.',
      'Ban định hướng thông tin, tuyên truyền các sự kiện chính trị, ngày lễ lớn của đất nước và của thành phố; phối hợp cung cấp thông tin chính xác, kịp thời về những vấn đề dư luận xã hội quan tâm.',
    ],
    leaders: leaders(
      { fullName: 'Nguyễn Thị Hồng Phúc', position: 'Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Thành ủy', bio: bio(1974, 'Thạc sĩ Chính trị học', 'Phụ trách chung công tác tuyên giáo của Đảng bộ thành phố.') },
      { fullName: 'Lê Quốc Dũng', position: 'Phó Trưởng Ban Tuyên giáo Thành ủy', bio: bio(1981, 'Cử nhân Báo chí', 'Phụ trách công tác tuyên truyền, báo chí.') }
    ),
    contact: cityContact('btgtu.vungtau', '0254 3852 739', '2 Lê Lợi, Phường 1, thành phố Vũng Tàu, tỉnh Bà Rịa - Vũng Tàu'),
    quota: QUARTERLY_QUOTA,
  },
  {
    slug: 'cong-an-thanh-pho',
    name: 'Công an thành phố',
    kind: 'police',
    functions: [
      'Công an thành phố Vũng Tàu tham mưu cho Thành ủy, UBND thành phố về công tác bảo đảm an ninh quốc gia, trật tự, an toàn xã hội; trực tiếp đấu tranh phòng, chống tội phạm, vi phạm pháp luật và bảo đảm trật tự, an toàn giao thông trên địa bàn.',
      'Công an thành phố hướng dẫn người dân đăng ký, quản lý cư trú, cấp căn cước, kích hoạt tài khoản định danh điện tử VNeID và thực hiện các dịch vụ công trực tuyến thuộc lĩnh vực được giao.',
    ],
    leaders: leaders(
      { fullName: 'Trần Văn Kiên', position: 'Trưởng Công an thành phố', bio: bio(1976, 'Cử nhân An ninh nhân dân', 'Phụ trách chung công tác bảo đảm an ninh, trật tự trên địa bàn thành phố.') }
    ),
    contact: cityContact('congan.vungtau', '0254 3852 750', '2 Trương Công Định, Phường 3, thành phố Vũng Tàu, tỉnh Bà Rịa - Vũng Tàu'),
    quota: QUARTERLY_QUOTA,
  },
];

/**
 * The top of the city's organisation chart: the Party Committee, the People's Council and the
 * People's Committee with its chair and vice-chairs. They send no news (chartOnly); the names are
 * the demo's own, not the real office-holders'.
 */
const cityTop: CityUnit[] = [
  {
    slug: 'thanh-uy',
    name: 'Thành ủy Vũng Tàu',
    nameEn: 'Vung Tau City Party Committee',
    kind: 'party-body',
    functions: [
      'Thành ủy Vũng Tàu là cơ quan lãnh đạo của Đảng bộ thành phố giữa hai kỳ đại hội, lãnh đạo toàn diện các mặt công tác chính trị, kinh tế, văn hóa, xã hội, quốc phòng, an ninh trên địa bàn thành phố.',
    ],
    functionsEn: [
      'The City Party Committee leads the city Party organisation between congresses and gives overall direction to political, economic, cultural, social, defence and security work in the city.',
    ],
    leaders: leaders({
      fullName: 'Võ Đức Thịnh',
      position: 'Bí thư Thành ủy',
      positionEn: 'Secretary of the City Party Committee',
      bio: bio(1970, 'Thạc sĩ Quản lý kinh tế', 'Phụ trách chung công tác của Đảng bộ thành phố.'),
      bioEn: 'Born in 1970. Master of Economic Management; advanced political theory. In overall charge of the city Party organisation.',
    }),
    contact: cityContact('thanhuy.vungtau', '0254 3852 300'),
    chartOnly: true,
  },
  {
    slug: 'hdnd-thanh-pho',
    name: 'Hội đồng nhân dân thành phố',
    shortName: 'HĐND thành phố',
    nameEn: "City People's Council",
    kind: 'other',
    functions: [
      'Hội đồng nhân dân thành phố là cơ quan quyền lực nhà nước ở địa phương, đại diện cho ý chí, nguyện vọng và quyền làm chủ của Nhân dân; quyết định các vấn đề quan trọng của thành phố và giám sát hoạt động của Ủy ban nhân dân thành phố.',
    ],
    functionsEn: [
      "The City People's Council is the local body of state power. It represents the will and aspirations of the people, decides the city's important matters and oversees the work of the City People's Committee.",
    ],
    leaders: leaders({
      fullName: 'Huỳnh Thị Diễm Phương',
      position: 'Chủ tịch HĐND thành phố',
      positionEn: "Chair of the City People's Council",
      bio: bio(1972, 'Thạc sĩ Luật', 'Phụ trách chung hoạt động của Hội đồng nhân dân thành phố.'),
      bioEn: "Born in 1972. Master of Laws; advanced political theory. In overall charge of the City People's Council.",
    }),
    contact: cityContact('hdnd.vungtau', '0254 3852 310'),
    chartOnly: true,
  },
  {
    slug: 'ubnd-thanh-pho',
    name: 'Ủy ban nhân dân thành phố Vũng Tàu',
    shortName: 'UBND thành phố',
    nameEn: "Vung Tau City People's Committee",
    kind: 'ward-committee',
    functions: [
      'Ủy ban nhân dân thành phố là cơ quan hành chính nhà nước ở địa phương, do Hội đồng nhân dân thành phố bầu ra, chịu trách nhiệm trước Nhân dân, Hội đồng nhân dân thành phố và Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu.',
      'Ủy ban nhân dân thành phố tổ chức thi hành Hiến pháp, pháp luật, nghị quyết của Hội đồng nhân dân; quản lý nhà nước trên các lĩnh vực kinh tế, đô thị, văn hóa, xã hội, quốc phòng, an ninh; chỉ đạo các cơ quan chuyên môn và Ủy ban nhân dân các phường, xã.',
    ],
    functionsEn: [
      "The City People's Committee is the local state administrative body, elected by the City People's Council and accountable to the people, to that Council and to the Provincial People's Committee of Ba Ria - Vung Tau.",
      "It enforces the Constitution, the law and the Council's resolutions, manages the economy, urban development, culture, social affairs, defence and security, and directs the city's specialised agencies and the People's Committees of the wards and the commune.",
    ],
    leaders: leaders(
      {
        fullName: 'Lê Minh Quang',
        position: 'Chủ tịch UBND thành phố',
        positionEn: "Chair of the City People's Committee",
        bio: bio(1971, 'Thạc sĩ Quản lý công', 'Phụ trách chung; trực tiếp chỉ đạo công tác tổ chức bộ máy, quy hoạch, tài chính - ngân sách.'),
        bioEn: 'Born in 1971. Master of Public Management; advanced political theory. In overall charge; directs organisation, planning, finance and the budget.',
      },
      {
        fullName: 'Trần Quốc Hưng',
        position: 'Phó Chủ tịch UBND thành phố',
        positionEn: "Vice Chair of the City People's Committee",
        bio: bio(1975, 'Thạc sĩ Quản lý văn hóa', 'Phụ trách lĩnh vực văn hóa - xã hội, giáo dục, y tế; Trưởng Ban biên tập Cổng thông tin điện tử thành phố.'),
        bioEn: "Born in 1975. Master of Cultural Management; advanced political theory. In charge of culture and social affairs, education and health; head of the city portal's editorial board.",
      },
      {
        fullName: 'Phan Thị Bích Ngọc',
        position: 'Phó Chủ tịch UBND thành phố',
        positionEn: "Vice Chair of the City People's Committee",
        bio: bio(1977, 'Thạc sĩ Kinh tế', 'Phụ trách lĩnh vực kinh tế, đô thị, tài nguyên và môi trường.'),
        bioEn: 'Born in 1977. Master of Economics; advanced political theory. In charge of the economy, urban development, natural resources and the environment.',
      }
    ),
    contact: cityContact('ubnd.vungtau', '0254 3852 320'),
    chartOnly: true,
  },
];

/** Where each city unit sits on the organisation chart: agencies under the People's Committee, mass organisations under the Front. */
const cityParent = (unit: CityUnit): string | undefined => {
  if (unit.slug === 'mttq-thanh-pho') return undefined;
  if (unit.kind === 'party-body') return 'thanh-uy';
  if (unit.kind === 'organisation') return 'mttq-thanh-pho';
  return 'ubnd-thanh-pho';
};

/** City bodies first (the top of the chart, then departments and organisations), then each ward's own units. */
export const units: UnitSeed[] = [
  ...cityTop.map((unit): UnitSeed => ({ ...unit, site: CITY, order: 0 })),
  ...cityUnits.map((unit, i): UnitSeed => withCityEnglish({ ...unit, site: CITY, order: i + 1, parent: cityParent(unit) })),
  ...sites.filter((site) => site.kind !== 'city').flatMap(wardUnits),
];
