export const PLUGIN_ID = 'reports';
