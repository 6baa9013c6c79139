export const PLUGIN_ID = 'reports';

/** The admin's translation key for one of this plugin's messages. */
export const trad = (key: string): string => `${PLUGIN_ID}.${key}`;
