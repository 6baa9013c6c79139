import type { QuestionField } from '@vungtau/publishing';

/** A demo question and its answer (paragraphs); the asker is made up and never shown. */
export interface QuestionSeed {
  key: string;
  site: string;
  field: QuestionField;
  title: string;
  question: string;
  answer: string[] | null;
  /** Still waiting: `assigned` to the site's first unit (its answerer's list), else just received. */
  handling?: 'received' | 'assigned';
  /** Days before the demo's "now" the question came in, and after that it was answered. */
  receivedDaysAgo: number;
  answeredAfterDays: number;
  askerName: string;
  email: string | null;
  phone: string | null;
}

type Template = Pick<QuestionSeed, 'field' | 'title' | 'question' | 'answer'>;

/** Questions people ask a city or a ward, answered as the competent body would. */
const TEMPLATES: readonly Template[] = [
  {
    field: 'dat-dai-xay-dung',
    title: 'Sửa chữa mái nhà ở riêng lẻ có phải xin giấy phép xây dựng không?',
    question:
      'Gia đình tôi có căn nhà cấp 4 trong hẻm, mái tôn đã hư hỏng. Tôi muốn thay mái tôn mới, không thay đổi kết cấu và diện tích. Xin hỏi có phải xin giấy phép xây dựng không?',
    answer: [
      'Theo điểm g khoản 2 Điều 89 Luật Xây dựng năm 2014 (được sửa đổi, bổ sung năm 2020), công trình sửa chữa, cải tạo bên trong hoặc bên ngoài không làm thay đổi kết cấu chịu lực, không làm thay đổi công năng sử dụng, không làm ảnh hưởng tới môi trường, an toàn công trình thì được miễn giấy phép xây dựng.',
      'Việc thay mái tôn như ông/bà trình bày thuộc trường hợp được miễn giấy phép. Trước khi thi công, đề nghị ông/bà thông báo cho Ủy ban nhân dân phường nơi có nhà để được hướng dẫn bảo đảm an toàn và vệ sinh môi trường.',
    ],
  },
  {
    field: 'hanh-chinh-tu-phap',
    title: 'Đăng ký khai sinh cho con khi cha mẹ chưa đăng ký kết hôn',
    question:
      'Vợ chồng tôi chưa đăng ký kết hôn và vừa sinh con. Xin hỏi thủ tục đăng ký khai sinh cho cháu như thế nào, có ghi được tên người cha không?',
    answer: [
      'Theo Luật Hộ tịch năm 2014 và Nghị định 123/2015/NĐ-CP, trường hợp cha, mẹ chưa đăng ký kết hôn, Ủy ban nhân dân cấp xã kết hợp giải quyết việc đăng ký khai sinh và nhận cha, con.',
      'Hồ sơ gồm: tờ khai đăng ký khai sinh, giấy chứng sinh, tờ khai đăng ký nhận cha, con và chứng cứ chứng minh quan hệ cha, con (văn bản của cơ quan y tế, giám định hoặc văn bản cam đoan có hai người làm chứng). Ông/bà có thể nộp trực tuyến trên Cổng Dịch vụ công quốc gia.',
    ],
  },
  {
    field: 'giao-thong-do-thi',
    title: 'Đề nghị sửa chữa đèn chiếu sáng trong hẻm bị hư',
    question:
      'Đèn chiếu sáng công cộng trong hẻm nơi tôi ở đã hư gần một tháng, buổi tối rất tối, người dân đi lại khó khăn. Đề nghị cơ quan chức năng kiểm tra, sửa chữa.',
    answer: [
      'Ủy ban nhân dân phường đã chuyển phản ánh của ông/bà đến đơn vị quản lý hệ thống chiếu sáng công cộng. Đơn vị đã kiểm tra, thay bóng đèn và dây dẫn bị hỏng; hệ thống đã hoạt động bình thường.',
      'Khi phát hiện đèn chiếu sáng hư hỏng, người dân có thể báo qua đường dây nóng của phường hoặc gửi câu hỏi tại mục Hỏi đáp này.',
    ],
  },
  {
    field: 'tai-nguyen-moi-truong',
    title: 'Giờ thu gom rác sinh hoạt trên địa bàn',
    question: 'Xin cho biết lịch thu gom rác sinh hoạt của khu phố tôi, và rác cồng kềnh (bàn ghế cũ, nệm) thì bỏ ở đâu?',
    answer: [
      'Rác sinh hoạt được thu gom hằng ngày từ 17 giờ đến 21 giờ theo các tuyến đã thông báo tại khu phố. Người dân bỏ rác vào túi kín và đặt đúng giờ, đúng nơi quy định.',
      'Rác cồng kềnh được thu gom riêng vào sáng thứ Bảy hằng tuần; người dân liên hệ tổ trưởng khu phố để đăng ký, không để trên vỉa hè, lòng đường.',
    ],
  },
  {
    field: 'kinh-te-thue',
    title: 'Hộ kinh doanh nhỏ có phải nộp thuế không?',
    question: 'Tôi bán tạp hóa tại nhà, doanh thu khoảng 80 triệu đồng một năm. Xin hỏi tôi có phải đăng ký kinh doanh và nộp thuế không?',
    answer: [
      'Theo quy định hiện hành, hộ, cá nhân kinh doanh có doanh thu từ 100 triệu đồng/năm trở xuống thì không phải nộp thuế giá trị gia tăng và thuế thu nhập cá nhân, nhưng vẫn phải khai doanh thu với cơ quan thuế.',
      'Về đăng ký kinh doanh, đề nghị ông/bà liên hệ bộ phận một cửa của Ủy ban nhân dân phường để được hướng dẫn hồ sơ đăng ký hộ kinh doanh.',
    ],
  },
  {
    field: 'lao-dong-an-sinh',
    title: 'Điều kiện hưởng trợ cấp xã hội hằng tháng cho người cao tuổi',
    question: 'Mẹ tôi năm nay 80 tuổi, không có lương hưu. Xin hỏi mẹ tôi có được hưởng trợ cấp xã hội hằng tháng không và thủ tục thế nào?',
    answer: [
      'Theo Nghị định 20/2021/NĐ-CP, người từ đủ 80 tuổi trở lên không có lương hưu, trợ cấp bảo hiểm xã hội hằng tháng thuộc đối tượng hưởng trợ cấp xã hội hằng tháng.',
      'Hồ sơ gồm tờ khai theo mẫu và bản sao giấy tờ tùy thân, nộp tại Ủy ban nhân dân cấp xã nơi cư trú. Trong thời hạn quy định, cơ quan có thẩm quyền xem xét, quyết định trợ cấp.',
    ],
  },
  {
    field: 'giao-duc',
    title: 'Tuyển sinh lớp 1 theo địa bàn cư trú',
    question: 'Con tôi năm nay vào lớp 1. Gia đình tôi tạm trú tại phường, chưa có hộ khẩu thường trú. Xin hỏi cháu có được tuyển sinh vào trường tiểu học gần nhà không?',
    answer: [
      'Việc tuyển sinh lớp 1 thực hiện theo địa bàn cư trú, căn cứ thông tin trong Cơ sở dữ liệu quốc gia về dân cư, bao gồm cả nơi tạm trú.',
      'Gia đình ông/bà đăng ký tuyển sinh trực tuyến theo hướng dẫn của Phòng Giáo dục và Đào tạo trong thời gian tuyển sinh; trường tiểu học được phân tuyến có trách nhiệm tiếp nhận.',
    ],
  },
  {
    field: 'y-te',
    title: 'Lịch tiêm chủng mở rộng tại trạm y tế',
    question: 'Xin cho biết trạm y tế phường tổ chức tiêm chủng mở rộng cho trẻ em vào những ngày nào trong tháng?',
    answer: [
      'Trạm y tế tổ chức tiêm chủng mở rộng vào ngày 5 và ngày 20 hằng tháng (nếu trùng ngày nghỉ thì chuyển sang ngày làm việc kế tiếp), buổi sáng từ 7 giờ 30 đến 11 giờ.',
      'Phụ huynh mang theo sổ tiêm chủng hoặc thông tin tiêm chủng điện tử của trẻ.',
    ],
  },
  {
    field: 'van-hoa-du-lich',
    title: 'Đăng ký tổ chức sự kiện văn hóa tại nơi công cộng',
    question: 'Câu lạc bộ chúng tôi muốn tổ chức buổi biểu diễn văn nghệ tại công viên vào cuối tuần. Xin hỏi có cần xin phép không?',
    answer: [
      'Tổ chức biểu diễn nghệ thuật tại nơi công cộng phải thông báo với Ủy ban nhân dân cấp xã nơi tổ chức trước ít nhất 5 ngày làm việc, theo Nghị định 144/2020/NĐ-CP.',
      'Văn bản thông báo nêu nội dung, thời gian, địa điểm và người chịu trách nhiệm; câu lạc bộ bảo đảm an ninh trật tự, vệ sinh môi trường trong thời gian tổ chức.',
    ],
  },
  {
    field: 'an-ninh-trat-tu',
    title: 'Phản ánh tiếng ồn từ quán karaoke sau 22 giờ',
    question: 'Quán karaoke gần nhà tôi thường xuyên hát lớn sau 22 giờ, ảnh hưởng giấc ngủ của người dân. Đề nghị chính quyền xử lý.',
    answer: [
      'Công an phường đã phối hợp với tổ dân phố kiểm tra, lập biên bản nhắc nhở cơ sở kinh doanh karaoke và yêu cầu chấm dứt hoạt động gây tiếng ồn sau 22 giờ.',
      'Nếu tiếp tục vi phạm, cơ sở sẽ bị xử phạt theo Nghị định 45/2022/NĐ-CP. Người dân có thể báo ngay cho Công an phường qua số điện thoại trực ban khi sự việc xảy ra.',
    ],
  },
  {
    field: 'hanh-chinh-tu-phap',
    title: 'Chứng thực bản sao từ bản chính ở đâu?',
    question: 'Tôi cần chứng thực bản sao bằng tốt nghiệp để nộp hồ sơ xin việc. Xin hỏi có thể làm ở Ủy ban nhân dân phường không, lệ phí bao nhiêu?',
    answer: [
      'Ông/bà có thể chứng thực bản sao từ bản chính tại Ủy ban nhân dân cấp xã bất kỳ, không phụ thuộc nơi cư trú.',
      'Lệ phí là 2.000 đồng một trang; từ trang thứ ba trở đi là 1.000 đồng một trang, tối đa không quá 200.000 đồng một bản.',
    ],
  },
  {
    field: 'khac',
    title: 'Giờ làm việc của bộ phận một cửa',
    question: 'Bộ phận tiếp nhận và trả kết quả của phường có làm việc vào sáng thứ Bảy không?',
    answer: [
      'Bộ phận Một cửa làm việc từ thứ Hai đến thứ Sáu; sáng thứ Bảy tiếp nhận hồ sơ từ 7 giờ 30 đến 11 giờ 30 (trừ ngày lễ, Tết).',
      'Nhiều thủ tục có thể nộp trực tuyến trên Cổng Dịch vụ công quốc gia vào mọi thời điểm.',
    ],
  },
];

