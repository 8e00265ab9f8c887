import { hasLocale } from 'next-intl';
import { routing } from '@/lib/i18n/routing';
import { newsFeed } from '@/lib/news';

// Written at build time into out/<locale>/news/feed.xml.
export const dynamic = 'force-static';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  return new Response(newsFeed(locale), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
