/**
 * The locale for a browser whose preferred languages are `languages` (navigator.languages, in
 * the reader's order): the first whose primary subtag the site has, else the first of `locales`
 * (the default). `zh-Hans-CN` and `zh-TW` are Chinese, `en-GB` English.
 */
export function chooseLocale(
  languages: readonly string[],
  [fallback = '', ...others]: readonly string[],
): string {
  for (const language of languages) {
    const primary = language.toLowerCase().split('-')[0] ?? '';
    if (primary === fallback || others.includes(primary)) return primary;
  }
  return fallback;
}
