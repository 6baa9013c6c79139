// The controlled vocabularies alone (stored key → Vietnamese name), for the CMS's admin bundle: it
// runs in the browser, where the package's index cannot go (its release code reads the disk).
export { PROJECT_FIELDS, CAPITAL_SOURCES, PROJECT_STATES, PROCUREMENT_METHODS, PROCUREMENT_RESULTS } from './projects.js';
export { SCHEDULE_STATES } from './weeks.js';
export { DATASET_FIELDS } from './statistics.js';
export { QUESTION_FIELDS, QUESTION_REJECT_LABELS } from './participation.js';
