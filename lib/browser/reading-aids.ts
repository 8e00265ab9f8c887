import { aidButton, aidsEnhanced, aidsFallback, readingAids, selector } from './hooks';
import {
  applyAids,
  defaultAids,
  parseAids,
  storageKey,
  type ReadingAids,
} from './reading-aids-state';

type AidStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
/** A system setting, as `matchMedia('(prefers-contrast: more)')` gives it. */
type SystemSetting = {
  matches: boolean;
  addEventListener(type: 'change', listener: () => void): void;
};
const toggles = ['spacing', 'cursor', 'simple'] as const;
type Toggle = (typeof toggles)[number];
const isToggle = (kind: string): kind is Toggle => (toggles as readonly string[]).includes(kind);

/**
 * Makes the header's reading-aids panel work: each button sets an aid, shows whether it is on
 * (`aria-pressed`), and the choice is stored for the next page and visit. High contrast starts
 * from the system's `prefers-contrast`; the reader's own choice then overrides it until reset.
 * Without JavaScript the panel only explains what the browser and system offer instead.
 */
export function enhanceReadingAids(
  document: Document,
  storage: AidStorage | undefined,
  systemContrast: SystemSetting,
) {
  const panel = document.querySelector<HTMLDetailsElement>(selector(readingAids));
  if (!panel) return;
  // Escape closes the panel and returns the focus to its button, as with any pop-up.
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !panel.open) return;
    panel.open = false;
    panel.querySelector('summary')?.focus();
  });
  let aids = parseAids(attempt(() => storage?.getItem(storageKey)) ?? null);
  const buttons = [...panel.querySelectorAll<HTMLButtonElement>(selector(aidButton))];
  const highContrast = () =>
    aids.contrast === 'high' || (aids.contrast === 'system' && systemContrast.matches);

  const show = () => {
    applyAids(document.documentElement, aids);
    for (const button of buttons) {
      const kind = button.getAttribute(aidButton) ?? '';
      const pressed =
        kind === 'text-size'
          ? aids.textSize === Number(button.value)
          : kind === 'contrast'
            ? highContrast()
            : isToggle(kind)
              ? aids[kind]
              : undefined;
      if (pressed !== undefined) button.setAttribute('aria-pressed', String(pressed));
    }
  };

  const choose = (kind: string, value: string): ReadingAids => {
    if (kind === 'text-size') return { ...aids, textSize: Number(value) };
    if (kind === 'contrast') return { ...aids, contrast: highContrast() ? 'normal' : 'high' };
    if (isToggle(kind)) return { ...aids, [kind]: !aids[kind] };
    return defaultAids;
  };

  for (const button of buttons) {
    button.addEventListener('click', () => {
      const kind = button.getAttribute(aidButton) ?? '';
      aids = parseAids(JSON.stringify(choose(kind, button.value)));
      attempt(() =>
        kind === 'reset'
          ? storage?.removeItem(storageKey)
          : storage?.setItem(storageKey, JSON.stringify(aids)),
      );
      show();
    });
  }
  // The system's setting may change while the page is open; the button follows it.
  systemContrast.addEventListener('change', show);
  for (const element of panel.querySelectorAll<HTMLElement>(selector(aidsEnhanced)))
    element.hidden = false;
  for (const element of panel.querySelectorAll<HTMLElement>(selector(aidsFallback)))
    element.hidden = true;
  show();
}

/** Local storage may refuse (a private window, a policy): the aids then last for the page. */
function attempt<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch {
    return undefined;
  }
}
