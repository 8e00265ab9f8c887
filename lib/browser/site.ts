// The site's one script, on every page of both locales: a module, so it runs once the document
// is parsed and never delays its first paint. Each enhancement acts only on the elements that ask
// for it (lib/browser/hooks.ts); every page works without it. (The reading aids chosen earlier are
// applied before the first paint by reading-aids-early.ts.)
import { localToday, setAccessDatesWhenOpened } from './access-dates';
import { enhanceCopyButtons } from './copy-buttons';
import { keepFragmentOnLinks } from './keep-fragment';
import { enhanceReadAloud } from './read-aloud';
import { enhanceReadingAids } from './reading-aids';
import { enhanceSearchPage, pagefindSearch } from './search-page';

setAccessDatesWhenOpened(document, () => localToday());
if (navigator.clipboard) enhanceCopyButtons(document, navigator.clipboard);
window.addEventListener('hashchange', keepFragmentOnLinks(document, location));
enhanceReadingAids(document, window.localStorage, matchMedia('(prefers-contrast: more)'));
enhanceReadAloud(
  document,
  window.speechSynthesis,
  window.SpeechSynthesisUtterance,
  () => matchMedia('(prefers-reduced-motion: reduce)').matches,
);
void enhanceSearchPage(document, location.href, pagefindSearch);
