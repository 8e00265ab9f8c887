import { describe, expect, it } from 'vitest';
import { chooseLocale } from '@/lib/browser/locale-chooser';

// The root page's script sends the browser to chooseLocale(navigator.languages, locales).
const locales = ['zh', 'en'];

describe('the root language chooser', () => {
  it('sends a Chinese browser to Chinese', () => {
    expect(chooseLocale(['zh-CN', 'zh'], locales)).toBe('zh');
    expect(chooseLocale(['zh-TW'], locales)).toBe('zh');
    expect(chooseLocale(['ZH-hans-CN'], locales)).toBe('zh');
  });

  it('sends an English browser to English', () => {
    expect(chooseLocale(['en-GB', 'en'], locales)).toBe('en');
  });

  it('takes the first language the site has', () => {
    expect(chooseLocale(['fr-FR', 'en-US', 'zh-CN'], locales)).toBe('en');
    expect(chooseLocale(['de', 'zh-Hans-CN', 'en'], locales)).toBe('zh');
  });

  it('sends any other browser to the default, the first locale', () => {
    expect(chooseLocale(['fr-FR', 'de'], locales)).toBe('zh');
    expect(chooseLocale([], locales)).toBe('zh');
    expect(chooseLocale(['fr'], ['en', 'zh'])).toBe('en');
  });

  it('does not take a language that merely starts with a locale’s letters', () => {
    expect(chooseLocale(['eng', 'zha'], locales)).toBe('zh');
    expect(chooseLocale(['zhx', 'en'], locales)).toBe('en');
  });
});
