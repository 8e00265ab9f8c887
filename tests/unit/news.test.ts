import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { feedPath, newsItems } from '@/lib/news';
import { contentCopy, freshModules, removeContentCopies } from '../support/content-copy';

// Each test reads content/ afresh, some seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});
afterAll(removeContentCopies);

const newsItem = (title: string, date: string, updated: string, draft = false) =>
  [
    '---',
    `title: ${title}`,
    `description: About ${title}.`,
    'role: news-item',
    `updated: ${updated}`,
    `date: ${date}`,
    ...(draft ? ['draft: true'] : []),
    '---',
    '',
    'Text.',
    '',
  ].join('\n');

const realNews = [
  'golden-altitude-project-planning-begins',
  'half-year-work-meeting',
  'northern-area-replanned',
  'top-ten-talent-project',
];

/** A copy of content/ whose news are two items dated to the day and the month, and a draft. */
function copyWithOwnNews() {
  const copy = contentCopy();
  for (const locale of ['zh', 'en']) {
    for (const slug of realNews) copy.remove(`content/${locale}/news/${slug}.mdx`);
    copy.write(
      `content/${locale}/news/older-item.mdx`,
      newsItem(`Older ${locale}`, '2023-06', '2026-12-01'),
    );
    copy.write(
      `content/${locale}/news/park-opens.mdx`,
      newsItem(`Opens ${locale}`, '2023-06-30', '2026-12-05'),
    );
    copy.write(
      `content/${locale}/news/unfinished.mdx`,
      newsItem(`Draft ${locale}`, '2024', '2026-12-09', true),
    );
  }
  return copy;
}

describe('the news', () => {
  it('are listed newest first, items of the same date by slug', () => {
    expect(newsItems('en').map((item) => [item.slug, item.date])).toEqual([
      ['news/half-year-work-meeting', '2023'],
      ['news/northern-area-replanned', '2023'],
      ['news/top-ten-talent-project', '2023'],
      ['news/golden-altitude-project-planning-begins', '2022'],
    ]);
  });

  it('put a day before its month and a month before its year, and leave drafts out', async () => {
    const copy = contentCopy();
    for (const locale of ['zh', 'en']) {
      copy.write(
        `content/${locale}/news/a-later-month.mdx`,
        newsItem('Month', '2023-06', '2026-12-07'),
      );
      copy.write(`content/${locale}/news/a-day.mdx`, newsItem('Day', '2023-06-30', '2026-11-30'));
      copy.write(
        `content/${locale}/news/a-draft.mdx`,
        newsItem('Draft', '2024', '2026-11-30', true),
      );
    }
    freshModules(copy.root);
    const news = await import('@/lib/news');
    expect(news.newsItems('zh').map((item) => [item.slug, item.date])).toEqual([
      ['news/a-day', '2023-06-30'],
      ['news/a-later-month', '2023-06'],
      ['news/half-year-work-meeting', '2023'],
      ['news/northern-area-replanned', '2023'],
      ['news/top-ten-talent-project', '2023'],
      ['news/golden-altitude-project-planning-begins', '2022'],
    ]);
    // Of the updates of six items, the newest dates the feed.
    expect(news.newsFeed('zh')).toContain(
      '<title>生物园区：园区动态</title>\n    <updated>2026-12-07T00:00:00.000Z</updated>',
    );
  });
});

describe('the Atom feed', () => {
  it('has its own address in each locale', () => {
    expect(feedPath('en')).toBe('/en/news/feed.xml');
    expect(feedPath('zh')).toBe('/zh/news/feed.xml');
  });

  it('lists the published news of the locale in its language, updated at the newest change', async () => {
    const copy = copyWithOwnNews();
    freshModules(copy.root, 'https://park.example.org');
    const { newsFeed } = await import('@/lib/news');
    expect(newsFeed('en')).toBe(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
    <id>https://park.example.org/en/news/</id>
    <title>Xining Biotechnology Industrial Park: news</title>
    <updated>2026-12-05T00:00:00.000Z</updated>
    <generator>https://github.com/jpmonette/feed</generator>
    <author>
        <name>Biotechnology Industrial Park of the Xining Economic and Technological Development Zone</name>
    </author>
    <link rel="alternate" href="https://park.example.org/en/news/"/>
    <link rel="self" href="https://park.example.org/en/news/feed.xml"/>
    <rights>Biotechnology Industrial Park of the Xining Economic and Technological Development Zone</rights>
    <entry>
        <title type="html"><![CDATA[Opens en]]></title>
        <id>https://park.example.org/en/news/park-opens/</id>
        <link href="https://park.example.org/en/news/park-opens/"/>
        <updated>2026-12-05T00:00:00.000Z</updated>
        <summary type="html"><![CDATA[2023-06-30 · About Opens en.]]></summary>
        <published>2026-12-05T00:00:00.000Z</published>
    </entry>
    <entry>
        <title type="html"><![CDATA[Older en]]></title>
        <id>https://park.example.org/en/news/older-item/</id>
        <link href="https://park.example.org/en/news/older-item/"/>
        <updated>2026-12-01T00:00:00.000Z</updated>
        <summary type="html"><![CDATA[2023-06 · About Older en.]]></summary>
        <published>2026-12-01T00:00:00.000Z</published>
    </entry>
</feed>`);
  });

  it('is titled in Chinese and says xml:lang="zh-Hans" in Chinese', async () => {
    const copy = copyWithOwnNews();
    freshModules(copy.root, 'https://park.example.org');
    const { newsFeed } = await import('@/lib/news');
    const feed = newsFeed('zh');
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-Hans">\n');
    expect(feed).toContain('<title>生物园区：园区动态</title>');
    expect(feed).toContain('<name>西宁经济技术开发区生物科技产业园区</name>');
    expect(feed).toContain('<id>https://park.example.org/zh/news/park-opens/</id>');
  });

  it('without news or a news page is dated 2026-01-01 and identified by its own address', async () => {
    const copy = contentCopy();
    copy.replace('content/site.ts', "{ page: 'news', label: { zh: '园区动态', en: 'News' } },", '');
    for (const locale of ['zh', 'en']) {
      copy.remove(`content/${locale}/news`);
      copy.replace(`content/${locale}/news.mdx`, 'role: news\n', 'role: news\ndraft: true\n');
    }
    freshModules(copy.root, 'https://park.example.org');
    const { newsFeed } = await import('@/lib/news');
    const feed = newsFeed('en');
    expect(feed).toContain('<id>https://park.example.org/en/news/feed.xml</id>');
    expect(feed).toContain('<updated>2026-01-01T00:00:00.000Z</updated>');
    expect(feed).not.toContain('<entry>');
  });

  it('refuses to leave out xml:lang when the feed package writes another root element', async () => {
    freshModules();
    const { Feed } = await import('feed');
    vi.spyOn(Feed.prototype, 'atom1').mockReturnValue('<?xml version="1.0"?>\n<feed>\n</feed>');
    const { newsFeed } = await import('@/lib/news');
    expect(() => newsFeed('en')).toThrow(
      'the Atom feed has no <feed xmlns="http://www.w3.org/2005/Atom">',
    );
  });
});
