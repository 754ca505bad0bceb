// web-test-runner reporter for `npm run test:engines`: per test file, the tests passed / failed /
// skipped and roughly how long the file took (files run one at a time: the time since the previous
// one finished), written as JSON to the file named by ZX_WTR_SUMMARY. Does nothing without it.
import { writeFileSync } from 'node:fs';

function count(suite, totals = { passed: 0, failed: 0, skipped: 0, failures: [] }, path = []) {
  if (!suite) return totals;
  const here = suite.name ? [...path, suite.name] : path;
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else {
      totals.failed++;
      totals.failures.push([...here, test.name].join(' '));
    }
  }
  for (const child of suite.suites ?? []) count(child, totals, here);
  return totals;
}

export function summaryReporter(out = process.env.ZX_WTR_SUMMARY) {
  const files = [];
  let last = Date.now();
  return {
    onTestRunStarted() {
      last = Date.now();
    },
    reportTestFileResults({ testFile, sessionsForTestFile }) {
      const now = Date.now();
      for (const session of sessionsForTestFile) {
        const totals = count(session.testResults);
        // A file that failed to load or run (e.g. a syntax error) has errors but no test results.
        const errors = session.errors.map((error) => error.message);
        files.push({ file: testFile, browser: session.browser.name, seconds: (now - last) / 1000, ...totals, errors });
      }
      last = now;
    },
    stop() {
      if (out) writeFileSync(out, JSON.stringify({ files }, null, 2));
    },
  };
}
