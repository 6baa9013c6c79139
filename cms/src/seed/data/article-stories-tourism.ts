import type { Story } from './article-templates';

/** Stories of “Thành phố du lịch, thành phố sự kiện”: festivals, tourist season, local tourism. */

export const TOURISM_STORIES: readonly Story[] = [
  {
    titles: ['Lễ hội Nghinh Ông Thắng Tam năm {year} thu hút đông đảo người dân và du khách', 'Sẵn sàng cho Lễ hội Nghinh Ông Thắng Tam năm {year}'],
    lede: 'Lễ hội Nghinh Ông là nét văn hóa đặc sắc của ngư dân miền biển, thể hiện lòng biết ơn và cầu mong mưa thuận gió hòa, ra khơi bình an.',
    body: [
      '{when}, tại Lăng Cá Ông Thắng Tam, Lễ hội Nghinh Ông năm {year} được tổ chức trang trọng với nghi thức nghinh Ông trên biển, lễ cúng Ông và các hoạt động văn hóa dân gian.',
      'Đoàn thuyền rước Ông với hàng chục tàu cá được trang hoàng cờ hoa rực rỡ di chuyển ra biển, thu hút hàng nghìn người dân và du khách theo dõi dọc bờ biển.',
      'Các lực lượng chức năng được bố trí bảo đảm an ninh trật tự, an toàn giao thông và vệ sinh môi trường trong suốt thời gian diễn ra lễ hội.',
    ],
    caption: 'Đoàn thuyền rước Ông trên biển',
    tags: ['Lễ hội Nghinh Ông', 'Du lịch'],
    only: /thành phố|Thắng Tam/,
    months: [9, 10],
  },
  {
    titles: ['Vũng Tàu đón hơn {visitors} lượt khách dịp lễ 30/4 - 1/5', 'Du lịch Vũng Tàu sôi động dịp lễ 30/4 - 1/5'],
    lede: 'Các cơ sở lưu trú ven biển đạt công suất cao; các lực lượng chức năng bảo đảm an ninh trật tự và an toàn cho du khách.',
    body: [
      '{when}, theo thông tin từ Phòng Văn hóa và Thông tin, trong dịp lễ thành phố Vũng Tàu đón hơn {visitors} lượt khách.',
      'Các bãi tắm Bãi Sau, Bãi Trước, Bãi Dâu luôn đông khách; nhiều chương trình nghệ thuật, thể thao bãi biển được tổ chức phục vụ nhân dân và du khách.',
      'Đoàn kiểm tra liên ngành duy trì kiểm tra việc niêm yết giá, xử lý nghiêm tình trạng chèo kéo khách, nâng giá dịch vụ, góp phần giữ gìn hình ảnh điểm đến thân thiện.',
    ],
    caption: 'Du khách tắm biển tại Bãi Sau',
    tags: ['Du lịch'],
    scope: 'city',
    months: [5],
  },
  {
    titles: ['{actor} kiểm tra việc niêm yết giá dịch vụ du lịch', '{area} chấn chỉnh tình trạng chèo kéo, nâng giá dịch vụ du lịch'],
    lede: 'Các cơ sở kinh doanh được yêu cầu niêm yết công khai giá và bán đúng giá niêm yết, tạo niềm tin cho du khách.',
    body: [
      '{when}, đoàn kiểm tra của {area} đã kiểm tra {count} cơ sở lưu trú, nhà hàng và điểm kinh doanh dịch vụ du lịch.',
      'Qua kiểm tra, đoàn nhắc nhở một số cơ sở chưa niêm yết giá phòng, giá món ăn ở vị trí dễ thấy; yêu cầu các cơ sở ký cam kết không chèo kéo, ép giá du khách.',
      'Du khách khi phát hiện vi phạm có thể phản ánh qua đường dây nóng của thành phố để được xử lý kịp thời.',
    ],
    caption: 'Đoàn kiểm tra làm việc với cơ sở kinh doanh dịch vụ du lịch',
    tags: ['Du lịch'],
  },
  {
    titles: ['Bảo đảm an toàn cho du khách tắm biển tại {beach}', 'Tăng cường lực lượng cứu hộ tại {beach} mùa du lịch {year}'],
    lede: 'Lực lượng cứu hộ được bố trí thường trực tại các bãi tắm, cắm biển cảnh báo ở những khu vực có dòng chảy xa bờ.',
    body: [
      '{when}, {actor} kiểm tra công tác cứu hộ, cứu nạn tại các bãi tắm trên địa bàn thành phố.',
      'Các đơn vị quản lý bãi tắm đã bố trí chòi canh, phao cứu sinh, cờ báo hiệu và lực lượng cứu hộ thường trực từ sáng sớm đến chiều tối. Khu vực nguy hiểm được cắm biển cấm tắm và khoanh vùng bằng phao.',
      'Du khách được khuyến cáo chỉ tắm biển trong khu vực quy định, có lực lượng cứu hộ và tuân thủ hướng dẫn khi có cờ báo hiệu sóng lớn.',
    ],
    caption: 'Lực lượng cứu hộ trực tại bãi tắm',
    tags: ['Du lịch'],
    scope: 'city',
  },
  {
    titles: ['Chương trình nghệ thuật phục vụ nhân dân và du khách tại {stage}', '{actor} tổ chức chương trình văn nghệ chào mừng {occasion}'],
    lede: 'Chương trình góp phần làm phong phú đời sống văn hóa tinh thần của nhân dân và tạo điểm nhấn cho du khách đến với thành phố biển.',
    body: [
      '{when}, {actor} tổ chức chương trình nghệ thuật chào mừng {occasion} tại {stage}.',
      'Chương trình gồm các tiết mục ca, múa, nhạc ca ngợi Đảng, Bác Hồ, quê hương biển đảo do các diễn viên, hạt nhân văn nghệ quần chúng biểu diễn, thu hút đông đảo người dân và du khách.',
      'Đây là hoạt động nằm trong chuỗi sự kiện văn hóa, du lịch của thành phố, góp phần quảng bá hình ảnh Vũng Tàu “thành phố du lịch, thành phố sự kiện”.',
    ],
    caption: 'Tiết mục văn nghệ tại chương trình nghệ thuật',
    tags: ['Du lịch'],
  },
  {
    titles: ['{actor} kiểm tra an toàn phòng cháy, chữa cháy tại các cơ sở lưu trú du lịch', 'Nâng cao chất lượng dịch vụ lưu trú du lịch trên địa bàn {area}'],
    lede: 'Các cơ sở lưu trú được nhắc nhở bảo đảm an toàn phòng cháy, chữa cháy, thông báo lưu trú đầy đủ và niêm yết giá công khai.',
    body: [
      '{when}, đoàn kiểm tra của {area} đã kiểm tra {count} cơ sở lưu trú du lịch, nhà nghỉ, homestay trên địa bàn.',
      'Các cơ sở cơ bản chấp hành quy định về điều kiện kinh doanh; một số cơ sở chưa trang bị đủ bình chữa cháy, chưa cập nhật thông báo lưu trú của khách đã được nhắc nhở, yêu cầu khắc phục.',
      'Đoàn hướng dẫn chủ cơ sở thực hiện thông báo lưu trú qua ứng dụng VNeID, niêm yết giá phòng công khai và phục vụ du khách văn minh, thân thiện.',
    ],
    caption: 'Đoàn kiểm tra làm việc tại một cơ sở lưu trú',
    tags: ['Du lịch'],
  },
  {
    titles: ['Khai mạc hội thao chào mừng {occasion} tại {area}', 'Sôi nổi giải thể thao phong trào của {actor} năm {year}'],
    lede: 'Giải đấu tạo sân chơi lành mạnh, góp phần đẩy mạnh phong trào “Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại”.',
    body: [
      '{when}, tại {stage}, {actor} tổ chức khai mạc hội thao chào mừng {occasion}, thu hút {people} vận động viên tham gia.',
      'Hội thao gồm các nội dung bóng đá mini, kéo co, bóng chuyền hơi dành cho đoàn viên, hội viên và người dân các khu dân cư; các trận đấu diễn ra sôi nổi, đoàn kết.',
      'Ban tổ chức trao cờ, giải thưởng cho các đội đạt thành tích cao; kinh phí tổ chức chủ yếu từ nguồn xã hội hóa.',
    ],
    caption: 'Vận động viên tranh tài tại hội thao',
    tags: ['Thể dục thể thao'],
  },
  {
    titles: ['Hội thi ẩm thực món ngon đất biển tại {area}', '{actor} tổ chức Hội thi ẩm thực giới thiệu món ngon Vũng Tàu'],
    lede: 'Hội thi giới thiệu những món ăn đặc trưng của vùng biển, góp phần quảng bá ẩm thực địa phương đến du khách.',
    body: [
      '{when}, {actor} tổ chức Hội thi ẩm thực món ngon đất biển với sự tham gia của {count} đội thi đến từ các chi hội, khu dân cư.',
      'Các đội thi trổ tài chế biến những món ăn quen thuộc của người dân Vũng Tàu như bánh khọt, lẩu cá đuối, gỏi cá, hải sản nướng; ban giám khảo chấm điểm theo tiêu chí hương vị, cách trình bày và an toàn thực phẩm.',
      'Hội thi là dịp để hội viên giao lưu, học hỏi và giới thiệu nét đặc sắc của ẩm thực địa phương tới người dân và du khách.',
    ],
    caption: 'Các đội thi trình bày món ăn',
    tags: ['Du lịch', 'An toàn thực phẩm'],
  },
  {
    titles: ['Khám phá du lịch sinh thái rừng ngập mặn {area}', 'Xã Long Sơn phát triển du lịch trải nghiệm làng chài'],
    lede: 'Với rừng ngập mặn, làng bè nuôi hải sản và di tích Nhà Lớn, Long Sơn đang trở thành điểm đến hấp dẫn của du khách.',
    body: [
      '{when}, {actor} phối hợp với các hộ dân làm du lịch tổ chức khảo sát tuyến du lịch trải nghiệm rừng ngập mặn và làng bè.',
      'Du khách được đi thuyền tham quan rừng đước, trải nghiệm nghề nuôi hàu, thưởng thức hải sản tươi sống và tìm hiểu kiến trúc độc đáo của di tích Nhà Lớn Long Sơn.',
      'Địa phương khuyến khích người dân phát triển du lịch cộng đồng gắn với bảo vệ môi trường, giữ gìn nét văn hóa làng chài.',
    ],
    caption: 'Du khách trải nghiệm đi thuyền trong rừng ngập mặn',
    tags: ['Du lịch', 'Môi trường'],
    only: /Long Sơn/,
  },
];
