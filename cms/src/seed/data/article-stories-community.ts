import type { Story } from './article-templates';

/** Stories of community life: health and epidemics, urban civility, the Front and mass organisations. */

export const HEALTH_STORIES: readonly Story[] = [
  {
    titles: ['{actor} ra quân diệt lăng quăng, phòng chống sốt xuất huyết', '{area} tổng vệ sinh môi trường phòng, chống dịch sốt xuất huyết'],
    lede: 'Đợt ra quân nhằm loại bỏ nơi sinh sản của muỗi truyền bệnh, chủ động ngăn chặn dịch sốt xuất huyết bùng phát trong mùa mưa.',
    body: [
      '{when}, {actor} phối hợp với {healthStation} tổ chức ra quân diệt lăng quăng, bọ gậy và tổng vệ sinh môi trường tại {hamlet}.',
      'Lực lượng tham gia gồm cán bộ y tế, đoàn viên thanh niên, hội viên phụ nữ và người dân, đã kiểm tra {households} hộ gia đình, thu gom nhiều vật dụng phế thải chứa nước đọng, thả cá diệt lăng quăng vào các dụng cụ chứa nước lớn.',
      'Từ đầu năm đến nay, trên địa bàn ghi nhận một số ca mắc sốt xuất huyết, không có trường hợp tử vong. Ngành y tế khuyến cáo người dân mỗi tuần dành ít nhất 10 phút để kiểm tra, loại bỏ nơi chứa nước đọng quanh nhà.',
    ],
    caption: 'Cán bộ y tế hướng dẫn người dân loại bỏ dụng cụ chứa nước đọng',
    tags: ['Sốt xuất huyết', 'Phòng chống dịch', 'Môi trường'],
    months: [5, 6, 7, 8, 9, 10, 11],
  },
  {
    titles: ['{healthStation} khuyến cáo người dân chủ động phòng, chống sốt xuất huyết', 'Số ca sốt xuất huyết tăng, {area} khuyến cáo người dân không chủ quan'],
    lede: 'Mùa mưa là thời điểm muỗi vằn phát triển mạnh; người dân cần chủ động các biện pháp phòng bệnh cho bản thân và gia đình.',
    body: [
      '{when}, {healthStation} phát đi khuyến cáo người dân chủ động phòng, chống bệnh sốt xuất huyết.',
      'Theo đó, người dân cần đậy kín các dụng cụ chứa nước, thường xuyên thay nước bình hoa, lật úp vật dụng có thể đọng nước; ngủ màn kể cả ban ngày và phối hợp với ngành y tế khi phun hóa chất diệt muỗi.',
      'Khi có biểu hiện sốt cao đột ngột, đau đầu, đau cơ, xuất huyết dưới da, người bệnh cần đến cơ sở y tế để được khám và theo dõi, tuyệt đối không tự ý truyền dịch tại nhà.',
    ],
    caption: 'Phun hóa chất diệt muỗi tại khu dân cư',
    tags: ['Sốt xuất huyết', 'Phòng chống dịch'],
    months: [5, 6, 7, 8, 9, 10],
  },
  {
    titles: ['{actor} kiểm tra an toàn thực phẩm tại các cơ sở kinh doanh ăn uống', 'Tăng cường bảo đảm an toàn thực phẩm trên địa bàn {area} năm {year}'],
    lede: 'Đoàn kiểm tra tập trung vào điều kiện vệ sinh cơ sở, nguồn gốc nguyên liệu và việc khám sức khỏe của người trực tiếp chế biến.',
    body: [
      '{when}, đoàn kiểm tra liên ngành về an toàn thực phẩm của {area} đã kiểm tra {count} cơ sở kinh doanh dịch vụ ăn uống, bếp ăn tập thể trên địa bàn.',
      'Qua kiểm tra, phần lớn cơ sở chấp hành tốt quy định; một số cơ sở chưa lưu mẫu thức ăn, chưa có hồ sơ nguồn gốc nguyên liệu đã được nhắc nhở, yêu cầu khắc phục trong thời hạn.',
      'Đoàn đồng thời phát tờ rơi tuyên truyền về an toàn thực phẩm, hướng dẫn người kinh doanh lựa chọn thực phẩm tươi sống an toàn và bảo quản đúng cách.',
    ],
    caption: 'Đoàn kiểm tra an toàn thực phẩm làm việc tại một nhà hàng',
    tags: ['An toàn thực phẩm'],
  },
  {
    titles: ['{actor} tăng cường phòng, chống bệnh tay chân miệng tại trường mầm non', 'Phòng, chống bệnh tay chân miệng cho trẻ em {area} năm {year}'],
    lede: 'Các trường mầm non được hướng dẫn vệ sinh lớp học, đồ chơi hằng ngày và theo dõi sức khỏe trẻ để phát hiện sớm ca bệnh.',
    body: [
      '{when}, {healthStation} phối hợp với các trường mầm non trên địa bàn tổ chức tuyên truyền, hướng dẫn phòng, chống bệnh tay chân miệng.',
      'Giáo viên và phụ huynh được hướng dẫn rửa tay bằng xà phòng cho trẻ, vệ sinh đồ chơi, sàn nhà bằng dung dịch khử khuẩn và cho trẻ nghỉ học khi có biểu hiện sốt, nổi bóng nước ở tay, chân, miệng.',
      'Ngành y tế đề nghị phụ huynh không đưa trẻ đến nơi đông người khi trong khu vực có ca bệnh và thông báo ngay cho nhà trường, trạm y tế khi phát hiện trẻ mắc bệnh.',
    ],
    caption: 'Giáo viên hướng dẫn trẻ rửa tay đúng cách',
    tags: ['Phòng chống dịch'],
  },
  {
    titles: ['{actor} khuyến cáo phòng tránh đuối nước cho trẻ em dịp hè', 'Chủ động phòng, chống đuối nước cho trẻ em {area} dịp hè {year}'],
    lede: 'Mùa hè trẻ em nghỉ học, nguy cơ đuối nước tăng cao; gia đình cần quản lý chặt chẽ con em khi đi tắm biển, sông, hồ.',
    body: [
      '{when}, {actor} đề nghị các gia đình tăng cường quản lý, giám sát trẻ em trong dịp nghỉ hè, không để trẻ tự ý đi tắm biển, tắm sông.',
      'Các khu vực nguy hiểm đã được cắm biển cảnh báo; lực lượng cứu hộ được bố trí tại các bãi tắm trong giờ cao điểm. Đoàn Thanh niên phối hợp mở các lớp dạy bơi miễn phí cho thiếu nhi.',
      'Người dân khi phát hiện người bị đuối nước cần hô hoán, gọi ngay lực lượng cứu hộ, số điện thoại 114 hoặc 115 và chỉ sơ cứu khi đã được hướng dẫn đúng kỹ năng.',
    ],
    caption: 'Lớp dạy bơi miễn phí cho thiếu nhi',
    tags: ['Đoàn Thanh niên'],
    months: [5, 6, 7, 8],
  },
];

