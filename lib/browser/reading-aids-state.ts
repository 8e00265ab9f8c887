// The reader's choice of reading aids (larger text, high contrast, wider spacing, large cursor,
// simplified view): kept in local storage and written onto <html> as data attributes, which the
// stylesheet (app/reading-aids.css) acts on. Shared by the early script in the <head>, which
// applies the choice before the first paint, and by the control that changes it.

/** The local-storage key of the choice. */
export const storageKey = 'park-reading-aids';

/** The text-size steps beyond the default (0): each a percentage of the browser's font size. */
export const textSizeSteps = [100, 125, 150, 175] as const;

export type ReadingAids = {
  /** An index into `textSizeSteps`; 0 is the default size. */
  textSize: number;
  /** 'system' follows `prefers-contrast`; 'high' and 'normal' are the reader's own choice. */
  contrast: 'system' | 'high' | 'normal';
  spacing: boolean;
  cursor: boolean;
  simple: boolean;
};

export const defaultAids: ReadingAids = {
  textSize: 0,
  contrast: 'system',
  spacing: false,
  cursor: false,
  simple: false,
};

/** The choice stored as text, read leniently: anything unknown or malformed is the default. */
export function parseAids(stored: string | null): ReadingAids {
  let value: Partial<Record<keyof ReadingAids, unknown>> = {};
  try {
    value = JSON.parse(stored ?? '{}') ?? {};
  } catch {
    // A damaged entry is as good as none.
  }
  const size = value.textSize;
  return {
    textSize:
      Number.isInteger(size) && (size as number) > 0 && (size as number) < textSizeSteps.length
        ? (size as number)
        : 0,
    contrast: value.contrast === 'high' || value.contrast === 'normal' ? value.contrast : 'system',
    spacing: value.spacing === true,
    cursor: value.cursor === true,
    simple: value.simple === true,
  };
}

/**
 * Writes the choice onto the root element, one attribute per aid; an aid at its default has no
 * attribute, so the page without any choice is exactly the page without the script.
 */
export function applyAids(root: Element, aids: ReadingAids) {
  const attributes: Record<string, string | false> = {
    'data-text-size': aids.textSize > 0 && String(aids.textSize),
    'data-contrast': aids.contrast !== 'system' && aids.contrast,
    'data-spacing': aids.spacing && 'wide',
    'data-cursor': aids.cursor && 'large',
    'data-view': aids.simple && 'simple',
  };
  for (const [name, value] of Object.entries(attributes)) {
    if (value) root.setAttribute(name, value);
    else root.removeAttribute(name);
  }
}
