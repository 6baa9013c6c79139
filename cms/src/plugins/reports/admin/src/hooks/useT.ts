import { i18n } from '../i18n';

/** formatMessage bound to this plugin's keys, with the Vietnamese text as the default. */
export const useT = i18n.useT;
