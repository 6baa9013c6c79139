import outboxEntry from './outbox-entry/schema.json';

export default { 'outbox-entry': { schema: outboxEntry } };
