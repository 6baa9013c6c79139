import job from './job/schema.json';

export default { job: { schema: job } };
