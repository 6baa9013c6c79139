// Prints one plain closing line, "Tests: N passed, N failed, N skipped", that CI and people can
// read at a glance. Jest prints its own summary after every custom reporter, so the line is
// written when the process exits, to stay last.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results;
    const line = `\nTests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped\n`;
    process.once('exit', () => process.stderr.write(line));
  }
}

module.exports = SummaryReporter;
