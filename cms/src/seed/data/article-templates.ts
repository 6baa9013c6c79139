/**
 * Vocabulary and shared paragraphs of the demo articles. Stories (title + lede + body that belong
 * together) are in article-stories-*.ts; this file holds what several stories draw on.
 */

/** The themes of the 2024 posting plan (seed 000, section II.2), plus the city's ward-news column. */
export type Topic =
  | 'general'
  | 'directives'
  | 'admin-reform'
  | 'citizens'
  | 'ask'
  | 'saturday'
  | 'digital'
  | 'health'
  | 'civility'
  | 'tourism'
  | 'front'
  | 'ward-news';

/** The fixed tag list; articles carry 0–3 of these. */
export const TAGS = [
  'Cải cách hành chính',
  'Chuyển đổi số',
  'Văn minh đô thị',
  'Du lịch',
  'An sinh xã hội',
  'Phòng chống dịch',
  'Sốt xuất huyết',
  'Mặt trận Tổ quốc',
  'Đoàn Thanh niên',
  'Hội Liên hiệp Phụ nữ',
  'Lễ hội Nghinh Ông',
  'Tiếp công dân',
  'Dân hỏi - Chính quyền trả lời',
  'Thứ 7 - Lắng nghe dân nói',
  'Đề án 06',
  'Môi trường',
  'An toàn thực phẩm',
  'Trật tự đô thị',
  'Thi đua khen thưởng',
  'Quốc phòng - An ninh',
  'Người tốt việc tốt',
  'Đầu tư xây dựng',
  'Thể dục thể thao',
] as const;
export type Tag = (typeof TAGS)[number];

/** A news story: its title variants, summary and body paragraphs are written to match. */
export interface Story {
  titles: readonly string[];
  /** 1–2 sentences, used as the summary. */
  lede: string;
  /** The first paragraph opens with {when}; at least two paragraphs. */
  body: readonly string[];
  caption: string;
  tags: readonly Tag[];
  /** Only on the city portal, or only on ward/commune sites. */
  scope?: 'city' | 'wards';
  /** Only where the area name matches (e.g. the Nghinh Ông festival of Thắng Tam). */
  only?: RegExp;
  /** Months (1–12) when such an event happens; none means any time of the year. */
  months?: readonly number[];
  /** The event is held on a Saturday ("Thứ 7 - Lắng nghe dân nói"). */
  saturday?: boolean;
}

const GENERAL_EXTRAS: readonly string[] = [
  'Thời gian tới, {actor} tiếp tục tập trung chỉ đạo thực hiện các nhiệm vụ trọng tâm, đẩy nhanh tiến độ các công trình, dự án và chăm lo tốt hơn đời sống vật chất, tinh thần của nhân dân.',
  'Hoạt động nhận được sự đồng tình, hưởng ứng của cán bộ, đảng viên và đông đảo nhân dân trên địa bàn.',
];
const CITIZEN_EXTRAS: readonly string[] = [
  'Đối với những nội dung vượt thẩm quyền, {actor} ghi nhận, tổng hợp và chuyển đến cơ quan có thẩm quyền xem xét, trả lời người dân theo đúng quy định.',
  'Kết quả giải quyết các kiến nghị được công khai trên {portal} và thông báo trên hệ thống loa truyền thanh để người dân cùng theo dõi, giám sát.',
];

