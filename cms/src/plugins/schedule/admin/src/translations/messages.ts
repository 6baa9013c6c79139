/** The plugin's admin strings (Vietnamese; pluginI18n makes them the defaults in every locale). */
export const MESSAGES = {
  'plugin.name': 'Lịch công tác',
  'copy.label': 'Sao chép tuần trước',
  'copy.title': 'Tạo lịch tuần sau từ tuần gần nhất',
  'copy.body':
    'Lịch của tuần gần nhất của trang này được chép sang tuần kế tiếp thành một bản nháp: mọi buổi làm việc lùi 7 ngày, trạng thái trở về "Theo kế hoạch", ghi chú được xóa. Người duyệt của trang đăng lịch mới.',
  'copy.confirm': 'Sao chép',
  'copy.done': 'Đã tạo lịch tuần bắt đầu ngày {week} ({count} buổi làm việc).',
  'repeat.label': 'Lặp lại một buổi',
  'repeat.title': 'Lặp lại buổi làm việc vào các ngày khác trong tuần',
  'repeat.saveFirst': 'Lưu các thay đổi trước khi lặp lại.',
  'repeat.entry': 'Buổi làm việc',
  'repeat.days': 'Lặp lại vào các ngày',
  'repeat.none': 'Lịch tuần này chưa có buổi làm việc nào đã lưu.',
  'repeat.confirm': 'Lặp lại',
  'repeat.done': 'Đã thêm {count} buổi làm việc.',
  'action.cancel': 'Hủy',
  'notify.failed': 'Không thực hiện được; hãy thử lại.',
} as const;

export type MessageKey = keyof typeof MESSAGES;
