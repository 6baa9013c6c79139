export const PLUGIN_ID = 'workflow';

/** The admin's translation key for one of this plugin's messages. */
export const trad = (key: string): string => `${PLUGIN_ID}.${key}`;
