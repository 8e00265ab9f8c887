import acceptLanguage from '../../deploy/accept-language.mjs';

/**
 * The locale for a browser whose preferred languages are `languages` (navigator.languages, in
 * the reader's order), chosen by the function nginx runs for Accept-Language
 * (deploy/accept-language.mjs): the first whose primary subtag the site has, else the first of
 * `locales` (the default). `zh-Hans-CN` and `zh-TW` are Chinese, `en-GB` English. The list is
 * ordered already, so each language gets the same weight and the order decides, as in the header.
 */
export function chooseLocale(languages: readonly string[], locales: readonly string[]): string {
  const ranges = languages.map((language) => ({ range: language.toLowerCase(), q: 1 }));
  return acceptLanguage.chooseLocale(ranges, locales);
}
