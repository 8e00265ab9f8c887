import { setRequestLocale } from 'next-intl/server';
import type { Metadata } from 'next';
import { ContentPage } from '@/components/layout/ContentPage';
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
  return listPageSlugs(locale).map((slug) => ({ slug: slug === 'index' ? [] : slug.split('/') }));
}
export const dynamicParams = false;

function resolve(params: Params): { locale: Locale; slug: string } {
  return { locale: pageLocale(params.locale), slug: params.slug?.join('/') || 'index' };
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { locale, slug } = resolve(await params);
  return pageMetadata(locale, slug, loadPage(locale, slug).frontmatter);
}

export default async function Page({ params }: { params: Promise<Params> }) {
  const { locale, slug } = resolve(await params);
  setRequestLocale(locale);
  const page = loadPage(locale, slug);
  const { default: Content } = await import(`@/content/${locale}/${slug}.mdx`);
  return <ContentPage locale={locale} slug={slug} page={page} Content={Content} />;
}