const ASKERS = ['Nguyễn Văn An', 'Trần Thị Bích', 'Lê Minh Châu', 'Phạm Quốc Dũng', 'Hoàng Thị Hà', 'Võ Văn Khánh', 'Đặng Thị Lan', 'Bùi Văn Minh'];

/**
 * Answered questions on every site, across the fields (the city four more), and on the city
 * portal a few still being handled, so the staff's lists have work in them.
 */
export const generateQuestions = (siteSlugs: readonly string[], citySlug: string): QuestionSeed[] => {
  const seeds: QuestionSeed[] = [];
  siteSlugs.forEach((site, s) => {
    const count = site === citySlug ? 8 : 4;
    for (let i = 0; i < count; i += 1) {
      const template = TEMPLATES[(s * 3 + i) % TEMPLATES.length];
      const asker = ASKERS[(s + i) % ASKERS.length];
      seeds.push({
        key: `${site}#${i}`,
        site,
        ...template,
        receivedDaysAgo: 12 + i * 17 + (s % 5),
        answeredAfterDays: 4 + ((s + i) % 9),
        askerName: asker,
        email: i % 3 === 2 ? null : `nguoidan.${site}.${i}@example.vn`,
        phone: i % 3 === 1 ? null : `0912${String(100000 + s * 100 + i).slice(-6)}`,
      });
    }
  });
  const pending: Array<Pick<QuestionSeed, 'field' | 'title' | 'question'>> = [
    {
      field: 'dat-dai-xay-dung',
      title: 'Thời gian giải quyết hồ sơ cấp giấy chứng nhận quyền sử dụng đất lần đầu',
      question: 'Tôi đã nộp hồ sơ cấp giấy chứng nhận quyền sử dụng đất lần đầu được hơn 30 ngày nhưng chưa nhận kết quả. Xin hỏi thời hạn giải quyết là bao lâu?',
    },
    {
      field: 'giao-thong-do-thi',
      title: 'Đề nghị lắp đặt biển báo giảm tốc độ gần trường học',
      question: 'Đoạn đường trước trường tiểu học thường có xe chạy nhanh vào giờ tan học. Đề nghị lắp biển báo và gờ giảm tốc để bảo đảm an toàn cho học sinh.',
    },
  ];
  pending.forEach((item, i) =>
    seeds.push({
      key: `${citySlug}#pending-${i}`,
      site: citySlug,
      ...item,
      answer: null,
      handling: i === 0 ? 'assigned' : 'received',
      receivedDaysAgo: 3 + i * 20,
      answeredAfterDays: 0,
      askerName: ASKERS[i],
      email: `nguoidan.cho.${i}@example.vn`,
      phone: null,
    })
  );
  return seeds;
};

