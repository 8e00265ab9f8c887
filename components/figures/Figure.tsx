import { currentLocale } from '@/lib/i18n/current';
import { presentFigure } from '@/lib/figures/present';

/** A figure's value inside a sentence, e.g. "2,240–2,350 米"; its label and period in the tooltip. */
export async function Figure({ id }: { id: string }) {
  const locale = await currentLocale();
  const shown = presentFigure(id, locale);
  const title = `${shown.label}, ${shown.period}`;
  const text = (
    <span
      className="font-semibold whitespace-nowrap text-park-900"
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
