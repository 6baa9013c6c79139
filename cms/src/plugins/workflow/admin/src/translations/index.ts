import { pluginI18n } from '../../../../../admin/shared/plugin-i18n';
import { PLUGIN_ID } from '../pluginId';
import { BOARD_MESSAGES } from '../widgets/board/messages';
import { MESSAGES } from './messages';

/**
 * Vietnamese is the only language the portal's staff use; other admin locales fall back to it.
 * The board widgets' strings are registered with the rest, so the admin finds them in its catalogue.
 */
export const i18n = pluginI18n(PLUGIN_ID, { ...MESSAGES, ...BOARD_MESSAGES });
