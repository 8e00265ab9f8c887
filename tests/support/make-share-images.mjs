// Draws the share images (public/share/zh.png, public/share/en.png, 1200×630) and the
// apple-touch icon (public/apple-touch-icon.png, 180×180) with Chromium, from the park's name
// in content/site.ts. Run after changing the name: node tests/support/make-share-images.mjs
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, systemChromium } from './browser.mjs';

const site = readFileSync('content/site.ts', 'utf8');
const nameOf = (key, locale) =>
  new RegExp(`${key}: \\{\\s*zh: '([^']+)',\\s*en: '([^']+)'`).exec(site)[locale === 'zh' ? 1 : 2];
const fonts = `system-ui, 'Noto Sans CJK SC', 'PingFang SC', sans-serif`;
const mountains = `<svg viewBox="0 0 32 32" width="140" height="140"><rect width="32" height="32" rx="6" fill="#114536"/><path d="M4 24 L12 12 L17 19 L21 14 L28 24 Z" fill="#e2b23c"/></svg>`;

mkdirSync('public/share', { recursive: true });
const browser = await chromium.launch({ executablePath: systemChromium, args: chromiumArgs });
for (const locale of ['zh', 'en']) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await page.setContent(`<html lang="${locale === 'zh' ? 'zh-Hans' : 'en'}"><body style="margin:0;width:1200px;height:630px;background:#114536;color:#fff;font-family:${fonts};display:flex;flex-direction:column;justify-content:center;padding:0 90px;box-sizing:border-box">
    ${mountains}
    <p style="font-size:${locale === 'zh' ? 64 : 58}px;font-weight:700;line-height:1.25;margin:40px 0 16px">${nameOf('shortName', locale)}</p>
    <p style="font-size:30px;line-height:1.4;margin:0;color:#e2b23c">${nameOf('name', locale)}</p></body></html>`);
  await page.screenshot({ path: `public/share/${locale}.png` });
  await page.close();
}
const icon = await browser.newPage({ viewport: { width: 180, height: 180 } });
await icon.setContent(
  `<body style="margin:0">${mountains.replace(/width="140" height="140"/, 'width="180" height="180"').replace('rx="6"', 'rx="0"')}</body>`,
);
await icon.screenshot({ path: 'public/apple-touch-icon.png' });
await browser.close();
console.log('public/share/zh.png, public/share/en.png, public/apple-touch-icon.png');
