// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { enhanceSearchPage } from '@/lib/browser/search-page';

const form = '<form data-search-form><input name="q"></form>';
const region = '<div data-search-results></div>';
const template = (empty: string) =>
  `<template data-search-results><section>${empty}<ol><li><a></a><p></p></li></ol></section></template>`;
const withEmpty = template('<p data-search-empty>No pages found.</p>');

const found = [{ url: '/en/a/', title: 'A', excerpt: 'an <mark>a</mark>' }];

describe('the Pagefind index', () => {
  it('is loaded from where the build writes it', async () => {
    vi.resetModules();
    const { pagefindEntry } = await import('@/lib/browser/search-page');
    expect(pagefindEntry).toBe('/pagefind/pagefind.js');
  });
});

describe('the search page, when its markup is incomplete', () => {
  it('searches nothing without the results template', async () => {
    document.body.innerHTML = form + region;
    const search = vi.fn(async () => found);
    await enhanceSearchPage(document, 'https://example.org/en/search/?q=a', search);
    expect(search).not.toHaveBeenCalled();
    expect(document.querySelector('input')!.value).toBe('');
  });

  it('searches nothing without the form', async () => {
    document.body.innerHTML = region + withEmpty;
    const search = vi.fn(async () => found);
    await enhanceSearchPage(document, 'https://example.org/en/search/?q=a', search);
    expect(search).not.toHaveBeenCalled();
  });

  it('still searches with a form that has no query field', async () => {
    document.body.innerHTML = '<form data-search-form></form>' + region + withEmpty;
    const search = vi.fn(async () => found);
    await enhanceSearchPage(document, 'https://example.org/en/search/?q=a', search);
    expect(search).toHaveBeenCalledWith('a');
    expect(document.querySelector('div li a')!.textContent).toBe('A');
  });

  it('lists the results from a template without the "no results" sentence', async () => {
    document.body.innerHTML = form + region + template('');
    await enhanceSearchPage(document, 'https://example.org/en/search/?q=a', async () => found);
    expect(document.querySelector('div')!.innerHTML).toBe(
      '<section><ol><li><a href="/en/a/">A</a><p>an <mark>a</mark></p></li></ol></section>',
    );
  });
});
