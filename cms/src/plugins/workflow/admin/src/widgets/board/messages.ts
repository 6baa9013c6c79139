import { pluginI18n } from '../../../../../../admin/shared/plugin-i18n';
import { PLUGIN_ID } from '../../pluginId';

/** The board's month widgets' strings (server: board/home.ts), Vietnamese and their own defaults. */
export const BOARD_MESSAGES = {
  'board.direction': 'Định hướng tuyên truyền',
  'board.mine': 'Bài được giao cho tôi',
  'board.board': 'Giao bài của trang',
  'board.loading': 'Đang tải…',
  'board.failed': 'Không tải được.',
  'board.empty.direction': 'Chưa có định hướng tuyên truyền.',
  'board.empty.mine': 'Bạn không có bài được giao.',
  'board.empty.board': 'Không có bài giao nào đang mở.',
  'board.month': 'Tháng {month}',
  'board.fromAbove': 'của {site}',
  'board.topics': 'Chủ đề',
  'board.events': 'Sự kiện, mốc thời gian',
  'board.dueOn': 'hạn {date}',
  'board.assignee': 'Giao cho {name}',
  'board.overdue': 'Quá hạn',
  'board.write': 'Viết bài',
  'board.writeFailed': 'Không tạo được tin bài từ bài giao này.',
  'board.open': 'Mở tin bài',
  'board.more': 'và {count} bài giao khác',
} as const;

export type BoardMessageKey = keyof typeof BOARD_MESSAGES;

export const boardI18n = pluginI18n(PLUGIN_ID, BOARD_MESSAGES);

/** "2026-12-05" → "05/12/2026". */
export const dmy = (date: string | null): string => (date ? date.split('-').reverse().join('/') : '');

/** "2026-12" → "12/2026". */
export const monthLabel = (month: string): string => `${month.slice(5)}/${month.slice(0, 4)}`;
