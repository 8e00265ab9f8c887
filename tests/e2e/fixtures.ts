import { expect, test as base, type Page } from '@playwright/test';

/**
 * Every browser test fails if the page reports a Content-Security-Policy violation. The nginx
 * project serves the site with the production policy (deploy/park-server.conf), so there a script,
 * style or request the policy doesn't allow fails whichever test met it; under the plain preview
 * server no policy is sent and nothing is reported.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      // A binding survives navigations, so a violation on any page of the test is kept.
      await page.exposeBinding('reportCspViolation', ({ page: source }, description: string) => {
        violations.push(`${source.url()}: ${description}`);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { reportCspViolation: (text: string) => void })
            .reportCspViolation;
          report(
            `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}` +
              (event.sample ? ` ("${event.sample}")` : '') +
              (event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : ''),
          );
        });
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * Waits until React has hydrated the page (it marks the document it took over as its
 * container). The build loads the scripts after the first paint, so a test that clicks what only
 * works once hydrated must wait for it, as a person's first click may come before it too.
 */
export async function waitForHydration(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(() => Object.keys(document).some((key) => key.startsWith('__reactContainer'))),
    )
    .toBe(true);
}

export { expect };
