import { formatNumber } from '@/lib/figures/format';
import type { AltitudeProfile as Profile } from '@/lib/figures/altitude-profile';
import type { Locale } from '@/lib/i18n/routing';

const metres = { zh: '米', en: 'm' } as const;

/**
 * The drawing of the two altitude bands (lib/figures/altitude-profile.ts): the ideal band for
 * high-altitude wellness in gold across the sky, and the ground rising through the Park's band,
 * each edge marked with its altitude. It is decoration beside the words that say the same
 * (its caption, where it is used), so screen readers skip it. Colours are classes of the palette,
 * so the drawing follows the colour scheme and the high-contrast mode; it has no `style`.
 */
export function AltitudeProfileDrawing({
  profile,
  locale,
  className,
}: {
  profile: Profile;
  locale: Locale;
  className?: string;
}) {
  const { width, height, ideal, park } = profile;
  const label = (value: number) => `${formatNumber(value, locale)} ${metres[locale]}`;
  const edges = [
    { y: ideal.top, text: label(ideal.range.to), side: 'start', colour: 'fill-gold-700' },
    { y: ideal.bottom, text: label(ideal.range.from), side: 'start', colour: 'fill-gold-700' },
    { y: park.top, text: label(park.range.to), side: 'end', colour: 'fill-park-800' },
    { y: park.bottom, text: label(park.range.from), side: 'end', colour: 'fill-park-800' },
  ] as const;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      className={className}
      data-altitude-profile=""
      fontSize="13"
      fontWeight="600"
    >
      <rect width={width} height={height} className="fill-sky-100" />
      <rect
        y={ideal.top}
        width={width}
        height={ideal.height}
        className="fill-gold-100"
        data-band="ideal"
      />
      <path d={profile.groundArea} className="fill-park-100" />
      <path
        d={profile.groundLine}
        className="fill-none stroke-park-600"
        strokeWidth="3"
        strokeLinecap="round"
        data-band="park"
      />
      {[ideal.top, ideal.bottom].map((y) => (
        <line key={y} x2={width} y1={y} y2={y} strokeDasharray="6 4" className="stroke-gold-600" />
      ))}
      {[park.top, park.bottom].map((y) => (
        <line
          key={y}
          x1={width * 0.5}
          x2={width}
          y1={y}
          y2={y}
          strokeDasharray="2 3"
          className="stroke-park-600"
        />
      ))}
      {edges.map(({ y, text, side, colour }) => (
        // Each label sits above its line, except the lower edges, which sit just under theirs.
        <text
          key={`${side}${y}`}
          x={side === 'start' ? 6 : width - 6}
          y={y === ideal.bottom || y === park.bottom ? y + 14 : y - 5}
          textAnchor={side}
          className={colour}
        >
          {text}
        </text>
      ))}
    </svg>
  );
}
