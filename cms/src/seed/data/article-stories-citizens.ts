import type { Story } from './article-templates';

/**
 * Stories of the dialogue between government and citizens (“Dân hỏi - Chính quyền trả lời”,
 * “Thứ 7 - Lắng nghe dân nói”, reception of citizens) and of directives (thông tin chỉ đạo điều hành).
 */

export const SATURDAY_STORIES: readonly Story[] = [
  {
    titles: ['{actor} duy trì hiệu quả mô hình “Thứ 7 - Lắng nghe dân nói”', '“Thứ 7 - Lắng nghe dân nói”: {count} ý kiến của người dân {area} được giải đáp'],
    lede: 'Qua mô hình, nhiều kiến nghị của người dân được lãnh đạo địa phương giải đáp ngay tại chỗ, góp phần tạo sự đồng thuận trong nhân dân.',
    body: [
      '{when}, {leader} chủ trì buổi “Thứ 7 - Lắng nghe dân nói” tại {venue}.',
      'Tại buổi gặp gỡ, người dân nêu {count} ý kiến, kiến nghị liên quan đến {qTopic}, tình trạng xả rác, đậu xe trên vỉa hè và việc sửa chữa đèn chiếu sáng trong hẻm.',
      'Lãnh đạo địa phương đã trả lời trực tiếp phần lớn các ý kiến; một số nội dung cần kiểm tra thực tế được giao cho bộ phận chuyên môn xử lý và phản hồi người dân trong thời hạn 10 ngày làm việc.',
    ],
    caption: 'Người dân phát biểu tại buổi “Thứ 7 - Lắng nghe dân nói”',
    tags: ['Thứ 7 - Lắng nghe dân nói', 'Tiếp công dân'],
    saturday: true,
  },
  {
    titles: ['Lãnh đạo {area} lắng nghe ý kiến người dân {hamlet}', '“Thứ 7 - Lắng nghe dân nói” tại {hamlet}: nhiều kiến nghị được giải quyết ngay'],
    lede: 'Buổi gặp gỡ được tổ chức ngay tại khu dân cư, tạo điều kiện để người dân trực tiếp trao đổi với lãnh đạo chính quyền.',
    body: [
      '{when}, {actor} tổ chức buổi “Thứ 7 - Lắng nghe dân nói” tại {venue}, với sự tham gia của đông đảo người dân trong khu vực.',
      'Người dân phản ánh tình trạng ngập nước cục bộ khi mưa lớn, rác thải tồn đọng ở một số hẻm và đề nghị tăng cường tuần tra an ninh vào ban đêm.',
      'Lãnh đạo địa phương ghi nhận, giao bộ phận chuyên môn phối hợp với khu dân cư khảo sát, xử lý; kết quả sẽ được thông tin lại tại buổi gặp gỡ tiếp theo.',
    ],
    caption: 'Lãnh đạo địa phương trao đổi với người dân',
    tags: ['Thứ 7 - Lắng nghe dân nói'],
    saturday: true,
  },
];

export const ASK_STORIES: readonly Story[] = [
  {
    titles: ['Dân hỏi - Chính quyền trả lời: giải đáp thắc mắc về {qTopic}', '{actor} trả lời người dân qua chuyên mục “Dân hỏi - Chính quyền trả lời”'],
    lede: 'Nhiều câu hỏi của người dân về {qTopic} đã được cơ quan chuyên môn trả lời cụ thể, rõ ràng qua chuyên mục “Dân hỏi - Chính quyền trả lời”.',
    body: [
      '{when}, {actor} đăng tải nội dung trả lời các câu hỏi của người dân gửi đến chuyên mục “Dân hỏi - Chính quyền trả lời” trong tháng.',
      'Phần lớn câu hỏi liên quan đến {qTopic}: hồ sơ cần chuẩn bị, nơi nộp, thời hạn giải quyết và khả năng nộp hồ sơ trực tuyến. Cơ quan chuyên môn đã hướng dẫn cụ thể từng bước và dẫn chiếu các quy định hiện hành.',
      'Người dân có thể tiếp tục gửi câu hỏi qua mục “Hỏi đáp” trên {portal}, hộp thư góp ý đặt tại trụ sở hoặc trực tiếp tại bộ phận tiếp nhận và trả kết quả.',
    ],
    caption: 'Cán bộ hướng dẫn người dân tại bộ phận một cửa',
    tags: ['Dân hỏi - Chính quyền trả lời'],
  },
  {
    titles: ['Dân hỏi - Chính quyền trả lời: thủ tục {procedure} cần những giấy tờ gì?', '{actor} giải đáp {count} câu hỏi của người dân trong {month}'],
    lede: 'Các câu hỏi của người dân được bộ phận chuyên môn trả lời công khai, giúp bà con nắm rõ quy trình, rút ngắn thời gian đi lại.',
    body: [
      '{when}, {actor} tổng hợp, trả lời {count} câu hỏi của người dân gửi qua chuyên mục “Dân hỏi - Chính quyền trả lời” và hộp thư góp ý tại trụ sở.',
      'Nhiều câu hỏi tập trung vào thủ tục {procedure}. Bộ phận chuyên môn đã hướng dẫn thành phần hồ sơ, thời hạn giải quyết, phí, lệ phí và cách nộp hồ sơ trực tuyến trên Cổng dịch vụ công.',
      'Những câu hỏi có nội dung tương tự được tổng hợp thành bộ câu hỏi thường gặp, đăng tải trên {portal} để người dân tiện tra cứu.',
    ],
    caption: 'Công chức hướng dẫn người dân hoàn thiện hồ sơ',
    tags: ['Dân hỏi - Chính quyền trả lời', 'Cải cách hành chính'],
  },
];

