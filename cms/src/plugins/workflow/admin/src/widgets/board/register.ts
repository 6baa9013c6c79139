import type { StrapiApp } from '@strapi/strapi/admin';
import { Book, Pencil, Clock } from '@strapi/icons';
import { PLUGIN_ID } from '../../pluginId';
import { BOARD_MESSAGES, boardI18n, type BoardMessageKey } from './messages';

const title = (key: BoardMessageKey) => ({ id: boardI18n.trad(key), defaultMessage: BOARD_MESSAGES[key] });

const DIRECTION = 'api::direction.direction';
const ASSIGNMENT = 'api::assignment.assignment';

/**
 * The board's month on the home page (server: board/access.ts and board/home.ts). Whoever reads
 * directions sees "Định hướng tuyên truyền"; whoever reads assignments (contributors: theirs) sees
 * "Bài được giao cho tôi"; whoever may change them (the board) sees "Giao bài của trang".
 */
export const registerBoardWidgets = (app: StrapiApp): void => {
  app.widgets.register([
    {
      id: 'board-direction',
      pluginId: PLUGIN_ID,
      icon: Book,
      title: title('board.direction'),
      permissions: [{ action: 'plugin::content-manager.explorer.read', subject: DIRECTION }],
      component: async () => (await import('./BoardWidgets')).DirectionWidget,
    },
    {
      id: 'board-mine',
      pluginId: PLUGIN_ID,
      icon: Pencil,
      title: title('board.mine'),
      permissions: [{ action: 'plugin::content-manager.explorer.read', subject: ASSIGNMENT }],
      component: async () => (await import('./BoardWidgets')).MineWidget,
    },
    {
      id: 'board-assignments',
      pluginId: PLUGIN_ID,
      icon: Clock,
      title: title('board.board'),
      permissions: [{ action: 'plugin::content-manager.explorer.update', subject: ASSIGNMENT }],
      component: async () => (await import('./BoardWidgets')).BoardAssignmentsWidget,
    },
  ]);
};
