import type { Story } from './article-templates';

/** Stories of government life: general news, administrative reform, digital transformation. */

export const GENERAL_STORIES: readonly Story[] = [
  {
    titles: ['{actor} tổng kết công tác năm {reportYear}, triển khai nhiệm vụ năm {planYear}', 'Hội nghị tổng kết công tác năm {reportYear} của {actor}'],
    lede: '{actor} đánh giá kết quả thực hiện nhiệm vụ năm {reportYear}, chỉ ra những hạn chế cần khắc phục và thống nhất các giải pháp trọng tâm cho năm {planYear}.',
    body: [
      '{when}, {actor} tổ chức hội nghị tổng kết công tác năm {reportYear} và triển khai phương hướng, nhiệm vụ năm {planYear}. Dự hội nghị có {leader} cùng đại diện {members}.',
      'Theo báo cáo, năm {reportYear} {area} đã hoàn thành và vượt nhiều chỉ tiêu chủ yếu; công tác cải cách hành chính, chuyển đổi số có chuyển biến rõ nét; an sinh xã hội được bảo đảm, quốc phòng, an ninh được giữ vững. Hội nghị cũng thẳng thắn chỉ ra một số tồn tại như tiến độ giải quyết một số hồ sơ còn chậm, ý thức chấp hành quy định về trật tự đô thị của một bộ phận người dân chưa cao.',
      'Phát biểu chỉ đạo, {leader} ghi nhận những kết quả đạt được và đề nghị các đơn vị bám sát kế hoạch năm {planYear}, phân công rõ người, rõ việc, rõ thời gian hoàn thành; tăng cường kỷ luật, kỷ cương hành chính và nâng cao chất lượng phục vụ người dân.',
      'Dịp này, {actor} đã khen thưởng {count} tập thể và {count2} cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ năm {reportYear}.',
    ],
    caption: 'Quang cảnh hội nghị tổng kết công tác năm {reportYear}',
    tags: ['Thi đua khen thưởng'],
    months: [12, 1],
  },
  {
    titles: ['{actor} sơ kết công tác 6 tháng đầu năm {year}', 'Sơ kết 6 tháng đầu năm {year}: {area} hoàn thành nhiều chỉ tiêu quan trọng'],
    lede: '6 tháng đầu năm {year}, tình hình kinh tế - xã hội của {area} tiếp tục ổn định; nhiều chỉ tiêu đạt trên 50% kế hoạch năm.',
    body: [
      '{when}, tại {venue}, {actor} tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm {year}.',
      'Báo cáo tại hội nghị cho biết, công tác thu ngân sách đạt khá so với dự toán; chương trình chỉnh trang đô thị, vệ sinh môi trường được triển khai đồng loạt; {rate}% hồ sơ thủ tục hành chính được giải quyết đúng hạn.',
      'Các đại biểu tập trung thảo luận những khó khăn trong công tác quản lý trật tự xây dựng, giải phóng mặt bằng và đề xuất giải pháp tháo gỡ trong thời gian tới.',
    ],
    caption: 'Đại biểu dự hội nghị sơ kết 6 tháng đầu năm {year}',
    tags: ['Thi đua khen thưởng'],
    months: [6, 7],
  },
  {
    titles: ['{area} tổ chức Lễ giao nhận quân năm {year}', '{recruits} thanh niên {area} lên đường nhập ngũ'],
    lede: 'Trong không khí trang trọng, các tân binh của {area} bày tỏ quyết tâm rèn luyện, hoàn thành tốt nhiệm vụ, xứng đáng với niềm tin của gia đình và quê hương.',
    body: [
      '{when}, {area} long trọng tổ chức Lễ giao nhận quân năm {year}. Đến dự có {leader}, đại diện các lực lượng vũ trang cùng đông đảo người thân của các tân binh.',
      'Năm nay, {recruits} thanh niên ưu tú của {area} lên đường thực hiện nghĩa vụ quân sự. Công tác tuyển chọn, gọi công dân nhập ngũ được thực hiện công khai, dân chủ, đúng luật, bảo đảm chỉ tiêu và chất lượng.',
      'Thay mặt các tân binh, một thanh niên phát biểu hứa sẽ ra sức học tập, rèn luyện, chấp hành nghiêm kỷ luật quân đội, phát huy truyền thống quê hương.',
    ],
    caption: 'Tân binh {area} trong ngày lên đường nhập ngũ',
    tags: ['Quốc phòng - An ninh'],
    scope: 'city',
    months: [2, 3],
  },
  {
    titles: ['{actor} kiểm tra tiến độ công trình {project}', 'Đẩy nhanh tiến độ thi công công trình {project}'],
    lede: 'Công trình {project} được người dân mong đợi; đơn vị thi công cam kết bảo đảm chất lượng, an toàn và vệ sinh môi trường trong quá trình thi công.',
    body: [
      '{when}, {leader} dẫn đầu đoàn công tác đi kiểm tra tiến độ thi công công trình {project}.',
      'Qua kiểm tra, khối lượng thi công đạt khoảng {progress}% kế hoạch. Tuy nhiên, một số hạng mục còn chậm do vướng mặt bằng và thời tiết mưa kéo dài.',
      'Đoàn đề nghị chủ đầu tư, đơn vị thi công bố trí thêm nhân lực, máy móc, có giải pháp rào chắn, cảnh báo an toàn và hạn chế ảnh hưởng đến việc đi lại, sinh hoạt của người dân.',
    ],
    caption: 'Đoàn công tác kiểm tra hiện trường thi công',
    tags: ['Đầu tư xây dựng'],
  },
  {
    titles: ['Đại biểu HĐND thành phố tiếp xúc cử tri {locality}', 'Cử tri {locality} kiến nghị nhiều vấn đề dân sinh'],
    lede: 'Tại buổi tiếp xúc, cử tri tập trung kiến nghị về chỉnh trang hạ tầng, trật tự xây dựng, vệ sinh môi trường và các chính sách an sinh xã hội.',
    body: [
      '{when}, tại {venue}, Tổ đại biểu HĐND thành phố tiếp xúc cử tri {locality} trước kỳ họp. Cùng dự có {leader} và đông đảo cử tri trên địa bàn.',
      'Cử tri đánh giá cao sự quan tâm của chính quyền trong đầu tư hạ tầng, đồng thời kiến nghị sớm hoàn thiện hệ thống thoát nước, xử lý tình trạng lấn chiếm vỉa hè và tăng cường chiếu sáng tại các hẻm nhỏ.',
      'Các ý kiến thuộc thẩm quyền đã được lãnh đạo địa phương giải đáp trực tiếp; những nội dung còn lại được Tổ đại biểu ghi nhận để tổng hợp, chuyển cơ quan có thẩm quyền xem xét, trả lời.',
    ],
    caption: 'Cử tri phát biểu tại buổi tiếp xúc',
    tags: ['Tiếp công dân'],
  },
  {
    titles: ['UBND {area} diễn tập phương án chữa cháy và cứu nạn, cứu hộ năm {year}', 'Diễn tập phòng cháy, chữa cháy tại {hamlet}'],
    lede: 'Buổi diễn tập giúp lực lượng tại chỗ và người dân nắm vững kỹ năng xử lý tình huống cháy, nổ ngay từ khi mới phát sinh.',
    body: [
      '{when}, UBND {area} phối hợp với Công an thành phố tổ chức diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại {hamlet}.',
      'Tình huống giả định xảy ra cháy tại một nhà dân trong hẻm nhỏ. Lực lượng dân phòng, tổ liên gia an toàn phòng cháy, chữa cháy nhanh chóng báo động, sơ tán người, sử dụng bình chữa cháy và lăng vòi khống chế đám cháy trước khi lực lượng chuyên nghiệp có mặt.',
      'Kết thúc buổi diễn tập, cán bộ Công an thành phố hướng dẫn người dân cách sử dụng bình chữa cháy, thoát nạn khi có cháy và lưu ý bảo đảm an toàn khi sử dụng điện, gas trong sinh hoạt.',
    ],
    caption: 'Lực lượng tại chỗ triển khai phương án chữa cháy',
    tags: ['Quốc phòng - An ninh'],
  },
];

