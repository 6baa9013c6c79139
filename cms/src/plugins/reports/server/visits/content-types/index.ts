import visitDay from './visit-day/schema.json';
import visitPage from './visit-page/schema.json';

/** Aggregates only: no address, visitor or log line is ever stored. No content API (plugin types). */
export default { 'visit-day': { schema: visitDay }, 'visit-page': { schema: visitPage } };
