import { sitemapEntries, sitemapXml } from '@/lib/sitemap';

// Written once at build time into out/sitemap.xml (lib/sitemap.ts says why not app/sitemap.ts).
export const dynamic = 'force-static';

export function GET() {
  return new Response(sitemapXml(sitemapEntries()), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
}