export const ADMIN_REFORM_STORIES: readonly Story[] = [
  {
    titles: ['{actor} giải quyết đúng hạn {rate}% hồ sơ thủ tục hành chính {quarter}', 'Bộ phận một cửa {area}: {rate}% hồ sơ được giải quyết đúng hạn'],
    lede: 'Trong {quarter}, bộ phận tiếp nhận và trả kết quả của {area} tiếp nhận {dossiers} hồ sơ, tỷ lệ giải quyết đúng và trước hạn đạt {rate}%.',
    body: [
      '{when}, {actor} tổ chức họp đánh giá kết quả công tác cải cách hành chính {quarter}.',
      'Theo báo cáo, trong quý bộ phận một cửa tiếp nhận {dossiers} hồ sơ, chủ yếu thuộc các lĩnh vực hộ tịch, chứng thực, đất đai và bảo trợ xã hội. Tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt {rate}%; các hồ sơ trễ hạn đều có văn bản xin lỗi người dân theo quy định.',
      'Lãnh đạo {area} yêu cầu công chức bộ phận một cửa tiếp tục nâng cao tinh thần, thái độ phục vụ, hướng dẫn người dân một lần đầy đủ, không để hồ sơ tồn đọng, trễ hạn.',
    ],
    caption: 'Người dân giao dịch tại bộ phận tiếp nhận và trả kết quả',
    tags: ['Cải cách hành chính'],
  },
  {
    titles: ['Kiểm tra công tác cải cách hành chính tại {checkTarget}', 'Đoàn kiểm tra của thành phố làm việc với {checkTarget} về cải cách hành chính'],
    lede: 'Đoàn kiểm tra đánh giá cao việc niêm yết công khai thủ tục hành chính, đồng thời lưu ý một số thiếu sót trong lưu trữ hồ sơ và cập nhật phần mềm một cửa điện tử.',
    body: [
      '{when}, đoàn kiểm tra công tác cải cách hành chính của thành phố do đại diện Phòng Nội vụ làm trưởng đoàn đã đến kiểm tra tại {checkTarget}.',
      'Đoàn kiểm tra việc ban hành kế hoạch cải cách hành chính năm {year}, công tác kiểm soát thủ tục hành chính, hoạt động của bộ phận một cửa, việc cập nhật hồ sơ trên Cổng dịch vụ công của tỉnh và thực hiện chế độ báo cáo.',
      'Kết luận buổi kiểm tra, trưởng đoàn đề nghị đơn vị khắc phục ngay những tồn tại được chỉ ra, tăng cường tuyên truyền để người dân sử dụng dịch vụ công trực tuyến, thanh toán phí, lệ phí không dùng tiền mặt.',
    ],
    caption: 'Đoàn kiểm tra làm việc tại bộ phận một cửa',
    tags: ['Cải cách hành chính'],
  },
  {
    titles: ['{actor} tập huấn nghiệp vụ giải quyết thủ tục hành chính', 'Nâng cao kỹ năng cho công chức bộ phận một cửa {area} năm {year}'],
    lede: 'Lớp tập huấn giúp cán bộ, công chức cập nhật các quy định mới về thủ tục hành chính và kỹ năng giao tiếp, ứng xử với người dân.',
    body: [
      '{when}, tại {venue}, {actor} tổ chức lớp tập huấn nghiệp vụ giải quyết thủ tục hành chính cho {people} cán bộ, công chức.',
      'Học viên được giới thiệu các quy định mới về tiếp nhận, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; cách sử dụng phần mềm một cửa điện tử và Cổng dịch vụ công của tỉnh.',
      'Bên cạnh đó, báo cáo viên chia sẻ kỹ năng giao tiếp, ứng xử văn hóa nơi công sở, tạo sự hài lòng của người dân khi đến giao dịch.',
    ],
    caption: 'Học viên tham dự lớp tập huấn',
    tags: ['Cải cách hành chính'],
  },
  {
    titles: ['{actor} phát động Cuộc thi tìm hiểu về cải cách hành chính năm {year}', 'Sôi nổi Cuộc thi tìm hiểu cải cách hành chính tại {area}'],
    lede: 'Cuộc thi nhằm nâng cao nhận thức của cán bộ, công chức và nhân dân về chủ trương, chính sách cải cách hành chính của Đảng và Nhà nước.',
    body: [
      '{when}, {actor} phát động Cuộc thi tìm hiểu về cải cách hành chính năm {year}, dành cho cán bộ, công chức, viên chức và người dân trên địa bàn.',
      'Nội dung cuộc thi xoay quanh chương trình tổng thể cải cách hành chính nhà nước, các thủ tục hành chính thường gặp và kỹ năng sử dụng dịch vụ công trực tuyến. Người dự thi làm bài trắc nghiệm trực tuyến, mỗi tuần có một đợt thi.',
      'Ban tổ chức sẽ trao các giải tập thể và cá nhân, đồng thời lựa chọn những bài thi xuất sắc tham dự vòng thi của thành phố.',
    ],
    caption: 'Lễ phát động Cuộc thi tìm hiểu về cải cách hành chính',
    tags: ['Cải cách hành chính'],
    months: [3, 4, 5, 8, 9],
  },
  {
    titles: ['{actor} công bố kết quả khảo sát sự hài lòng của người dân năm {year}', 'Chỉ số hài lòng của người dân đối với {actor} đạt {rate}%'],
    lede: 'Kết quả khảo sát cho thấy người dân đánh giá cao thái độ phục vụ của công chức, song còn mong muốn rút ngắn thời gian giải quyết một số thủ tục.',
    body: [
      '{when}, {actor} công bố kết quả khảo sát mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính năm {year}.',
      'Cuộc khảo sát được thực hiện bằng phiếu giấy và trực tuyến với {people} người tham gia. Tỷ lệ hài lòng chung đạt {rate}%; tiêu chí được đánh giá cao nhất là công khai, minh bạch thủ tục và thái độ của công chức.',
      'Trên cơ sở kết quả khảo sát, {actor} xây dựng kế hoạch khắc phục, tập trung vào những tiêu chí còn thấp như thời gian chờ đợi và việc hướng dẫn hoàn thiện hồ sơ.',
    ],
    caption: 'Người dân đánh giá mức độ hài lòng tại bộ phận một cửa',
    tags: ['Cải cách hành chính'],
    months: [10, 11, 12],
  },
];

