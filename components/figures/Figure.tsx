import { currentLocale } from '@/lib/i18n/current';
import { presentFigure } from '@/lib/figures/present';

/**
 * A figure's value inside a sentence, e.g. "2,240–2,350 米"; its label and period in the tooltip.
 * The value stays on one line, except at the reading aids' larger text sizes, where "more than 40
 * people" on one line would be wider than a phone.
 */
export async function Figure({ id }: { id: string }) {
  const locale = await currentLocale();
  const shown = presentFigure(id, locale);
  const title = `${shown.label}, ${shown.period}`;
  const text = (
    <span
      className="font-semibold whitespace-nowrap text-park-900 text-larger:whitespace-normal"
      data-figure-id={id}
      title={title}
    >
      {shown.value}
    </span>
  );
  return shown.permalink ? (
    <a href={shown.permalink} className="no-underline hover:underline">
      {text}
    </a>
  ) : (
    text
  );
}
