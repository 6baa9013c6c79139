/** What staff read when a preview is refused or fails (Vietnamese, shown in the admin's preview frame). */
export const MESSAGES = {
  badLink: 'Liên kết xem trước không hợp lệ. Hãy mở lại bản xem trước từ trang sửa nội dung.',
  expired: 'Liên kết xem trước đã hết hạn. Hãy mở lại bản xem trước từ trang sửa nội dung.',
  forbidden:
    'Bạn không có quyền xem trước mục này: chỉ những người được mở mục này trong trang quản trị (theo vai trò trên trang web của mục) mới xem trước được.',
  busy: 'Máy chủ đang dựng các bản xem trước khác. Vui lòng thử lại sau ít giây.',
  timeout:
    'Dựng bản xem trước quá lâu nên đã dừng. Nếu đây là lần xem trước đầu tiên sau khi cập nhật phần mềm, trang đang được chuẩn bị: vui lòng thử lại sau một phút.',
  failed: 'Không dựng được bản xem trước do lỗi hệ thống. Bộ phận vận hành đã được ghi nhận lỗi; vui lòng thử lại sau.',
} as const;

/** The banner above the previewed page: the only difference from the page approval will publish. */
export const BANNER_TEXT = 'Bản xem trước – chưa đăng';