export const DIGITAL_STORIES: readonly Story[] = [
  {
    titles: ['{actor} ra quân hỗ trợ người dân kích hoạt tài khoản định danh điện tử VNeID', 'Hỗ trợ người dân {hamlet} sử dụng ứng dụng VNeID'],
    lede: 'Đợt ra quân giúp người dân kích hoạt tài khoản định danh điện tử mức độ 2 và làm quen với các tiện ích tích hợp trên ứng dụng VNeID.',
    body: [
      '{when}, {actor} phối hợp với Công an và Đoàn Thanh niên tổ chức ra quân hỗ trợ người dân đăng ký, kích hoạt tài khoản định danh điện tử tại {venue}.',
      'Đã có {people} người dân được hướng dẫn kích hoạt tài khoản, tích hợp giấy phép lái xe, thẻ bảo hiểm y tế và sử dụng tính năng thông báo lưu trú trên ứng dụng VNeID.',
      'Đây là một trong những nhiệm vụ của Đề án 06 về phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia.',
    ],
    caption: 'Đoàn viên thanh niên hướng dẫn người dân cài đặt ứng dụng VNeID',
    tags: ['Đề án 06', 'Chuyển đổi số'],
  },
  {
    titles: ['{area} ra mắt Tổ công nghệ số cộng đồng', 'Tổ công nghệ số cộng đồng {hamlet} đi vào hoạt động'],
    lede: 'Tổ công nghệ số cộng đồng sẽ là “cánh tay nối dài” đưa các dịch vụ số đến từng hộ gia đình.',
    body: [
      '{when}, {actor} tổ chức ra mắt Tổ công nghệ số cộng đồng tại {hamlet}, gồm tổ trưởng tổ dân phố, đoàn viên thanh niên, công an khu vực và người dân am hiểu công nghệ.',
      'Tổ có nhiệm vụ hướng dẫn người dân cài đặt, sử dụng các nền tảng số, nộp hồ sơ trực tuyến, thanh toán không dùng tiền mặt và nhận diện các hình thức lừa đảo trên mạng.',
      'Dịp này, các thành viên tổ được tập huấn kỹ năng sử dụng Cổng dịch vụ công quốc gia và ứng dụng VNeID.',
    ],
    caption: 'Ra mắt Tổ công nghệ số cộng đồng',
    tags: ['Chuyển đổi số'],
    scope: 'wards',
  },
  {
    titles: ['{actor} triển khai thanh toán không dùng tiền mặt tại {market}', 'Tiểu thương {market} làm quen với thanh toán qua mã QR'],
    lede: 'Mô hình giúp tiểu thương và người mua thuận tiện hơn trong giao dịch, góp phần xây dựng xã hội số trên địa bàn.',
    body: [
      '{when}, {actor} phối hợp với các ngân hàng thương mại triển khai mô hình thanh toán không dùng tiền mặt tại {market}.',
      'Các tiểu thương được hỗ trợ mở tài khoản, in mã QR thanh toán và hướng dẫn kiểm tra biến động số dư. Đến nay đã có {households} hộ kinh doanh tham gia mô hình.',
      'Nhiều tiểu thương cho biết việc thanh toán qua mã QR giúp hạn chế tiền lẻ, tiền giả và thuận tiện cho khách du lịch.',
    ],
    caption: 'Khách hàng thanh toán bằng mã QR tại chợ',
    tags: ['Chuyển đổi số'],
  },
  {
    titles: ['{actor} hưởng ứng Ngày Chuyển đổi số quốc gia {year}', 'Nhiều hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia tại {area}'],
    lede: 'Chuỗi hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia 10/10 góp phần lan tỏa nhận thức về chuyển đổi số đến từng người dân.',
    body: [
      '{when}, {actor} tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia năm {year}.',
      'Các hoạt động gồm trưng bày, giới thiệu các ứng dụng số trong quản lý nhà nước, hướng dẫn người dân nộp hồ sơ trực tuyến và tuyên truyền trên hệ thống loa truyền thanh, mạng xã hội.',
      'Tỷ lệ hồ sơ thủ tục hành chính được nộp trực tuyến trên địa bàn đến nay đạt {onlineRate}%, tăng đáng kể so với cùng kỳ năm trước.',
    ],
    caption: 'Người dân tìm hiểu các ứng dụng số tại điểm trưng bày',
    tags: ['Chuyển đổi số'],
    months: [10],
  },
  {
    titles: ['Tỷ lệ hồ sơ trực tuyến toàn trình tại {area} đạt {onlineRate}%', '{actor} đẩy mạnh dịch vụ công trực tuyến toàn trình'],
    lede: 'Người dân ngày càng quen với việc nộp hồ sơ, theo dõi tiến độ và nhận kết quả thủ tục hành chính qua mạng.',
    body: [
      '{when}, {actor} cho biết tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình trên địa bàn đã đạt {onlineRate}%.',
      'Để đạt kết quả này, bộ phận một cửa bố trí máy tính và công chức hướng dẫn người dân thao tác ngay tại chỗ; kết quả giải quyết được trả qua dịch vụ bưu chính công ích hoặc bản điện tử.',
      'Thời gian tới, {actor} tiếp tục tuyên truyền lợi ích của dịch vụ công trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo quy định.',
    ],
    caption: 'Công chức hướng dẫn người dân nộp hồ sơ trực tuyến',
    tags: ['Chuyển đổi số', 'Cải cách hành chính'],
  },
];
