import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { localeRedirectScript } from '@/lib/i18n/chooser';

/** Where the root page's script sends a browser whose preferred languages are `languages`. */
function destinationFor(languages: string[]): string | undefined {
  let destination: string | undefined;
  runInNewContext(localeRedirectScript(), {
    navigator: { languages, language: languages[0] },
    location: { replace: (url: string) => (destination = url) },
  });
  return destination;
}

describe('the root language chooser', () => {
  it('sends a Chinese browser to /zh/', () => {
    expect(destinationFor(['zh-CN', 'zh'])).toBe('/zh/');
    expect(destinationFor(['zh-TW'])).toBe('/zh/');
  });

  it('sends an English browser to /en/', () => {
    expect(destinationFor(['en-GB', 'en'])).toBe('/en/');
  });

  it('takes the first language the site has', () => {
    expect(destinationFor(['fr-FR', 'en-US', 'zh-CN'])).toBe('/en/');
    expect(destinationFor(['de', 'zh-Hans-CN', 'en'])).toBe('/zh/');
  });

  it('sends any other browser to Chinese', () => {
    expect(destinationFor(['fr-FR', 'de'])).toBe('/zh/');
    expect(destinationFor([])).toBe('/zh/');
  });
});
