export const PLUGIN_ID = 'schedule';
