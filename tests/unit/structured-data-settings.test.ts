import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import {
  contentCopy,
  copyWithSettings,
  freshModules,
  removeContentCopies,
} from '../support/content-copy';

// Each test reads content/ afresh, some seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});
afterAll(removeContentCopies);

const fullName =
  'Biotechnology Industrial Park of the Xining Economic and Technological Development Zone';

/** The project's modules read afresh from `root`, with the site at https://park.example.org. */
async function modulesOf(root = process.cwd()) {
  freshModules(root, 'https://park.example.org');
  const { structuredData } = await import('@/lib/structured-data');
  const { loadPage } = await import('@/lib/content/pages');
  return { structuredData, loadPage };
}

/** A copy whose source of the figures names its newspaper and web address. */
function withKnownPublisher(copy: ReturnType<typeof contentCopy>) {
  copy.replace(
    'content/figures/sources.ts',
    "publisher: { zh: '', en: '' },",
    "publisher: { zh: '青海日报', en: 'Qinghai Daily' },",
  );
  copy.replace('content/figures/sources.ts', "url: '',", "url: 'https://news.example.org/a',");
  return copy;
}

describe('the structured data of the home page', () => {
  it('is the Park as Organization and Place, without the contact details left empty', async () => {
    const { structuredData, loadPage } = await modulesOf();
    expect(structuredData('en', loadPage('en', 'index'))).toEqual({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'Organization',
          '@id': 'https://park.example.org/#organization',
          name: fullName,
          alternateName: 'Xining Biotechnology Industrial Park',
          url: 'https://park.example.org/en/',
        },
        {
          '@type': 'Place',
          name: fullName,
          address: {
            '@type': 'PostalAddress',
            addressLocality: 'Chengbei District, Xining',
            addressRegion: 'Qinghai Province',
            addressCountry: 'CN',
          },
        },
      ],
    });
  });

  it('gives the e-mail, telephone and street address once content/site.ts has them', async () => {
    const copy = copyWithSettings('address', 'phone', 'email');
    const { structuredData, loadPage } = await modulesOf(copy.root);
    expect(structuredData('zh', loadPage('zh', 'index'))).toEqual({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'Organization',
          '@id': 'https://park.example.org/#organization',
          name: '西宁经济技术开发区生物科技产业园区',
          alternateName: '生物园区',
          url: 'https://park.example.org/zh/',
          email: 'office@park.example.org',
          telephone: '+86 (971) 555-0100',
        },
        {
          '@type': 'Place',
          name: '西宁经济技术开发区生物科技产业园区',
          address: {
            '@type': 'PostalAddress',
            addressLocality: '西宁市城北区',
            addressRegion: '青海省',
            addressCountry: 'CN',
            streetAddress: '经二路1号',
          },
        },
      ],
    });
  });
});

describe('the structured data of other pages', () => {
  it('is none on a page that is neither the home page nor the Statistics page', async () => {
    const { structuredData, loadPage } = await modulesOf();
    expect(structuredData('en', loadPage('en', 'about'))).toBe(undefined);
    expect(structuredData('zh', loadPage('zh', 'news'))).toBe(undefined);
  });
});

describe('the Dataset of the Statistics page', () => {
  it('in English: the article with its English headline, the years, place, variables and files', async () => {
    const { structuredData, loadPage } = await modulesOf();
    const data = structuredData('en', loadPage('en', 'statistics'))!;
    expect(data['@context']).toBe('https://schema.org');
    expect(data).toMatchObject({
      '@type': 'Dataset',
      name: `Statistics of the ${fullName}`,
      url: 'https://park.example.org/en/statistics/',
      inLanguage: 'en',
      isBasedOn: [
        {
          '@type': 'NewsArticle',
          headline: '生物园区：奋力打造生态文明高地上的新型现代化科创园区',
          alternativeHeadline:
            'The Biotechnology Industrial Park: striving to build a new, modern science-and-innovation park on the highland of ecological civilization',
          author: { '@type': 'Person', name: 'Zhang Guojing' },
          datePublished: '2023',
        },
      ],
      temporalCoverage: '2022/2023',
      spatialCoverage: {
        '@type': 'Place',
        name: fullName,
        address: {
          '@type': 'PostalAddress',
          addressLocality: 'Chengbei District, Xining',
          addressRegion: 'Qinghai Province',
          addressCountry: 'CN',
        },
      },
      distribution: [
        {
          '@type': 'DataDownload',
          encodingFormat: 'text/csv',
          contentUrl: 'https://park.example.org/data/figures.csv',
        },
        {
          '@type': 'DataDownload',
          encodingFormat: 'application/json',
          contentUrl: 'https://park.example.org/data/figures.json',
        },
      ],
    });
    expect(data.description).toMatch(/^Every figure cited on this site, grouped by theme/);
    expect((data.variableMeasured as string[]).slice(0, 2)).toEqual([
      'Ideal altitude for high-altitude health and wellness',
      'Altitude of the Park',
    ]);
    expect(data.variableMeasured).toHaveLength(22);
    expect(data).not.toHaveProperty('license');
  });

  it('in Chinese: the headline alone', async () => {
    const { structuredData, loadPage } = await modulesOf();
    const data = structuredData('zh', loadPage('zh', 'statistics'))!;
    expect(data.isBasedOn).toEqual([
      {
        '@type': 'NewsArticle',
        headline: '生物园区：奋力打造生态文明高地上的新型现代化科创园区',
        author: { '@type': 'Person', name: '张国静' },
        datePublished: '2023',
      },
    ]);
    expect(data.inLanguage).toBe('zh-Hans');
  });

  it('names the newspaper, address, licence and compiler once they are known', async () => {
    const copy = withKnownPublisher(copyWithSettings('address', 'licence', 'datasetCreator'));
    const { structuredData, loadPage } = await modulesOf(copy.root);
    const data = structuredData('en', loadPage('en', 'statistics'))!;
    expect(data.creator).toEqual([
      { '@type': 'Person', name: 'Zhang Guojing' },
      {
        '@type': 'Organization',
        name: 'Park Statistics Office',
        url: 'https://stats.park.example.org/',
      },
    ]);
    expect((data.isBasedOn as object[])[0]).toMatchObject({
      publisher: { '@type': 'Organization', name: 'Qinghai Daily' },
      url: 'https://news.example.org/a',
    });
    expect(data.license).toEqual({ '@type': 'CreativeWork', name: 'CC BY 4.0' });
    expect(data.spatialCoverage).toMatchObject({ address: { streetAddress: '1 Jing 2nd Road' } });
  });

  it('gives the licence by its address when known, and a compiler without address by name', async () => {
    const copy = copyWithSettings('licence', 'licenceUrl');
    copy.replace(
      'content/site.ts',
      "datasetCreator: { name: { zh: '', en: '' }, url: '' },",
      "datasetCreator: { name: { zh: '园区统计办', en: 'Park Statistics Office' }, url: '' },",
    );
    const { structuredData, loadPage } = await modulesOf(copy.root);
    const data = structuredData('zh', loadPage('zh', 'statistics'))!;
    expect(data.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(data.creator).toEqual([
      { '@type': 'Person', name: '张国静' },
      { '@type': 'Organization', name: '园区统计办' },
    ]);
  });
});