/** Paragraphs that fit any story of a topic, to lengthen articles (bài) without repeating. */
export const TOPIC_EXTRAS: Record<Topic, readonly string[]> = {
  general: GENERAL_EXTRAS,
  directives: GENERAL_EXTRAS,
  citizens: CITIZEN_EXTRAS,
  ask: CITIZEN_EXTRAS,
  saturday: CITIZEN_EXTRAS,
  'admin-reform': [
    'Theo {actor}, việc công khai đầy đủ thủ tục hành chính, quy trình giải quyết và phí, lệ phí tại bộ phận một cửa đã giúp người dân chủ động chuẩn bị hồ sơ, hạn chế phải đi lại nhiều lần.',
    'Thời gian tới, đơn vị tiếp tục rà soát, đơn giản hóa thủ tục hành chính, tăng cường kỷ luật, kỷ cương công vụ và xử lý nghiêm các trường hợp gây phiền hà, sách nhiễu người dân, doanh nghiệp.',
  ],
  digital: [
    'Theo kế hoạch, {actor} tiếp tục phối hợp với lực lượng công an, đoàn viên thanh niên đến từng khu dân cư hướng dẫn người dân sử dụng các tiện ích số, đồng thời nhắc nhở bà con cảnh giác với các thủ đoạn lừa đảo qua mạng.',
    'Chuyển đổi số được xác định là nhiệm vụ trọng tâm, gắn với ba trụ cột phát triển chính quyền số, kinh tế số và xã hội số, lấy người dân làm trung tâm.',
  ],
  health: [
    'Người dân khi có dấu hiệu bất thường về sức khỏe cần đến ngay cơ sở y tế gần nhất để được khám, tư vấn và điều trị kịp thời, không tự ý mua thuốc điều trị tại nhà.',
    '{healthStation} duy trì trực 24/24 giờ, sẵn sàng tiếp nhận, xử lý các trường hợp cấp cứu và thông tin kịp thời cho người dân khi có diễn biến mới.',
  ],
  civility: [
    'Thông qua hoạt động, {actor} mong muốn nâng cao ý thức của mỗi người dân trong việc giữ gìn vệ sinh môi trường, trật tự đô thị, góp phần xây dựng hình ảnh “Thành phố Vũng Tàu - Thành phố du lịch sạch ASEAN”.',
    'Lực lượng chức năng sẽ tăng cường kiểm tra, nhắc nhở và xử lý nghiêm các trường hợp tái lấn chiếm vỉa hè, xả rác không đúng nơi quy định.',
  ],
  tourism: [
    'Thành phố Vũng Tàu xác định du lịch là ngành kinh tế mũi nhọn; xây dựng môi trường du lịch an toàn, thân thiện, văn minh là nhiệm vụ thường xuyên của cả hệ thống chính trị.',
    'Du khách có thể tra cứu thông tin về điểm đến, lịch sự kiện và các dịch vụ du lịch trên Cổng thông tin điện tử thành phố Vũng Tàu.',
  ],
  front: [
    'Hoạt động thể hiện tinh thần “tương thân tương ái”, góp phần thực hiện tốt công tác an sinh xã hội và chương trình “Không để ai bị bỏ lại phía sau” trên địa bàn.',
    'Thời gian tới, {actor} tiếp tục phối hợp với các tổ chức thành viên vận động nguồn lực xã hội hóa, chăm lo cho gia đình chính sách, hộ nghèo, hộ cận nghèo và người có hoàn cảnh khó khăn.',
  ],
  'ward-news': [
    'Đây là một trong những hoạt động nổi bật của {area} trong thời gian qua, được cộng tác viên gửi về Ban biên tập Cổng thông tin điện tử thành phố.',
    'Thời gian tới, {area} tiếp tục phát huy vai trò của các tổ dân phố, chi hội đoàn thể trong việc vận động nhân dân tham gia các phong trào thi đua của địa phương.',
  ],
};

/** Closing paragraphs that fit any story. */
export const CLOSERS: readonly string[] = [
  'Được biết, đây là hoạt động nằm trong kế hoạch công tác năm {year} của {actor}.',
  'Kết quả thực hiện sẽ được tổng hợp, báo cáo {reportTo} theo định kỳ.',
  'Mọi ý kiến góp ý, phản ánh của người dân có thể gửi về {actor} qua bộ phận tiếp nhận và trả kết quả hoặc chuyên mục “Hỏi đáp” trên {portal}.',
];

/** Closing line of a photo report. */
export const PHOTO_CLOSERS: readonly string[] = [
  'Một số hình ảnh ghi nhận tại sự kiện.',
  'Dưới đây là một số hình ảnh được cộng tác viên ghi lại.',
  'Mời bạn đọc cùng xem một số hình ảnh.',
];

export const STREETS: readonly string[] = [
  'Lê Lợi', 'Trần Hưng Đạo', 'Ba Cu', 'Hoàng Hoa Thám', 'Thùy Vân', 'Võ Thị Sáu', 'Lê Hồng Phong',
  '30 Tháng 4', '2 Tháng 9', 'Bình Giã', 'Nguyễn Hữu Cảnh', 'Trương Công Định', 'Phan Chu Trinh',
  'Hạ Long', 'Quang Trung', 'Nam Kỳ Khởi Nghĩa', 'Lưu Chí Hiếu', 'Nguyễn Thái Học', 'Đô Lương', 'Phước Thắng',
];

export const CITY_SPOTS: readonly string[] = [
  'Bãi Sau', 'Bãi Trước', 'công viên Bãi Trước', 'đường Thùy Vân', 'Quảng trường Tượng đài Liệt sĩ',
  'khu vực Hồ Mang Cá', 'khu vực Mũi Nghinh Phong', 'đường Hạ Long', 'Bãi Dâu',
];

