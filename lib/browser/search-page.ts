import { searchEmpty, searchForm, searchResults, selector } from './hooks';

/** One search result as the page lists it. */
export interface SearchResult {
  url: string;
  title: string;
  /** Text of the site's own page, with `<mark>` around the matches (Pagefind's excerpt). */
  excerpt: string;
}

/** Finds the pages matching a query, in the page's language. */
export type Searcher = (query: string) => Promise<SearchResult[]>;

/** At most this many results are listed. */
export const maxResults = 20;

/**
 * The search page: a GET form that works without JavaScript (it reloads the page with `?q=`),
 * and, once this runs, the results of the query in the address, drawn from the page's own
 * `<template>` so that their markup stays with the component that renders the page.
 */
export async function enhanceSearchPage(root: Document, address: string, search: Searcher) {
  const form = root.querySelector<HTMLFormElement>(selector(searchForm));
  const region = root.querySelector<HTMLElement>(selector(searchResults));
  const template = root.querySelector<HTMLTemplateElement>(`template${selector(searchResults)}`);
  if (!form || !region || !template) return;

  const query = new URL(address).searchParams.get('q')?.trim() ?? '';
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  if (input) input.value = query;
  if (!query) return;

  const results = (await search(query)).slice(0, maxResults);
  region.replaceChildren(renderResults(template, results));
}

/** The template's section filled with the results, or with its "no results" sentence. */
function renderResults(template: HTMLTemplateElement, results: SearchResult[]): DocumentFragment {
  const section = template.content.cloneNode(true) as DocumentFragment;
  const list = section.querySelector('ol')!;
  const item = list.firstElementChild!;
  item.remove();
  if (results.length === 0) {
    list.remove();
    return section;
  }
  section.querySelector(selector(searchEmpty))?.remove();
  for (const result of results) {
    const entry = item.cloneNode(true) as HTMLElement;
    const link = entry.querySelector('a')!;
    link.href = result.url;
    link.textContent = result.title;
    // The excerpt is text of this site's own pages, escaped by Pagefind, with <mark> added.
    entry.querySelector('p')!.innerHTML = result.excerpt;
    list.append(entry);
  }
  return section;
}

interface Pagefind {
  options: (options: { noWorker?: boolean }) => Promise<void>;
  search: (query: string) => Promise<{
    results: { data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }> }[];
  }>;
}

/** Pagefind's entry point, a file of the built site (not bundled). */
export const pagefindEntry = '/pagefind/pagefind.js';

/**
 * Searches the Pagefind index the build writes to /pagefind/. Pagefind picks the index of the
 * page's `<html lang>`, so results stay in the page's language. It is loaded only when a query
 * is made. Without its web worker: that would add 12 KB of script to the page, and searching an
 * index of this size takes milliseconds on the main thread.
 */
export const pagefindSearch: Searcher = async (query) => {
  const pagefind = (await import(/* @vite-ignore */ pagefindEntry)) as Pagefind;
  await pagefind.options({ noWorker: true });
  const found = await pagefind.search(query);
  return Promise.all(
    found.results.slice(0, maxResults).map(async (result) => {
      const data = await result.data();
      return { url: data.url, title: data.meta.title ?? data.url, excerpt: data.excerpt };
    }),
  );
};
