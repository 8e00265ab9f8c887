import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { currentLocale } from '@/lib/i18n/current';
import { formatSource, sharedSource } from '@/lib/figures/format';
import { findFigure, latestObservation } from '@/lib/figures/registry';
import { FigureCard } from './FigureCard';
import { LinkedSource } from './LinkedSource';

type CardElement = ReactElement<{ id: string; sourceStated?: boolean }>;

const isCard = (child: ReactNode): child is CardElement =>
  isValidElement(child) && child.type === FigureCard;

/**
 * Figure cards side by side: as many columns as fit at 15rem each, one on a phone. When every
 * card's figure has the same source, the source is stated once beneath the cards instead of on
 * each of them.
 */
export async function FigureGrid({ children }: { children: ReactNode }) {
  const locale = await currentLocale();
  const t = await getTranslations({ locale, namespace: 'Figure' });
  const cards = Children.toArray(children).filter(isCard);
  const figures = cards.map((card) => findFigure(card.props.id));
  const source = figures.every((figure) => figure !== undefined)
    ? sharedSource(figures.map((figure) => latestObservation(figure).source))
    : undefined;
  return (
    <div className="not-prose my-6">
      <div className="grid grid-cols-[repeat(auto-fit,minmax(min(15rem,100%),1fr))] gap-3">
        {source
          ? Children.map(children, (child) =>
              isCard(child) ? cloneElement(child, { sourceStated: true }) : child,
            )
          : children}
      </div>
      {source && (
        <p className="mt-2 text-sm text-stone-600" data-testid="grid-source">
          <LinkedSource
            text={t('groupSource', { source: formatSource(source, locale) })}
            url={source.url}
          />
        </p>
      )}
    </div>
  );
}