export const CIVILITY_STORIES: readonly Story[] = [
  {
    titles: ['{actor} ra quân dọn vệ sinh, xây dựng đô thị văn minh', 'Ra quân “Ngày Chủ nhật xanh” tại {spot}', '{area} ra quân tổng vệ sinh môi trường tại {spot}'],
    lede: 'Hàng trăm cán bộ, đoàn viên và người dân cùng tham gia dọn vệ sinh, khơi thông cống rãnh, tạo cảnh quan sạch đẹp.',
    body: [
      '{when}, {actor} tổ chức ra quân tổng vệ sinh môi trường tại {spot} với sự tham gia của {people} cán bộ, đoàn viên, hội viên và người dân.',
      'Các lực lượng chia thành nhiều nhóm thu gom rác thải, phát quang bụi rậm, khơi thông cống rãnh, xóa các quảng cáo rao vặt trái phép trên cột điện, tường rào.',
      'Đây là hoạt động thường xuyên nhằm hưởng ứng phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” và xây dựng “Đô thị văn minh” trên địa bàn.',
    ],
    caption: 'Đoàn viên, người dân ra quân dọn vệ sinh môi trường',
    tags: ['Văn minh đô thị', 'Môi trường'],
  },
  {
    titles: ['{actor} ra quân lập lại trật tự vỉa hè, lòng đường trên tuyến {street}', 'Lập lại trật tự lòng lề đường tuyến {street}'],
    lede: 'Các hộ kinh doanh được tuyên truyền, vận động tự giác tháo dỡ mái che, bục bệ lấn chiếm, trả lại lối đi cho người đi bộ.',
    body: [
      '{when}, tổ kiểm tra trật tự đô thị của {area} ra quân lập lại trật tự vỉa hè, lòng đường trên tuyến {street}.',
      'Tổ đã nhắc nhở {households} hộ kinh doanh, yêu cầu thu dọn hàng hóa, bảng hiệu lấn chiếm; lập biên bản các trường hợp cố tình vi phạm và tạm giữ một số vật dụng theo quy định.',
      'Sau đợt ra quân, lực lượng chức năng sẽ duy trì kiểm tra thường xuyên, kể cả ngoài giờ hành chính, để tránh tình trạng tái lấn chiếm.',
    ],
    caption: 'Lực lượng chức năng nhắc nhở hộ kinh doanh lấn chiếm vỉa hè',
    tags: ['Trật tự đô thị', 'Văn minh đô thị'],
  },
  {
    titles: ['{area} ra mắt tuyến đường văn minh đô thị {street}', 'Tuyến đường {street} trở thành tuyến đường văn minh đô thị'],
    lede: 'Người dân và hộ kinh doanh trên tuyến đường cam kết giữ gìn vệ sinh, không lấn chiếm vỉa hè và ứng xử văn minh với du khách.',
    body: [
      '{when}, {actor} tổ chức lễ ra mắt tuyến đường văn minh đô thị {street}.',
      'Tại buổi lễ, đại diện các hộ dân, hộ kinh doanh đã ký cam kết thực hiện “5 không”: không lấn chiếm vỉa hè, không xả rác, không treo quảng cáo sai quy định, không gây ồn ào và không chèo kéo khách.',
      'Tuyến đường được lắp đặt thêm thùng rác, bồn hoa và bảng tuyên truyền Bộ quy tắc ứng xử nơi công cộng; tổ dân phố sẽ phân công người theo dõi, nhắc nhở hằng ngày.',
    ],
    caption: 'Lễ ra mắt tuyến đường văn minh đô thị',
    tags: ['Văn minh đô thị', 'Trật tự đô thị'],
  },
  {
    titles: ['{area} chung tay giữ gìn danh hiệu “Thành phố du lịch sạch ASEAN”', '{actor} tuyên truyền Bộ quy tắc ứng xử nơi công cộng'],
    lede: 'Mỗi người dân là một đại sứ du lịch, góp phần giữ gìn hình ảnh “Thành phố Vũng Tàu - Thành phố du lịch sạch ASEAN”.',
    body: [
      '{when}, {actor} tổ chức tuyên truyền Bộ quy tắc ứng xử nơi công cộng và thông điệp “Thành phố Vũng Tàu - Thành phố du lịch sạch ASEAN” tại {spot}.',
      'Các đội hình tuyên truyền lưu động phát tờ rơi, treo băng rôn, nhắc nhở người dân và du khách bỏ rác đúng nơi quy định, không hút thuốc lá nơi công cộng, giữ trật tự khi tham quan, tắm biển.',
      'Hoạt động được duy trì vào các ngày cuối tuần và dịp lễ, Tết, khi lượng du khách đến thành phố tăng cao.',
    ],
    caption: 'Đội hình tuyên truyền văn minh đô thị',
    tags: ['Văn minh đô thị', 'Du lịch'],
  },
  {
    titles: ['{hamlet} giữ vững danh hiệu khu dân cư văn hóa', 'Xây dựng khu dân cư văn hóa: {hamlet} làm tốt vai trò tự quản'],
    lede: 'Nhờ phát huy vai trò tự quản của người dân, khu dân cư luôn sạch đẹp, an ninh trật tự ổn định, không có tệ nạn xã hội.',
    body: [
      '{when}, Ban vận động {hamlet} tổ chức tổng kết phong trào xây dựng khu dân cư văn hóa.',
      'Năm qua, {households} hộ gia đình trong khu dân cư đạt danh hiệu “Gia đình văn hóa”; người dân tự nguyện đóng góp kinh phí lắp đèn chiếu sáng, trồng cây xanh và duy trì tổ tự quản về an ninh trật tự.',
      'Ban vận động đề ra mục tiêu tiếp tục giữ vững danh hiệu, xây dựng quy ước khu dân cư văn hóa gắn với tiêu chí “Đô thị văn minh”.',
    ],
    caption: 'Đường hẻm sạch đẹp trong khu dân cư văn hóa',
    tags: ['Văn minh đô thị'],
    scope: 'wards',
  },
];

