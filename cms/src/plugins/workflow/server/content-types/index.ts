import membership from './membership/schema.json';
import transition from './transition/schema.json';

export default {
  membership: { schema: membership },
  transition: { schema: transition },
};
