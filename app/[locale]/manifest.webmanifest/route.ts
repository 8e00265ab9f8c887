import { site } from '@/lib/content/site';
import { localeOf, localeStaticParams } from '@/lib/i18n/locale-route';
import { htmlLang } from '@/lib/i18n/routing';
import { pageHref } from '@/lib/navigation';

// One web manifest per language, written at build time into out/<locale>/manifest.webmanifest.
export const dynamic = 'force-static';

export const generateStaticParams = localeStaticParams;

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeOf(params);
  if (locale instanceof Response) return locale;
  const manifest = {
    name: site().name[locale],
    short_name: site().shortName[locale],
    lang: htmlLang[locale],
    start_url: pageHref(locale, 'index'),
    scope: pageHref(locale, 'index'),
    display: 'browser',
    background_color: '#ffffff',
    theme_color: '#114536',
    icons: [
      { src: '/favicon.svg', type: 'image/svg+xml', sizes: 'any' },
      { src: '/apple-touch-icon.png', type: 'image/png', sizes: '180x180' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
  });
}
