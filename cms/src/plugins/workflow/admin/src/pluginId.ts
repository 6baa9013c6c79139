export const PLUGIN_ID = 'workflow';