export const FRONT_STORIES: readonly Story[] = [
  {
    titles: ['Ngày hội Đại đoàn kết toàn dân tộc tại {hamlet}', '{area} tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm {year}'],
    lede: 'Ngày hội là dịp để nhân dân ôn lại truyền thống vẻ vang của Mặt trận Tổ quốc Việt Nam, tăng cường khối đại đoàn kết toàn dân tộc.',
    body: [
      '{when}, Ban công tác Mặt trận {hamlet} tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm {year} nhân kỷ niệm ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam (18/11).',
      'Năm qua, nhân dân trong khu dân cư tích cực hưởng ứng các phong trào thi đua, đóng góp xây dựng Quỹ “Vì người nghèo”, tham gia giữ gìn an ninh trật tự và vệ sinh môi trường.',
      'Dịp này, Ban tổ chức trao {gifts} phần quà cho hộ nghèo, hộ cận nghèo và khen thưởng các gia đình tiêu biểu; phần văn nghệ, trò chơi dân gian diễn ra sôi nổi.',
    ],
    caption: 'Lãnh đạo địa phương chung vui cùng nhân dân tại Ngày hội',
    tags: ['Mặt trận Tổ quốc', 'An sinh xã hội'],
    months: [11],
  },
  {
    titles: ['{actor} trao quà Tết cho hộ nghèo, hộ có hoàn cảnh khó khăn', 'Mang Tết ấm đến với người nghèo {area}'],
    lede: 'Những phần quà thể hiện sự quan tâm của cấp ủy, chính quyền và các nhà hảo tâm, giúp người nghèo vui xuân, đón Tết đầm ấm.',
    body: [
      '{when}, {actor} phối hợp với các mạnh thường quân trao {gifts} phần quà Tết cho hộ nghèo, hộ cận nghèo và người có hoàn cảnh đặc biệt khó khăn.',
      'Mỗi phần quà gồm tiền mặt và nhu yếu phẩm, tổng trị giá hơn {money} triệu đồng, được trích từ Quỹ “Vì người nghèo” và nguồn vận động xã hội hóa.',
      'Thăm hỏi các gia đình, {leader} mong bà con vượt qua khó khăn, vươn lên trong cuộc sống; đồng thời đề nghị các đoàn thể tiếp tục quan tâm, hỗ trợ để không ai bị bỏ lại phía sau.',
    ],
    caption: 'Trao quà Tết cho hộ có hoàn cảnh khó khăn',
    tags: ['An sinh xã hội', 'Mặt trận Tổ quốc'],
    months: [1, 2],
  },
  {
    titles: ['{actor} bàn giao nhà Đại đoàn kết cho hộ nghèo', 'Niềm vui nhà mới của hộ nghèo tại {hamlet}'],
    lede: 'Căn nhà mới giúp gia đình có chỗ ở ổn định, yên tâm lao động sản xuất và nuôi con ăn học.',
    body: [
      '{when}, {actor} tổ chức bàn giao nhà Đại đoàn kết cho một hộ nghèo tại {hamlet}.',
      'Căn nhà có tổng kinh phí hơn {money} triệu đồng, trong đó Quỹ “Vì người nghèo” hỗ trợ một phần, phần còn lại do gia đình, dòng họ và các nhà hảo tâm đóng góp; đoàn viên thanh niên tham gia ngày công.',
      'Xúc động nhận chìa khóa nhà mới, đại diện gia đình cảm ơn sự quan tâm của chính quyền, Mặt trận và các đoàn thể.',
    ],
    caption: 'Bàn giao nhà Đại đoàn kết',
    tags: ['An sinh xã hội', 'Mặt trận Tổ quốc'],
  },
  {
    titles: ['Đoàn Thanh niên {area} ra quân Chiến dịch Thanh niên tình nguyện hè {year}', 'Tuổi trẻ {area} sôi nổi Chiến dịch Thanh niên tình nguyện hè'],
    lede: 'Chiến dịch tập trung vào các phần việc bảo vệ môi trường, chuyển đổi số, chăm lo thiếu nhi và hỗ trợ người dân.',
    body: [
      '{when}, Đoàn Thanh niên {area} tổ chức lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm {year} với sự tham gia của {people} đoàn viên, thanh niên.',
      'Ngay sau lễ ra quân, các đội hình tình nguyện tỏa về khu dân cư dọn vệ sinh, trồng cây xanh, hướng dẫn người dân cài đặt ứng dụng VNeID và dịch vụ công trực tuyến.',
      'Trong thời gian chiến dịch, Đoàn còn tổ chức các lớp kỹ năng sống, dạy bơi cho thiếu nhi và thăm, tặng quà gia đình chính sách.',
    ],
    caption: 'Đoàn viên thanh niên ra quân Chiến dịch tình nguyện hè',
    tags: ['Đoàn Thanh niên'],
    months: [6, 7],
  },
  {
    titles: ['Hội Liên hiệp Phụ nữ {area} ra mắt mô hình “{womenModel}”', 'Hiệu quả từ mô hình “{womenModel}” của Hội Phụ nữ {area}'],
    lede: 'Mô hình thu hút đông đảo hội viên tham gia, góp phần thực hiện các phong trào thi đua của Hội và chương trình an sinh xã hội của địa phương.',
    body: [
      '{when}, Hội Liên hiệp Phụ nữ {area} tổ chức ra mắt mô hình “{womenModel}” với {people} hội viên tham gia.',
      'Mô hình do các chi hội phụ nữ khu dân cư trực tiếp quản lý, có quy chế hoạt động rõ ràng, sinh hoạt định kỳ hằng tháng và báo cáo kết quả với Ban Chấp hành Hội.',
      'Thời gian tới, Hội tiếp tục nhân rộng mô hình ra các chi hội, gắn với cuộc vận động xây dựng gia đình “5 không, 3 sạch”.',
    ],
    caption: 'Hội viên phụ nữ tham gia mô hình',
    tags: ['Hội Liên hiệp Phụ nữ'],
  },
  {
    titles: ['Gương người tốt - việc tốt: {personTitle} {personName} tận tụy vì cộng đồng', 'Người tốt - việc tốt ở {hamlet}'],
    lede: 'Nhiều năm qua, {personTitle} {personName}, {personRole} ở {hamlet}, luôn nhiệt tình với công việc chung và được bà con tin yêu.',
    body: [
      '{when}, {actor} tuyên dương {personTitle} {personName}, {personRole} ở {hamlet}, vì những đóng góp cho phong trào của địa phương.',
      'Không quản ngại khó khăn, {personTitle} {personName} thường xuyên vận động bà con giữ gìn vệ sinh môi trường, hòa giải mâu thuẫn trong khu dân cư và kết nối mạnh thường quân giúp đỡ các hộ khó khăn.',
      'Tấm gương của {personTitle} {personName} là minh chứng sinh động cho phong trào “Gương người tốt - Việc tốt”, lan tỏa tinh thần sống đẹp trong cộng đồng.',
    ],
    caption: '{personTitle} {personName} (bìa phải) nhận giấy khen',
    tags: ['Người tốt việc tốt', 'Mặt trận Tổ quốc'],
  },
];
