import { describe, expect, it } from 'vitest';
import { citationFor, datasetCitation } from '@/lib/figures/citation';
import type { Figure, FigureSource } from '@/lib/figures/schema';
import { siteUrl } from '@/lib/site';

// The expected citations below are written out by hand, not made by the code under test.
const siteName = {
  zh: '西宁经济技术开发区生物科技产业园区',
  en: 'Biotechnology Industrial Park of the Xining Economic and Technological Development Zone',
};

/** A press article whose newspaper is not named, as in the site's one source. */
const unnamedNewspaper: FigureSource = {
  type: 'press-article',
  title: { zh: '园区报道', en: 'Park report' },
  author: { zh: '张国静', en: 'Zhang Guojing' },
  publisher: { zh: '', en: '' },
  date: '2023-06',
  url: '',
};
const namedNewspaper: FigureSource = {
  ...unnamedNewspaper,
  publisher: { zh: '某日报', en: 'Some Daily' },
  url: 'https://example.org/report',
};

function highTech(source: FigureSource): Figure {
  return {
    id: 'high-tech-enterprises',
    unit: 'enterprise',
    label: { zh: '高新技术企业总数', en: 'High-tech enterprises' },
    definition: { zh: '数量。', en: 'Number.' },
    observations: [
      { value: 71, qualifier: 'exact', period: { year: 2023, basis: 'as-of' }, source },
    ],
  };
}

const cite = (figure: Figure, locale: 'zh' | 'en', accessed: string) =>
  citationFor(figure, figure.observations[0]!, locale, accessed);

describe('citationFor', () => {
  it('says that the article does not name its newspaper, and names the reporter first', () => {
    const figure = highTech(unnamedNewspaper);
    expect(cite(figure, 'en', '27 November 2026')).toBe(
      'Zhang Guojing, “Park report”, [newspaper not named in the article], June 2023. ' +
        'High-tech enterprises: 71 enterprises, as of 2023. ' +
        `Cited from the website of the ${siteName.en}: ${siteUrl}/en/statistics/#high-tech-enterprises (accessed 27 November 2026).`,
    );
    expect(cite(figure, 'zh', '2026年11月27日')).toBe(
      '张国静：《园区报道》，报刊名称未注明，2023年6月。' +
        '高新技术企业总数：71家，截至2023年。' +
        `转引自${siteName.zh}网站：${siteUrl}/zh/statistics/#high-tech-enterprises（访问日期：2026年11月27日）。`,
    );
  });

  it('names the newspaper and the web address once staff fill them in', () => {
    const figure = highTech(namedNewspaper);
    expect(cite(figure, 'en', '27 November 2026')).toMatch(
      /^Zhang Guojing, “Park report”, Some Daily, June 2023, https:\/\/example\.org\/report\. High-tech/,
    );
    expect(cite(figure, 'zh', '2026年11月27日')).toMatch(
      /^张国静：《园区报道》，《某日报》，2023年6月，https:\/\/example\.org\/report。高新技术企业总数/,
    );
  });

  it('does not date a proposed value as a measurement', () => {
    const figure: Figure = {
      id: 'ideal-altitude-band',
      unit: 'metre',
      label: { zh: '理想海拔', en: 'Ideal altitude' },
      definition: { zh: '提出的范围。', en: 'A proposed range.' },
      observations: [
        {
          value: { from: 2220, to: 2500 },
          qualifier: 'exact',
          period: { year: 2023, basis: 'proposed', by: { zh: '吴天一院士', en: 'Wu Tianyi' } },
          source: unnamedNewspaper,
        },
      ],
    };
    const english = cite(figure, 'en', '27 November 2026');
    const chinese = cite(figure, 'zh', '2026年11月27日');
    expect(english).toContain(
      'Ideal altitude: 2,220–2,500 m, proposed by Wu Tianyi (reported 2023).',
    );
    expect(chinese).toContain('理想海拔：2220–2500米，吴天一院士提出（2023年报道）。');
    expect(english).not.toContain('as of');
    expect(chinese).not.toContain('截至');
  });
});

describe('datasetCitation', () => {
  const article = {
    en: 'Zhang Guojing, “The Biotechnology Industrial Park: striving to build a new, modern science-and-innovation park on the highland of ecological civilization”, [newspaper not named in the article], 2023.',
    zh: '张国静：《生物园区：奋力打造生态文明高地上的新型现代化科创园区》，报刊名称未注明，2023年。',
  };

  it('names the article first, with its reporter and without a newspaper, then the downloads', () => {
    expect(datasetCitation('en', '27 November 2026')).toBe(
      `${article.en} Statistics of the ${siteName.en}, open data: ${siteUrl}/data/figures.csv, ${siteUrl}/data/figures.json. ` +
        `Cited from the website of the ${siteName.en}: ${siteUrl}/en/statistics/ (accessed 27 November 2026).`,
    );
    expect(datasetCitation('zh', '2026年11月27日')).toBe(
      `${article.zh}${siteName.zh}统计数据，开放数据：${siteUrl}/data/figures.csv、${siteUrl}/data/figures.json。` +
        `转引自${siteName.zh}网站：${siteUrl}/zh/statistics/（访问日期：2026年11月27日）。`,
    );
  });
});