/** Comments on the drafts still open at the demo's "now": a few published, one answered, one waiting. */
export const DRAFT_COMMENTS = [
  {
    authorName: 'Nguyễn Thị Mai',
    organisation: null,
    section: 'Điều 3',
    body: 'Đề nghị quy định rõ thời gian chuyển tiếp để các hộ kinh doanh hiện có kịp điều chỉnh, tối thiểu 6 tháng.',
    showName: true,
    status: 'published',
    answer: 'Cơ quan soạn thảo tiếp thu, bổ sung khoản 3 Điều 3 về thời gian chuyển tiếp 6 tháng kể từ ngày quyết định có hiệu lực.',
  },
  {
    authorName: 'Trần Văn Phúc',
    organisation: 'Hội Doanh nghiệp nhỏ và vừa thành phố',
    section: 'Điều 5, khoản 2',
    body: 'Thủ tục đăng ký nên cho phép nộp trực tuyến hoàn toàn, không yêu cầu nộp bản giấy.',
    showName: true,
    status: 'published',
    answer: null,
  },
  {
    authorName: 'Lê Hoàng Nam',
    organisation: null,
    section: null,
    body: 'Tôi đồng ý với dự thảo, đề nghị sớm ban hành để người dân thực hiện.',
    showName: false,
    status: 'published',
    answer: null,
  },
  {
    authorName: 'Phạm Thị Thu',
    organisation: null,
    section: 'Điều 7',
    body: 'Đề nghị làm rõ trách nhiệm của tổ dân phố trong việc kiểm tra, giám sát.',
    showName: true,
    status: 'pending',
    answer: null,
  },
] as const;
