import { getTranslations } from 'next-intl/server';
import { currentLocale } from '@/lib/i18n/current';
import { presentFigure } from '@/lib/figures/present';
import { FigureLabel } from './FigureLabel';

/**
 * A bar chart of figures that share a unit, drawn as server-rendered SVG (no JavaScript), with
 * the same numbers in a table below. `ids` lists the figures, separated by spaces.
 * Labels stay HTML so they keep a legible size on a phone; only the bars are SVG.
 */
export async function FigureChart({ title, ids }: { title: string; ids: string }) {
  const locale = await currentLocale();
  const t = await getTranslations({ locale, namespace: 'FigureChart' });
  const items = ids
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => presentFigure(id, locale));
  const numbers = items.map(({ observation: { value }, figure }) => {
    if (typeof value !== 'number')
      throw new Error(`Figure "${figure.id}" is a range and cannot be drawn as a bar.`);
    return value;
  });
  const largest = Math.max(...numbers);
  const alternative = t('alternative', {
    items: items.map((item) => `${item.label} ${item.value}`).join(locale === 'zh' ? '；' : '; '),
  });

  return (
    <figure
      className="not-prose my-8 rounded-lg border border-stone-200 p-4 sm:p-6"
      data-testid="figure-chart"
    >
      <figcaption className="text-base font-semibold text-park-900">{title}</figcaption>
      <div role="img" aria-label={alternative} className="mt-4 space-y-3">
        {items.map((item, index) => (
          <div key={item.figure.id} aria-hidden="true">
            <p className="mb-1 flex flex-wrap justify-between gap-x-3 text-sm">
              <span className="text-stone-800">{item.label}</span>
              <span className="font-semibold whitespace-nowrap text-park-900 text-larger:whitespace-normal">
                {item.value}
              </span>
            </p>
            <svg width="100%" height="14" className="block" focusable="false">
              <rect width="100%" height="14" rx="2" className="fill-stone-200/70" />
              <rect
                width={`${(numbers[index]! / largest) * 100}%`}
                height="14"
                rx="2"
                className="fill-park-600"
              />
            </svg>
          </div>
        ))}
      </div>
      <table className="mt-5 w-full text-left text-sm">
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="py-1 pr-3 font-medium">
              {t('figure')}
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              {t('value')}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) => (
            <tr key={item.figure.id} className="border-b border-stone-200">
              <th scope="row" className="py-1 pr-3 font-normal">
                <FigureLabel label={item.label} permalink={item.permalink} />
              </th>
              <td
                className="py-1 text-right whitespace-nowrap tabular-nums"
                data-value={numbers[index]}
              >
                {item.value}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
