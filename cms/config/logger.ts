import { formats, winston } from '@strapi/logger';

// LOG_LEVEL=error keeps test output to what failed; `http` (the default) also logs every request.
// No levelFilter here: it keeps only the levels it names, which would hide errors.
const level = process.env.LOG_LEVEL ?? 'http';

export default {
  transports: [
    new winston.transports.Console({
      level,
      format: formats.prettyPrint({ timestamps: 'YYYY-MM-DD HH:mm:ss.SSS' }),
    }),
  ],
};
