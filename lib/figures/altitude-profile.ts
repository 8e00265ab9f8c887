import type { Locale } from '@/lib/i18n/routing';
import { presentFigure, type PresentedFigure } from './present';
import { findFigure } from './registry';
import type { FigureRange } from './schema';

/** The two figures every altitude drawing shows. */
export const idealBandId = 'ideal-altitude-band';
export const parkBandId = 'park-altitude-band';

export interface PresentedBand {
  shown: PresentedFigure;
  range: FigureRange;
}

/** Whether the content has both altitude figures (a test content set may have neither). */
export function hasAltitudeBands(): boolean {
  return Boolean(findFigure(idealBandId) && findFigure(parkBandId));
}

/** The ideal band for high-altitude wellness and the Park's band, as a page shows them. */
export function presentAltitudeBands(locale: Locale): {
  ideal: PresentedBand;
  park: PresentedBand;
} {
  const band = (id: string): PresentedBand => {
    const shown = presentFigure(id, locale);
    const { value } = shown.observation;
    if (typeof value === 'number')
      throw new Error(`Figure "${id}" must be a range to be drawn as a band.`);
    return { shown, range: value };
  };
  return { ideal: band(idealBandId), park: band(parkBandId) };
}

/** Metres between two steps of an altitude scale. */
export const altitudeStep = 100;

/**
 * The altitudes a drawing of bands spans: one step of margin below the lowest band and above the
 * highest, on whole steps, so that neither band touches an edge.
 */
export function altitudeBounds(...bands: FigureRange[]): { low: number; high: number } {
  const lowest = Math.min(...bands.map((band) => band.from));
  const highest = Math.max(...bands.map((band) => band.to));
  return {
    low: Math.floor(lowest / altitudeStep) * altitudeStep - altitudeStep,
    high: Math.ceil(highest / altitudeStep) * altitudeStep + altitudeStep,
  };
}

/** Whether one range lies wholly inside another. */
export function isWithin(inner: FigureRange, outer: FigureRange): boolean {
  return inner.from >= outer.from && inner.to <= outer.to;
}

/** A horizontal band of the drawing: its top and bottom in drawing units, and the altitudes. */
export interface ProfileBand {
  range: FigureRange;
  top: number;
  bottom: number;
  height: number;
}

export interface AltitudeProfile {
  width: number;
  height: number;
  /** The ideal band for high-altitude wellness, across the whole width. */
  ideal: ProfileBand;
  /** The Park's band. */
  park: ProfileBand;
  /** The ground: a line that rises from the Park's lowest altitude to its highest, then the land below it. */
  groundLine: string;
  groundArea: string;
}

const width = 360;
const height = 180;
/** Room above the highest band's edge for its label. */
const top = 12;

/**
 * The home page's drawing of the two altitude bands (and the share images drawn from it), in
 * drawing units of a `width` × `height` view box. Everything vertical comes from the figures: the
 * scale from their bounds, the bands from their ranges, and the ground, which rises across the
 * drawing from the Park's lowest altitude to its highest. The ground's shape between them is
 * schematic (the source gives the range, not the terrain), and the drawing says so.
 */
export function altitudeProfile(ideal: FigureRange, park: FigureRange): AltitudeProfile {
  const { low, high } = altitudeBounds(ideal, park);
  const y = (metres: number) => round(top + ((high - metres) / (high - low)) * (height - top));
  const band = (range: FigureRange): ProfileBand => ({
    range,
    top: y(range.to),
    bottom: y(range.from),
    height: round(y(range.from) - y(range.to)),
  });
  const [start, end] = [y(park.from), y(park.to)];
  // A cubic curve whose control points share its end points' heights never leaves the band.
  const groundLine = `M0 ${start}C${round(width * 0.45)} ${start} ${round(width * 0.55)} ${end} ${width} ${end}`;
  return {
    width,
    height,
    ideal: band(ideal),
    park: band(park),
    groundLine,
    groundArea: `${groundLine}V${height}H0Z`,
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
