import type { DocTemplate } from './legal-document-templates';

/** Trích yếu and content of generated thông báo, công văn and báo cáo (placeholders as in legal-document-templates.ts). */
export const NOTICE_TEMPLATES: readonly DocTemplate[] = [
  {
    type: 'thong-bao',
    summary: 'Lịch tiếp công dân định kỳ của Chủ tịch UBND {area} {quarter}',
    points: [
      'Chủ tịch UBND {area} tiếp công dân định kỳ vào ngày 15 hằng tháng tại trụ sở tiếp công dân; trường hợp trùng ngày nghỉ thì chuyển sang ngày làm việc tiếp theo.',
      'Công dân đến trình bày ý kiến cần mang theo giấy tờ tùy thân và tài liệu liên quan; trường hợp nhiều người cùng phản ánh một nội dung thì cử người đại diện.',
    ],
    field: 'Tiếp công dân',
  },
  {
    type: 'thong-bao',
    summary: 'Kết luận của Chủ tịch UBND {area} tại buổi kiểm tra công tác cải cách hành chính',
    points: [
      'Ghi nhận việc niêm yết công khai thủ tục hành chính và thái độ phục vụ của công chức bộ phận một cửa.',
      'Yêu cầu khắc phục ngay các tồn tại về lưu trữ hồ sơ, cập nhật phần mềm một cửa điện tử; báo cáo kết quả khắc phục trong thời hạn 15 ngày.',
    ],
    field: 'Cải cách hành chính',
  },
  {
    type: 'thong-bao',
    summary: 'Lịch thu gom rác thải sinh hoạt trên địa bàn {area}',
    points: [
      'Rác thải sinh hoạt được thu gom hằng ngày từ 17 giờ đến 21 giờ; người dân để rác đúng nơi, đúng giờ quy định.',
      'Nghiêm cấm đổ rác, xà bần ra vỉa hè, lòng đường, khu đất trống; các trường hợp vi phạm sẽ bị xử lý theo quy định.',
    ],
    field: 'Môi trường',
  },
  {
    type: 'thong-bao',
    summary: 'Tiếp nhận hồ sơ thủ tục hành chính vào sáng thứ Bảy hằng tuần tại bộ phận một cửa {area}',
    points: [
      'Bộ phận tiếp nhận và trả kết quả tiếp nhận hồ sơ vào sáng thứ Bảy hằng tuần, từ 7 giờ 30 đến 11 giờ 30.',
      'Người dân có thể nộp hồ sơ trực tuyến trên Cổng dịch vụ công quốc gia hoặc Cổng dịch vụ công của tỉnh vào bất kỳ thời gian nào.',
    ],
    field: 'Cải cách hành chính',
  },
  {
    type: 'cong-van',
    summary: 'V/v tăng cường công tác phòng, chống dịch bệnh sốt xuất huyết',
    points: [
      'Trước diễn biến của dịch bệnh sốt xuất huyết trên địa bàn, đề nghị các đơn vị tăng cường tuyên truyền, vận động người dân loại bỏ nơi sinh sản của muỗi.',
      'Tổ chức chiến dịch diệt lăng quăng, bọ gậy tại các khu dân cư; phối hợp với ngành y tế giám sát, xử lý kịp thời các ổ dịch.',
    ],
    field: 'Y tế',
  },
  {
    type: 'cong-van',
    summary: 'V/v đẩy mạnh triển khai Đề án 06 trên địa bàn',
    points: [
      'Đề nghị các đơn vị tiếp tục hỗ trợ người dân kích hoạt tài khoản định danh điện tử, sử dụng các tiện ích trên ứng dụng VNeID.',
      'Rà soát, làm sạch dữ liệu dân cư; đẩy mạnh giải quyết thủ tục hành chính trên môi trường điện tử theo các nhiệm vụ của Đề án 06.',
    ],
    field: 'Chuyển đổi số',
  },
  {
    type: 'cong-van',
    summary: 'V/v cung cấp tin, bài cho {portalName}',
    points: [
      'Thực hiện Quy chế tổ chức, quản lý hoạt động của Cổng thông tin điện tử thành phố Vũng Tàu và các Trang thông tin điện tử thành phần, đề nghị các đơn vị phân công cộng tác viên cung cấp tin, bài thường xuyên.',
      'Tin, bài phải ghi rõ nguồn tin, tác giả; ảnh kèm theo có chú thích. Mỗi đơn vị gửi không quá 05 tin, bài/tháng.',
    ],
    field: 'Thông tin - Truyền thông',
  },
  {
    type: 'cong-van',
    summary: 'V/v tăng cường bảo đảm trật tự an toàn giao thông, trật tự đô thị dịp lễ, Tết',
    points: [
      'Đề nghị các đơn vị tăng cường kiểm tra, xử lý tình trạng lấn chiếm vỉa hè, lòng đường, đậu đỗ xe sai quy định tại các tuyến đường trung tâm, khu vực bãi tắm.',
      'Bố trí lực lượng trực, bảo đảm an ninh trật tự, an toàn giao thông, phục vụ nhân dân và du khách vui xuân, đón Tết an toàn.',
    ],
    field: 'Giao thông - Đô thị',
  },
  {
    type: 'cong-van',
    summary: 'V/v rà soát, cập nhật thủ tục hành chính trên Cổng dịch vụ công của tỉnh',
    points: [
      'Đề nghị các đơn vị rà soát danh mục thủ tục hành chính thuộc thẩm quyền giải quyết, cập nhật đầy đủ quy trình nội bộ trên Cổng dịch vụ công của tỉnh.',
      'Kịp thời báo cáo những thủ tục còn vướng mắc, chưa thống nhất để tổng hợp, kiến nghị cơ quan có thẩm quyền.',
    ],
    field: 'Cải cách hành chính',
  },
  {
    type: 'bao-cao',
    summary: 'Tình hình kinh tế - xã hội {period}',
    points: [
      'Tình hình kinh tế - xã hội trên địa bàn {area} tiếp tục ổn định; thu ngân sách đạt khá so với dự toán; an sinh xã hội được bảo đảm; quốc phòng, an ninh được giữ vững.',
      'Tập trung hoàn thành các chỉ tiêu kế hoạch năm; đẩy mạnh chỉnh trang đô thị, cải cách hành chính, chuyển đổi số; chăm lo đời sống nhân dân.',
    ],
    field: 'Kinh tế - Xã hội',
  },
  {
    type: 'bao-cao',
    summary: 'Kết quả công tác cải cách hành chính {period}',
    points: [
      'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng và trước hạn đạt trên 97%; các hồ sơ trễ hạn đều có văn bản xin lỗi người dân.',
      'Tiếp tục rà soát, đơn giản hóa thủ tục hành chính; nâng cao tỷ lệ hồ sơ trực tuyến toàn trình và mức độ hài lòng của người dân.',
    ],
    field: 'Cải cách hành chính',
  },
  {
    type: 'bao-cao',
    summary: 'Kết quả thực hiện chuyển đổi số {period}',
    points: [
      'Các nhiệm vụ chuyển đổi số được triển khai đúng tiến độ; Tổ công nghệ số cộng đồng hoạt động hiệu quả; tỷ lệ người dân kích hoạt tài khoản định danh điện tử tăng.',
      'Đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; tuyên truyền thanh toán không dùng tiền mặt.',
    ],
    field: 'Chuyển đổi số',
  },
  {
    type: 'bao-cao',
    summary: 'Công tác tiếp công dân, giải quyết khiếu nại, tố cáo {period}',
    points: [
      'Công tác tiếp công dân được duy trì thường xuyên, định kỳ; các đơn thư được phân loại, xử lý đúng quy định, không để tồn đọng, kéo dài.',
      'Tiếp tục thực hiện tốt mô hình “Thứ 7 - Lắng nghe dân nói” và chuyên mục “Dân hỏi - Chính quyền trả lời”.',
    ],
    field: 'Tiếp công dân',
  },
  {
    type: 'bao-cao',
    summary: 'Kết quả hoạt động của Trang thông tin điện tử {area} {period}',
    points: [
      'Trang thông tin điện tử được duy trì hoạt động ổn định; tin, bài được Ban biên tập kiểm duyệt trước khi đăng; các sự kiện lớn của địa phương đã được gửi về Ban biên tập Cổng thông tin điện tử thành phố.',
      'Tăng cường phân công cộng tác viên; ghi rõ nguồn tin đối với tin, bài trích dẫn; cập nhật đầy đủ văn bản chỉ đạo, điều hành của địa phương.',
    ],
    field: 'Thông tin - Truyền thông',
    scope: 'wards',
  },
];
