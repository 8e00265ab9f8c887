// The data attributes through which the server-rendered pages ask for an enhancement. Written once
// here, read by the components that render them and by the browser modules that act on them.

/** On a hidden `<button>`: copy this text (or, with `copyTarget`, that element's text). */
export const copyText = 'data-copy-text';
/** On a hidden `<button>`: copy the visible text of the element with this id. */
export const copyTarget = 'data-copy-target';
/** On a copy button: what its label says for a moment once the text is copied. */
export const copiedLabel = 'data-copied-label';
/** On a `<time datetime>`: becomes the reader's today, written for this locale. */
export const accessDate = 'data-access-date';
/** On a link: carries the current `#fragment` along (the language switch). */
export const keepFragment = 'data-keep-fragment';
/** On the search page's form: the page runs its Pagefind search here. */
export const searchForm = 'data-search-form';
/**
 * On the search page: the live region the results go into, and the `<template>` they are drawn
 * from (a section with a list of one sample item, and the sentence for no results).
 */
export const searchResults = 'data-search-results';
/** In the results template: the sentence shown when nothing is found. */
export const searchEmpty = 'data-search-empty';
/** On the root page's script: the site's locales, in order, the first the default. */
export const chooserLocales = 'data-locales';

/** The attribute as a CSS selector: `[data-copy-text]`. */
export const selector = (attribute: string) => `[${attribute}]`;

/** On the header's reading-aids panel (a `<details>`): the control of lib/browser/reading-aids.ts. */
export const readingAids = 'data-reading-aids';
/**
 * On a button of that panel: the aid it sets (`text-size`, with the step as the button's value;
 * `contrast`, `spacing`, `cursor`, `simple`; or `reset`).
 */
export const aidButton = 'data-aid';
/** Inside the panel: shown only once the script runs (the buttons), or only until then. */
export const aidsEnhanced = 'data-aids-enhanced';
export const aidsFallback = 'data-aids-fallback';
/** On a read-aloud button: `play`, `pause` or `stop`. */
export const readAloudButton = 'data-read-aloud';
/**
 * On the read-aloud status line: the sentences it shows, each in an attribute of its own
 * (`data-unsupported`, `data-no-voice`, `data-ready`, `data-playing`, `data-paused`, `data-stopped`,
 * `data-finished`).
 */
export const readAloudStatus = 'data-read-aloud-status';
/** On the block being read aloud, for its highlight. */
export const readingNow = 'data-reading-now';
