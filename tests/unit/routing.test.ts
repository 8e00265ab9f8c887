import { describe, expect, it, vi } from 'vitest';
import { localeOf, localeStaticParams, pageLocale } from '@/lib/i18n/locale-route';
import { otherLocale } from '@/lib/i18n/routing';
import { menuLinks, pageHref } from '@/lib/navigation';

describe('page addresses', () => {
  it('are /<locale>/ for the home page and /<locale>/<slug>/ for the others', () => {
    expect(pageHref('zh', 'index')).toBe('/zh/');
    expect(pageHref('en', 'index')).toBe('/en/');
    expect(pageHref('en', 'statistics')).toBe('/en/statistics/');
    expect(pageHref('zh', 'news/half-year-work-meeting')).toBe('/zh/news/half-year-work-meeting/');
  });

  it('of the menu are those content/site.ts lists, in its order', () => {
    expect(menuLinks().map((link) => link.page)).toEqual([
      'index',
      'invest',
      'development-plan',
      'golden-altitude',
      'innovation',
      'digital-economy',
      'statistics',
      'about',
    ]);
    expect(menuLinks()[0]!.label).toEqual({ zh: '首页', en: 'Home' });
  });
});

describe('the locales of routes', () => {
  it('are Chinese, the default, and English, always written in the address', async () => {
    vi.resetModules();
    const { routing } = await import('@/lib/i18n/routing');
    expect(routing).toMatchObject({
      locales: ['zh', 'en'],
      defaultLocale: 'zh',
      localePrefix: 'always',
    });
  });

  it('lead to each other', () => {
    expect(otherLocale('zh')).toBe('en');
    expect(otherLocale('en')).toBe('zh');
  });

  it('give each route a copy per locale', () => {
    expect(localeStaticParams()).toEqual([{ locale: 'zh' }, { locale: 'en' }]);
  });

  it('accept zh and en as the locale of a page, and answer anything else with "not found"', () => {
    expect(pageLocale('zh')).toBe('zh');
    expect(pageLocale('en')).toBe('en');
    expect(() => pageLocale('fr')).toThrow('NEXT_HTTP_ERROR_FALLBACK;404');
  });

  it('give a route handler its locale, or a 404 response for anything else', async () => {
    expect(await localeOf(Promise.resolve({ locale: 'en' }))).toBe('en');
    const response = await localeOf(Promise.resolve({ locale: 'de' }));
    expect(response).toBeInstanceOf(Response);
    expect((response as Response).status).toBe(404);
    expect(await (response as Response).text()).toBe('Not found');
  });
});
