import { pluginI18n } from '../../../../../admin/shared/plugin-i18n';
import { PLUGIN_ID } from '../pluginId';
import { MESSAGES } from './messages';

/** Vietnamese is the only language the portal's staff use; other admin locales fall back to it. */
export const i18n = pluginI18n(PLUGIN_ID, MESSAGES);