export const CITY_STAGES: readonly string[] = ['công viên Bãi Trước', 'Quảng trường Tượng đài Liệt sĩ', 'khu vực Bãi Sau'];

export const BEACHES: readonly string[] = ['Bãi Sau', 'Bãi Trước', 'Bãi Dâu', 'Bãi Dứa'];

export const CITY_VENUES: readonly string[] = [
  'hội trường UBND thành phố',
  'hội trường Thành ủy Vũng Tàu',
  'Trung tâm Văn hóa, Thông tin và Thể thao thành phố',
];

export const COMMUNE_HAMLETS: readonly string[] = ['thôn Rạch Già', 'thôn Bà Trao', 'thôn Bến Điều', 'thôn Phước Thắng', 'thôn Cồn Cát'];

export const MARKETS: readonly string[] = ['chợ Vũng Tàu', 'chợ Xóm Lưới', 'chợ Rạch Dừa', 'chợ Bến Đình', 'chợ Phước Thắng', 'chợ Thắng Nhì'];

export const QUESTION_TOPICS: readonly string[] = [
  'cấp giấy chứng nhận quyền sử dụng đất', 'cấp phép sửa chữa, cải tạo nhà ở', 'chế độ trợ cấp xã hội hằng tháng',
  'đăng ký thường trú, tạm trú', 'thu gom rác thải sinh hoạt', 'chỉnh trang hẻm, ngõ trong khu dân cư',
  'đăng ký khai sinh trực tuyến', 'hỗ trợ học phí cho con em hộ nghèo',
];

export const PROCEDURES: readonly string[] = [
  'cấp giấy chứng nhận quyền sử dụng đất', 'đăng ký khai sinh', 'đăng ký thường trú', 'cấp phép sửa chữa nhà ở',
  'chứng thực bản sao từ bản chính', 'xác nhận tình trạng hôn nhân', 'đăng ký hộ kinh doanh',
];

export const PROJECTS: readonly string[] = [
  'nâng cấp tuyến đường {street}', 'hệ thống thoát nước khu vực {hamlet}', 'nhà văn hóa {hamlet}',
  'chỉnh trang vỉa hè đường {street}', 'mở rộng Trường Tiểu học trên địa bàn', 'lắp đặt hệ thống chiếu sáng đường {street}',
];

export const WOMEN_MODELS: readonly string[] = ['Phụ nữ nói không với rác thải nhựa', 'Địa chỉ tin cậy tại cộng đồng', 'Tiết kiệm vì phụ nữ nghèo', 'Mẹ đỡ đầu'];

export const PERSON_ROLES: readonly string[] = [
  'tổ trưởng tổ dân phố', 'bí thư chi bộ khu dân cư', 'cựu chiến binh', 'hội viên phụ nữ', 'đoàn viên thanh niên',
];

export const FAMILY_NAMES: readonly string[] = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng', 'Bùi', 'Huỳnh', 'Phan', 'Đỗ', 'Ngô'];
export const MALE_GIVEN: readonly string[] = ['Văn Hùng', 'Văn Thành', 'Minh Tuấn', 'Quốc Bảo', 'Văn Lợi', 'Đức Hải', 'Thanh Sơn'];
export const FEMALE_GIVEN: readonly string[] = ['Thị Lan', 'Thị Hoa', 'Thị Thu Hà', 'Ngọc Ánh', 'Thị Mai', 'Thị Kim Liên', 'Thanh Thúy'];

/** Sources for the ~20 % of items quoted from elsewhere; the URL is built from the title. */
export const QUOTED_SOURCES: ReadonlyArray<{ name: string; base: string; sections: readonly string[] }> = [
  { name: 'Báo Bà Rịa - Vũng Tàu', base: 'https://baobariavungtau.com.vn', sections: ['xa-hoi', 'chinh-tri', 'van-hoa', 'kinh-te'] },
  { name: 'Cổng thông tin điện tử tỉnh Bà Rịa - Vũng Tàu', base: 'https://baria-vungtau.gov.vn', sections: ['tin-tuc-su-kien', 'tin-dia-phuong'] },
  { name: 'Thông tấn xã Việt Nam', base: 'https://baotintuc.vn', sections: ['dia-phuong', 'xa-hoi'] },
  { name: 'Đài Phát thanh và Truyền hình Bà Rịa - Vũng Tàu', base: 'https://brt.vn', sections: ['thoi-su', 'xa-hoi'] },
  { name: 'Báo điện tử Chính phủ', base: 'https://baochinhphu.vn', sections: ['dia-phuong', 'xa-hoi'] },
];

export const ROMAN_QUARTERS: readonly string[] = ['I', 'II', 'III', 'IV'];
