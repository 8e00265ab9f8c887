import { getTranslations } from 'next-intl/server';
import { AltitudeProfileDrawing } from '@/components/figures/AltitudeProfile';
import { FigureLabel } from '@/components/figures/FigureLabel';
import { altitudeProfile, isWithin, presentAltitudeBands } from '@/lib/figures/altitude-profile';
import type { Locale } from '@/lib/i18n/routing';
import { pageExists, slugOfRole } from '@/lib/content/pages';
import { pageHref } from '@/lib/navigation';

/** The page for investors (content/zh/invest.mdx and its English twin), which the first screen leads to. */
const investSlug = 'invest';

/**
 * The home page's first screen: the Park's name, the way to the page for investors and to the
 * figures, and the altitude drawing made from the two altitude figures, with the sentence and the
 * legend that say in words what it shows. On a phone all of it but the lead fits the first screen.
 */
export async function HomeHero({
  locale,
  title,
  lead,
}: {
  locale: Locale;
  title: string;
  lead: string;
}) {
  const t = await getTranslations({ locale, namespace: 'HomeHero' });
  const scale = await getTranslations({ locale, namespace: 'AltitudeScale' });
  const { ideal, park } = presentAltitudeBands(locale);
  const statisticsSlug = slugOfRole(locale, 'statistics');
  const legend = [
    { band: ideal, swatch: 'border-gold-600 bg-gold-100' },
    { band: park, swatch: 'border-park-600 bg-park-100' },
  ];
  return (
    // One column on a phone (name and links, drawing, lead); on a wide screen the drawing stands
    // to the right of the other two.
    <header
      className="mb-10 grid grid-cols-1 gap-x-12 gap-y-5 md:grid-cols-2 md:grid-rows-[auto_1fr]"
      data-pagefind-body=""
    >
      <div>
        <h1 className="text-2xl font-bold text-park-900 sm:text-display">{title}</h1>
        <p className="mt-4 flex flex-wrap gap-3">
          {pageExists(locale, investSlug) && (
            <a
              href={pageHref(locale, investSlug)}
              className="inline-flex min-h-11 items-center rounded-md bg-action px-5 font-semibold text-white hover:bg-band"
            >
              {t('invest')}
            </a>
          )}
          {statisticsSlug && (
            <a
              href={pageHref(locale, statisticsSlug)}
              className="inline-flex min-h-11 items-center rounded-md border border-park-600 px-5 font-medium text-park-800 hover:bg-park-50"
            >
              {t('figures')}
            </a>
          )}
        </p>
      </div>
      <figure
        data-testid="altitude-profile"
        className="md:col-start-2 md:row-span-2 md:row-start-1 md:self-center"
      >
        <AltitudeProfileDrawing
          profile={altitudeProfile(ideal.range, park.range)}
          locale={locale}
          className="block h-auto w-full rounded-lg border border-stone-200"
        />
        <figcaption className="mt-2 text-sm leading-relaxed text-stone-700">
          <span className="block font-medium text-stone-900">
            {scale(isWithin(park.range, ideal.range) ? 'within' : 'notWithin', {
              park: park.shown.value,
              ideal: ideal.shown.value,
            })}
          </span>
          <span className="mt-1 flex flex-wrap gap-x-4">
            {legend.map(({ band, swatch }) => (
              <span key={band.shown.figure.id} className="inline-flex items-center gap-1.5">
                <span
                  aria-hidden="true"
                  className={`size-3 shrink-0 rounded-sm border ${swatch}`}
                />
                <FigureLabel label={band.shown.label} permalink={band.shown.permalink} />
              </span>
            ))}
          </span>
          <span className="mt-1 block text-stone-600">{t('schematic')}</span>
        </figcaption>
      </figure>
      <p className="text-lead text-stone-700 md:col-start-1 md:row-start-2">{lead}</p>
    </header>
  );
}