/** Reception of citizens and dialogues; the “Tương tác với công dân” column also draws on the two lists above. */
export const CITIZEN_STORIES: readonly Story[] = [
  {
    titles: ['Chủ tịch UBND {area} tiếp công dân định kỳ {month}', 'Tiếp công dân định kỳ {month}: giải quyết dứt điểm nhiều kiến nghị'],
    lede: 'Buổi tiếp công dân diễn ra công khai, dân chủ; các kiến nghị được xem xét, giải quyết theo đúng quy định của pháp luật.',
    body: [
      '{when}, tại trụ sở tiếp công dân, Chủ tịch UBND {area} chủ trì buổi tiếp công dân định kỳ {month}.',
      'Tại buổi tiếp, {count} lượt công dân trình bày ý kiến liên quan đến tranh chấp ranh giới đất, cấp giấy chứng nhận quyền sử dụng đất và trật tự xây dựng trong khu dân cư.',
      'Sau khi nghe trình bày và ý kiến của các bộ phận chuyên môn, Chủ tịch UBND {area} đã trả lời, hướng dẫn công dân thực hiện theo quy định; giao bộ phận chuyên môn kiểm tra thực tế và báo cáo kết quả trước ngày 25 hằng tháng.',
    ],
    caption: 'Quang cảnh buổi tiếp công dân định kỳ',
    tags: ['Tiếp công dân'],
  },
  {
    titles: ['{actor} đối thoại với người dân về chỉnh trang đô thị', 'Đối thoại, lắng nghe ý kiến người dân {hamlet}'],
    lede: 'Buổi đối thoại giúp chính quyền nắm bắt tâm tư, nguyện vọng của người dân, đồng thời giải thích rõ chủ trương chỉnh trang đô thị trên địa bàn.',
    body: [
      '{when}, {actor} tổ chức đối thoại với người dân {hamlet} về kế hoạch chỉnh trang hạ tầng và công tác bảo đảm trật tự đô thị.',
      'Người dân bày tỏ đồng tình với chủ trương, đồng thời đề nghị công khai phương án thi công, thời gian thực hiện và có biện pháp hạn chế bụi, tiếng ồn.',
      'Lãnh đạo {area} tiếp thu đầy đủ các ý kiến, cam kết công khai thông tin trên {portal} và tại nhà văn hóa khu phố để người dân cùng giám sát.',
    ],
    caption: 'Người dân nêu ý kiến tại buổi đối thoại',
    tags: ['Tiếp công dân', 'Văn minh đô thị'],
  },
];

