import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Ends the browser tests with one plain line, "browser: N passed, N failed", for CI logs. */
export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;

  onTestEnd(test: TestCase, result: TestResult) {
    if (result.status === 'skipped') this.skipped++;
    else if (test.outcome() === 'expected' || test.outcome() === 'flaky') this.passed++;
    else if (result.retry === test.retries) this.failed++;
  }

  onEnd() {
    const skipped = this.skipped ? `, ${this.skipped} skipped` : '';
    console.log(`browser: ${this.passed} passed, ${this.failed} failed${skipped}`);
  }
}
