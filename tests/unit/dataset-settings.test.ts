import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SiteSettings } from '@/lib/site';

// The settings as content/site.ts has them, with what each test fills in.
let overrides: Partial<SiteSettings> = {};
vi.mock('@/lib/content/site', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/content/site')>();
  return { site: () => ({ ...original.site(), ...overrides }) };
});

const { loadPage } = await import('@/lib/content/pages');
const { structuredData } = await import('@/lib/structured-data');

const dataset = (locale: 'zh' | 'en') => structuredData(locale, loadPage(locale, 'statistics'))!;

describe('the Dataset shows the licence and the compiler only when content/site.ts sets them', () => {
  beforeEach(() => {
    overrides = {};
  });

  it('has neither while both are empty, and credits only the reporter', () => {
    const data = dataset('en');
    expect(data).not.toHaveProperty('license');
    expect(data.creator).toEqual([{ '@type': 'Person', name: 'Zhang Guojing' }]);
  });

  it('gives the licence by its address where known, else by its name', () => {
    overrides = { licence: 'CC BY 4.0', licenceUrl: '' };
    expect(dataset('en').license).toEqual({ '@type': 'CreativeWork', name: 'CC BY 4.0' });
    overrides = {
      licence: 'CC BY 4.0',
      licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
    };
    expect(dataset('zh').license).toBe('https://creativecommons.org/licenses/by/4.0/');
  });

  it('names the compiler beside the reporter, never instead of them', () => {
    overrides = {
      datasetCreator: { name: { zh: '某办公室', en: 'An Office' }, url: 'https://example.org/' },
    };
    expect(dataset('zh').creator).toEqual([
      { '@type': 'Person', name: '张国静' },
      { '@type': 'Organization', name: '某办公室', url: 'https://example.org/' },
    ]);
  });
});