export const DIRECTIVE_STORIES: readonly Story[] = [
  {
    titles: ['Chủ tịch UBND {area} chỉ đạo chủ động ứng phó mưa lớn, triều cường', 'UBND {area} yêu cầu chủ động phòng, chống thiên tai mùa mưa bão năm {year}'],
    lede: 'Các đơn vị được yêu cầu rà soát khu vực xung yếu, khơi thông cống rãnh và sẵn sàng phương án hỗ trợ người dân khi có tình huống xấu.',
    body: [
      '{when}, Chủ tịch UBND {area} ký văn bản chỉ đạo các đơn vị chủ động triển khai các biện pháp phòng, chống mưa lớn, triều cường và sạt lở.',
      'Theo đó, các đơn vị rà soát khu vực thấp trũng, nhà ở xuống cấp, cây xanh có nguy cơ gãy đổ; khơi thông hệ thống thoát nước, nạo vét cống rãnh; bố trí lực lượng trực 24/24 giờ trong những ngày có mưa lớn.',
      'Người dân được khuyến cáo theo dõi thông tin thời tiết, không trú ẩn dưới cây lớn, gia cố nhà cửa và liên hệ ngay chính quyền địa phương khi cần hỗ trợ.',
    ],
    caption: 'Lực lượng chức năng khơi thông cống thoát nước',
    tags: ['Môi trường'],
    months: [6, 7, 8, 9, 10, 11],
  },
  {
    titles: ['UBND {area} chỉ đạo đẩy nhanh tiến độ giải ngân vốn đầu tư công năm {year}', 'Giải ngân vốn đầu tư công năm {year}: người đứng đầu chịu trách nhiệm nếu chậm tiến độ'],
    lede: 'Các chủ đầu tư được yêu cầu lập kế hoạch giải ngân chi tiết cho từng dự án và tháo gỡ dứt điểm vướng mắc về mặt bằng.',
    body: [
      '{when}, UBND {area} tổ chức họp đánh giá tiến độ thực hiện và giải ngân vốn đầu tư công năm {year}.',
      'Đến nay, tỷ lệ giải ngân đạt khoảng {progress}% kế hoạch vốn được giao; một số dự án còn chậm do vướng mắc trong công tác bồi thường, giải phóng mặt bằng và điều chỉnh thiết kế.',
      'Lãnh đạo UBND thành phố yêu cầu các chủ đầu tư lập kế hoạch giải ngân chi tiết cho từng dự án, phối hợp với UBND các phường, xã tháo gỡ dứt điểm vướng mắc về mặt bằng; người đứng đầu chịu trách nhiệm nếu để chậm tiến độ.',
    ],
    caption: 'Quang cảnh cuộc họp',
    tags: ['Đầu tư xây dựng'],
    scope: 'city',
  },
  {
    titles: ['UBND {area} chấn chỉnh kỷ luật, kỷ cương hành chính', 'Tăng cường kỷ luật, kỷ cương trong thực thi công vụ tại {area}'],
    lede: 'Cán bộ, công chức được yêu cầu chấp hành nghiêm giờ giấc làm việc, văn hóa công sở và không để xảy ra tình trạng gây phiền hà cho người dân.',
    body: [
      '{when}, UBND {area} ban hành văn bản yêu cầu các cơ quan, đơn vị tăng cường kỷ luật, kỷ cương hành chính trong thực thi công vụ.',
      'Theo đó, người đứng đầu chịu trách nhiệm quán triệt cán bộ, công chức chấp hành nghiêm thời giờ làm việc, đeo thẻ công chức, thực hiện quy tắc ứng xử nơi công sở; kiên quyết xử lý các trường hợp né tránh, đùn đẩy trách nhiệm.',
      'Việc kiểm tra công vụ đột xuất được tăng cường; kết quả kiểm tra là căn cứ đánh giá, xếp loại cán bộ, công chức cuối năm.',
    ],
    caption: 'Công chức tiếp nhận hồ sơ tại bộ phận một cửa',
    tags: ['Cải cách hành chính'],
  },
  {
    titles: ['Chủ tịch UBND {area} chỉ đạo bảo đảm an ninh trật tự dịp lễ, Tết', 'UBND {area} triển khai các giải pháp phục vụ nhân dân, du khách dịp lễ, Tết'],
    lede: 'Các lực lượng được yêu cầu tăng cường tuần tra, kiểm soát, bảo đảm an ninh trật tự, an toàn giao thông và vệ sinh môi trường phục vụ nhân dân, du khách.',
    body: [
      '{when}, lãnh đạo UBND {area} chủ trì cuộc họp triển khai các nhiệm vụ bảo đảm an ninh trật tự, phục vụ nhân dân và du khách dịp lễ, Tết.',
      'Công an, lực lượng dân phòng và các tổ tự quản được yêu cầu tăng cường tuần tra, kiểm soát tại các khu vực đông người; kiểm tra việc niêm yết giá, bảo đảm an toàn thực phẩm và phòng cháy, chữa cháy tại các cơ sở kinh doanh.',
      'Các đơn vị phân công lãnh đạo trực, báo cáo tình hình hằng ngày và xử lý kịp thời các tình huống phát sinh.',
    ],
    caption: 'Lực lượng chức năng tuần tra bảo đảm an ninh trật tự',
    tags: ['Quốc phòng - An ninh', 'Du lịch'],
    months: [1, 2, 4],
  },
  {
    titles: ['UBND {area} khen thưởng tập thể, cá nhân có thành tích trong phong trào thi đua', '{count} tập thể, {count2} cá nhân được UBND {area} khen thưởng'],
    lede: 'Việc khen thưởng kịp thời góp phần động viên, khích lệ cán bộ, công chức và nhân dân tích cực tham gia các phong trào thi đua.',
    body: [
      '{when}, UBND {area} tổ chức trao giấy khen cho {count} tập thể và {count2} cá nhân có thành tích xuất sắc trong phong trào thi đua yêu nước.',
      'Các tập thể, cá nhân được khen thưởng có nhiều đóng góp trong công tác cải cách hành chính, chỉnh trang đô thị, bảo đảm an ninh trật tự và chăm lo an sinh xã hội trên địa bàn.',
      'Phát biểu tại buổi lễ, lãnh đạo UBND {area} đề nghị các tập thể, cá nhân được khen thưởng tiếp tục phát huy, là hạt nhân lan tỏa các phong trào thi đua của địa phương.',
    ],
    caption: 'Trao giấy khen cho các tập thể, cá nhân',
    tags: ['Thi đua khen thưởng'],
  },
];
