// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { enhanceSearchPage, maxResults, type SearchResult } from '@/lib/browser/search-page';

// The page as components/ui/SiteSearch.tsx renders it, written out by hand.
beforeEach(() => {
  document.body.innerHTML = `
    <form role="search" method="get" data-search-form><input id="search-query" name="q" type="search"><button>Search</button></form>
    <div aria-live="polite" data-search-results></div>
    <template data-search-results><section aria-label="Search results"><p data-search-empty>No pages found.</p>
      <ol data-testid="search-results"><li><a href="#search-query" class="title">Search results</a><p class="excerpt"></p></li></ol>
    </section></template>`;
});

const result = (n: number): SearchResult => ({
  url: `/en/page-${n}/`,
  title: `Page ${n} <b>`,
  excerpt: `a <mark>match</mark> ${n}`,
});
const region = () => document.querySelector('div[data-search-results]')!;

describe('the search page', () => {
  it('without a query: searches nothing, leaves the results empty', async () => {
    const search = vi.fn(async () => [result(1)]);
    await enhanceSearchPage(document, 'https://example.org/en/search/', search);
    expect(search).not.toHaveBeenCalled();
    expect(region().children).toHaveLength(0);
  });

  it('searches the query of the address and fills the form with it', async () => {
    const search = vi.fn(async () => [result(1), result(2)]);
    await enhanceSearchPage(document, 'https://example.org/en/search/?q=+altitude+', search);
    expect(search).toHaveBeenCalledWith('altitude');
    expect(document.querySelector<HTMLInputElement>('#search-query')!.value).toBe('altitude');
  });

  it('lists the results from the template: title as text, link, excerpt with its marks', async () => {
    await enhanceSearchPage(document, 'https://example.org/en/search/?q=x', async () => [
      result(1),
      result(2),
    ]);
    const items = region().querySelectorAll('ol > li');
    expect(items).toHaveLength(2);
    const link = items[0]!.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('/en/page-1/');
    expect(link.textContent).toBe('Page 1 <b>');
    expect(link.className).toBe('title');
    expect(items[1]!.querySelector('p.excerpt')!.innerHTML).toBe('a <mark>match</mark> 2');
    expect(region().querySelector('[data-search-empty]')).toBeNull();
    expect(region().querySelector('section')!.getAttribute('aria-label')).toBe('Search results');
  });

  it('says so when nothing is found, with no empty list', async () => {
    await enhanceSearchPage(document, 'https://example.org/en/search/?q=zzz', async () => []);
    expect(region().querySelector('[data-search-empty]')!.textContent).toBe('No pages found.');
    expect(region().querySelector('ol')).toBeNull();
  });

  it(`lists at most ${maxResults} results`, async () => {
    const many = Array.from({ length: maxResults + 5 }, (_, i) => result(i));
    await enhanceSearchPage(document, 'https://example.org/zh/search/?q=园区', async () => many);
    expect(region().querySelectorAll('ol > li')).toHaveLength(maxResults);
  });

  it('does nothing on a page without the search form', async () => {
    document.body.innerHTML = '<form role="search"><input name="q"></form>';
    const search = vi.fn(async () => []);
    await enhanceSearchPage(document, 'https://example.org/en/?q=x', search);
    expect(search).not.toHaveBeenCalled();
    expect(document.querySelector('input')!.value).toBe('');
  });
});
