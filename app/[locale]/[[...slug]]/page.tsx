import { setRequestLocale } from 'next-intl/server';
import type { Metadata } from 'next';
import { ContentPage } from '@/components/layout/ContentPage';
import {
  ContentProblemsPage,
  contentProblemsMetadata,
  pageSlugsOnDisk,
  renderOrShowProblems,
} from '@/components/layout/ContentProblemsPage';
import { loadPage, listPageSlugs } from '@/lib/content/pages';
import { pageLocale } from '@/lib/i18n/locale-route';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/metadata';

interface Params {
  locale: string;
  slug?: string[];
}

/** Every MDX page of content/<locale>/ becomes a static page; the home page is index.mdx. */
export function generateStaticParams({ params }: { params: { locale: string } }) {
  const locale = params.locale as Locale;
  // While content/ has a mistake, `npm run dev` still routes every page file to its messages.
  return pageSlugsOnDisk(() => listPageSlugs(locale), locale).map((slug) => ({
    slug: slug === 'index' ? [] : slug.split('/'),
  }));
}
export const dynamicParams = false;

function resolve(params: Params): { locale: Locale; slug: string } {
  return { locale: pageLocale(params.locale), slug: params.slug?.join('/') || 'index' };
}

// In development (`npm run dev`), a mistake in content/ is shown as a page, not thrown: see
// ContentProblemsPage.
export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { locale, slug } = resolve(await params);
  return renderOrShowProblems(
    () => pageMetadata(locale, slug, loadPage(locale, slug).frontmatter),
    () => contentProblemsMetadata,
  );
}

export default async function Page({ params }: { params: Promise<Params> }) {
  const { locale, slug } = resolve(await params);
  setRequestLocale(locale);
  return renderOrShowProblems(
    async () => {
      const page = loadPage(locale, slug);
      const { default: Content } = await import(`@/content/${locale}/${slug}.mdx`);
      return <ContentPage locale={locale} slug={slug} page={page} Content={Content} />;
    },
    (problems) => <ContentProblemsPage problems={problems} />,
  );
}
