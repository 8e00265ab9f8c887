import { localeOf, localeStaticParams } from '@/lib/i18n/locale-route';
import { newsFeed } from '@/lib/news';

// Written at build time into out/<locale>/news/feed.xml.
export const dynamic = 'force-static';

export const generateStaticParams = localeStaticParams;

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeOf(params);
  if (locale instanceof Response) return locale;
  return new Response(newsFeed(locale), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}
