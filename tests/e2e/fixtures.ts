import { expect, test as base } from '@playwright/test';

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

export { expect };
