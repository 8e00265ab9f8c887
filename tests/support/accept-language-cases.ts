// Accept-Language values and the locale `/` must send each to (RFC 9110 §12.5.4): one table for
// the unit test of deploy/accept-language.mjs and for real nginx (tests/site/tls.test.ts).
// `undefined`: no header at all.
export const acceptLanguageCases: readonly (readonly [string | undefined, 'zh' | 'en'])[] = [
  // What browsers send.
  ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
  ['zh-CN,en;q=0.9,zh;q=0.8', 'zh'],
  ['en-US,en;q=0.9', 'en'],
  ['en-GB, zh;q=0.5', 'en'],
  ['fr-FR, fr;q=0.9, en;q=0.8', 'en'],
  ['de-DE', 'zh'],
  [undefined, 'zh'],
  ['', 'zh'],
  // A tag names the locale of its first subtag.
  ['zh-TW, en;q=0.9', 'zh'],
  ['zh-Hans-CN', 'zh'],
  ['ZH-hant-HK;q=0.5, de', 'zh'],
  ['eng, zhx', 'zh'],
  ['zhx, en', 'en'],
  // Order by weight, not by position; equal weights keep the header's order.
  ['fr;q=0.9, zh;q=0.1, en;q=0.8', 'en'],
  ['en;q=0.5, zh;q=0.8', 'zh'],
  ['zh;q=0.7, en;q=0.7', 'zh'],
  ['en;q=0.7, zh;q=0.7', 'en'],
  ['en;q=0.701, zh;q=0.7', 'en'],
  ['de;q=1.0, en;q=0.001', 'en'],
  // q=0: "not this one"; nothing acceptable: Chinese.
  ['en;q=0', 'zh'],
  ['zh;q=0, en;q=0.1', 'en'],
  ['zh;q=0, en;q=0', 'zh'],
  ['en-US;q=0, en;q=0.5', 'en'],
  // `*`: any locale the header names no other way.
  ['*;q=0.5, zh;q=0', 'en'],
  ['*', 'zh'],
  ['en;q=0.3, *;q=0.5', 'zh'],
  ['fr, *;q=0.1', 'zh'],
  // Malformed items are left out, not guessed at.
  ['en;q=2, zh;q=0.1', 'zh'],
  ['en;q=abc', 'zh'],
  ['en;q=0.5;q=0.9, zh;q=0.6', 'zh'],
  ['  en  ;  q=0.9 , zh;q=0.8', 'en'],
  [',,,en', 'en'],
  ['e!n, en-GB', 'en'],
];
