// @ts-check
// After each test file: close any CMS a timed-out hook left starting (see closeStrays), so one
// slow boot fails its own file instead of keeping Jest alive until CI's time limit.
const { closeStrays } = require('../harness/cms');

afterAll(() => closeStrays(), 15 * 60 * 1000);
