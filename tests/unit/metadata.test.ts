import { afterEach, describe, expect, it, vi } from 'vitest';
import { languageAlternates } from '@/lib/metadata';
import { freshModules } from '../support/content-copy';

// Each test reads content/ afresh, some seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('the language alternates of a page', () => {
  it('are its two twins, with the language chooser as the x-default', () => {
    expect(languageAlternates('golden-altitude')).toEqual({
      'zh-Hans': '/zh/golden-altitude/',
      en: '/en/golden-altitude/',
      'x-default': '/',
    });
    expect(languageAlternates('index')).toEqual({
      'zh-Hans': '/zh/',
      en: '/en/',
      'x-default': '/',
    });
  });
});

describe('the metadata of a page', () => {
  it('of an English news item: its title with the site name, an article for Open Graph', async () => {
    freshModules(process.cwd(), 'https://park.example.org');
    const { pageMetadata } = await import('@/lib/metadata');
    const { metadataBase, ...metadata } = pageMetadata('en', 'news/park-opens', {
      title: 'The Park opens',
      description: 'It opened.',
      updated: '2026-11-30',
      role: 'news-item',
      date: '2023',
    });
    expect(String(metadataBase)).toBe('https://park.example.org/');
    const image = {
      url: '/share/en.png',
      width: 1200,
      height: 630,
      alt: 'Biotechnology Industrial Park of the Xining Economic and Technological Development Zone',
    };
    expect(metadata).toEqual({
      title: 'The Park opens | Xining Biotechnology Industrial Park',
      description: 'It opened.',
      alternates: {
        canonical: '/en/news/park-opens/',
        languages: {
          'zh-Hans': '/zh/news/park-opens/',
          en: '/en/news/park-opens/',
          'x-default': '/',
        },
        types: { 'application/atom+xml': [{ url: '/en/news/feed.xml', title: 'News' }] },
      },
      openGraph: {
        type: 'article',
        title: 'The Park opens | Xining Biotechnology Industrial Park',
        description: 'It opened.',
        url: '/en/news/park-opens/',
        siteName:
          'Biotechnology Industrial Park of the Xining Economic and Technological Development Zone',
        locale: 'en_GB',
        alternateLocale: 'zh_CN',
        images: [image],
      },
      twitter: {
        card: 'summary_large_image',
        title: 'The Park opens | Xining Biotechnology Industrial Park',
        description: 'It opened.',
        images: ['/share/en.png'],
      },
      icons: { icon: '/favicon.svg', apple: '/apple-touch-icon.png' },
      manifest: '/en/manifest.webmanifest',
    });
  });

  it('of the Chinese home page: its title alone, a website for Open Graph', async () => {
    freshModules(process.cwd(), 'https://park.example.org');
    const { pageMetadata } = await import('@/lib/metadata');
    const metadata = pageMetadata('zh', 'index', {
      title: '西宁经济技术开发区生物科技产业园区',
      description: '园区简介。',
      updated: '2026-11-27',
    });
    expect(metadata.title).toBe('西宁经济技术开发区生物科技产业园区');
    expect(metadata.alternates?.canonical).toBe('/zh/');
    expect(metadata.alternates?.types).toEqual({
      'application/atom+xml': [{ url: '/zh/news/feed.xml', title: '园区动态' }],
    });
    expect(metadata.openGraph).toMatchObject({
      type: 'website',
      title: '西宁经济技术开发区生物科技产业园区',
      url: '/zh/',
      siteName: '西宁经济技术开发区生物科技产业园区',
      locale: 'zh_CN',
      alternateLocale: 'en_GB',
      images: [
        {
          url: '/share/zh.png',
          width: 1200,
          height: 630,
          alt: '西宁经济技术开发区生物科技产业园区',
        },
      ],
    });
    expect(metadata.twitter).toMatchObject({ images: ['/share/zh.png'] });
    expect(metadata.manifest).toBe('/zh/manifest.webmanifest');
  });

  it('of a Chinese page other than the home page: its title with the short site name', async () => {
    freshModules(process.cwd(), 'https://park.example.org');
    const { pageMetadata } = await import('@/lib/metadata');
    const metadata = pageMetadata('zh', 'statistics', {
      title: '统计数据',
      description: '数据。',
      updated: '2026-11-30',
      role: 'statistics',
    });
    expect(metadata.title).toBe('统计数据 | 生物园区');
    expect(metadata.openGraph).toMatchObject({ type: 'website' });
  });
});
