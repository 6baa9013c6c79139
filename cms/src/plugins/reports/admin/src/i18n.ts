import { pluginI18n } from '../../../../admin/shared/plugin-i18n';
import { MESSAGES } from './messages';
import { PLUGIN_ID } from './pluginId';

/** Vietnamese only; other admin locales fall back to the Vietnamese defaults. */
export const i18n = pluginI18n(PLUGIN_ID, MESSAGES);
