// Draws the share images (public/share/zh.png, public/share/en.png, 1200×630) and the
// apple-touch icon (public/apple-touch-icon.png, 180×180) with Chromium. The share images carry
// the park's name and the home page's altitude drawing, taken from the built home page with the
// site's own stylesheet, so they show what the figures say. Run after `npm run build` whenever the
// name or the altitude figures change: node tests/support/make-share-images.mjs
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, systemChromium } from './browser.mjs';

const site = readFileSync('content/site.ts', 'utf8');
const nameOf = (key, locale) =>
  new RegExp(`${key}: \\{\\s*zh: '([^']+)',\\s*en: '([^']+)'`).exec(site)[locale === 'zh' ? 1 : 2];
const fonts = `system-ui, 'Noto Sans CJK SC', 'PingFang SC', sans-serif`;
const mountains = `<svg viewBox="0 0 32 32" width="140" height="140"><rect width="32" height="32" rx="6" fill="#114536"/><path d="M4 24 L12 12 L17 19 L21 14 L28 24 Z" fill="#e2b23c"/></svg>`;

/** The home page's drawing and the stylesheet that colours it, from the build in out/. */
function builtDrawing(locale) {
  const file = `out/${locale}/index.html`;
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first.`);
  const html = readFileSync(file, 'utf8');
  const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(html)[1];
  return {
    css: readFileSync(path.join('out', stylesheet), 'utf8'),
    svg: /<svg[^>]*data-altitude-profile[\s\S]*?<\/svg>/.exec(html)[0],
  };
}

mkdirSync('public/share', { recursive: true });
const browser = await chromium.launch({ executablePath: systemChromium, args: chromiumArgs });
for (const locale of ['zh', 'en']) {
  const { css, svg } = builtDrawing(locale);
  const page = await browser.newPage({
    viewport: { width: 1200, height: 630 },
    colorScheme: 'light',
  });
  await page.setContent(`<html lang="${locale === 'zh' ? 'zh-Hans' : 'en'}"><head><style>${css}</style></head>
    <body style="margin:0;width:1200px;height:630px;background:#114536;color:#fff;font-family:${fonts};display:grid;grid-template-columns:1fr 560px;gap:56px;align-items:center;padding:0 72px;box-sizing:border-box">
    <div>
      <p style="font-size:${locale === 'zh' ? 64 : 54}px;font-weight:700;line-height:1.2;margin:0 0 24px">${nameOf('shortName', locale)}</p>
      <p style="font-size:${locale === 'zh' ? 30 : 26}px;line-height:1.4;margin:0;color:#e2b23c">${nameOf('name', locale)}</p>
    </div>
    <div style="background:#fff;border-radius:16px;padding:10px">${svg.replace('<svg ', '<svg style="display:block;width:100%;height:auto;border-radius:10px" ')}</div>
    </body></html>`);
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
