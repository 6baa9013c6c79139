import { pluginI18n } from '../../../../../admin/shared/plugin-i18n';
import { PLUGIN_ID } from '../pluginId';
import { MESSAGES } from './messages';

export const i18n = pluginI18n(PLUGIN_ID, MESSAGES);
export const useT = i18n.useT;
