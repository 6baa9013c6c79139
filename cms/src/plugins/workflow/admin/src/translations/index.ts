import { trad } from '../pluginId';
import { MESSAGES } from './messages';

/** The admin's locale files hold full ids ("workflow.panel.title"), as registerTrads expects. */
const prefixed = (): Record<string, string> =>
  Object.fromEntries(Object.entries(MESSAGES).map(([key, value]) => [trad(key), value]));

/**
 * Vietnamese is the only language the portal's staff use; other admin locales get no entries and
 * so fall back to the Vietnamese defaults.
 */
export const translationsFor = (locale: string): Record<string, string> => (locale === 'vi' ? prefixed() : {});
