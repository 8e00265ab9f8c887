/**
 * A figure's label, linked to its entry on the Statistics page where it has one. The link is an
 * inline block with padding so that, even in small print, it is a tap target of at least 24 px
 * (WCAG 2.5.8).
 */
export function FigureLabel({
  label,
  permalink,
  title,
}: {
  label: string;
  permalink?: string;
  title?: string;
}) {
  if (!permalink) return label;
  return (
    <a
      className="inline-block py-0.5 text-park-700 underline decoration-park-600/40 underline-offset-2 hover:decoration-park-700"
      href={permalink}
      title={title}
    >
      {label}
    </a>
  );
}
