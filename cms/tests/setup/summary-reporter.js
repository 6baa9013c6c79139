// @ts-check
// Prints one plain closing line, "Tests: N passed, N failed, N skipped", that CI and people can
// read at a glance. Jest prints its own summary after every custom reporter, so the line is
// written when the process exits, to stay last. Under scripts/test.mjs (TEST_SUMMARY_FILE set)
// the counts go to that file instead, for one line covering every suite.
const fs = require('fs');

class SummaryReporter {
  /**
   * @param {unknown} _contexts
   * @param {import('@jest/test-result').AggregatedResult} results
   */
  onRunComplete(_contexts, results) {
    const counts = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    if (process.env.TEST_SUMMARY_FILE) {
      fs.writeFileSync(process.env.TEST_SUMMARY_FILE, JSON.stringify(counts));
      return;
    }
    const line = `\nTests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`;
    process.once('exit', () => process.stderr.write(line));
  }
}

module.exports = SummaryReporter;
