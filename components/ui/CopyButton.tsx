import { copiedLabel, copyTarget, copyText } from '@/lib/browser/hooks';

/**
 * A button that copies a text, or the visible text of the element `targetId`, to the clipboard
 * (lib/browser/copy-buttons.ts). It is rendered hidden and shown by that script: without
 * JavaScript the text stays visible to select by hand, and no dead button is shown.
 */
export function CopyButton({
  text,
  targetId,
  label,
  copiedLabel: copied,
}: {
  text?: string;
  targetId?: string;
  label: string;
  copiedLabel: string;
}) {
  const hooks = { [copyText]: text, [copyTarget]: targetId, [copiedLabel]: copied };
  return (
    <button
      type="button"
      hidden
      {...hooks}
      // The script shows the button, in `npm run dev` possibly before React hydrates the page.
      suppressHydrationWarning
      className="button-copy"
    >
      <span aria-live="polite">{label}</span>
    </button>
  );
}
