import { formats, winston } from '@strapi/logger';

// LOG_LEVEL=error keeps test output to what failed; `http` (the default) logs every request.
const level = process.env.LOG_LEVEL ?? 'http';

export default {
  transports: [
    new winston.transports.Console({
      level,
      format: winston.format.combine(
        formats.levelFilter(level),
        formats.prettyPrint({ timestamps: 'YYYY-MM-DD HH:mm:ss.SSS' })
      ),
    }),
  ],
};
