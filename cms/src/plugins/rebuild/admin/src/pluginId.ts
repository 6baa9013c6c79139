export const PLUGIN_ID = 'rebuild';
