import { dataDownloads } from '@/lib/figures/open-data';

// Written once at build time into out/data/figures.json.
export const dynamic = 'force-static';

export function GET() {
  const download = dataDownloads.find((file) => file.path === '/data/figures.json')!;
  return new Response(download.build(), {
    headers: { 'Content-Type': `${download.mediaType}; charset=utf-8` },
  });
}
