import quickEntry from './controllers/quick-entry';
import routes from './routes';

export default {
  controllers: { quickEntry },
  routes,
};
