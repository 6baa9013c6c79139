import { spawnSync } from 'child_process';
import { APP_DIR } from '../harness/cms';

/** Output of Strapi's logger built from the compiled config/logger with LOG_LEVEL set. */
const logAtEveryLevel = (level: string): string => {
  const script = `
    const { createLogger } = require('@strapi/logger');
    const log = createLogger(require('./dist/config/logger').default);
    for (const l of ['error', 'warn', 'info', 'http']) log[l]('message-at-' + l);`;
  const run = spawnSync(process.execPath, ['-e', script], {
    cwd: APP_DIR,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, LOG_LEVEL: level },
  });
  expect(run.status).toBe(0);
  return run.stdout + run.stderr;
};

describe('logger', () => {
  it('prints errors, warnings, info and requests at the default level', () => {
    const out = logAtEveryLevel('http');
    for (const l of ['error', 'warn', 'info', 'http']) expect(out).toContain(`message-at-${l}`);
  });

  it('prints only errors at LOG_LEVEL=error', () => {
    const out = logAtEveryLevel('error');
    expect(out).toContain('message-at-error');
    expect(out).not.toContain('message-at-warn');
    expect(out).not.toContain('message-at-http');
  });
});
