import { copiedLabel, copyTarget, copyText, selector } from './hooks';

/** How long a copy button says "copied" before its label returns. */
export const copiedForMs = 3000;

/**
 * Shows the page's copy buttons and makes them copy. They are rendered hidden: without
 * JavaScript the text stays visible to select by hand, and no dead button is shown.
 */
export function enhanceCopyButtons(root: ParentNode, clipboard: Pick<Clipboard, 'writeText'>) {
  for (const button of root.querySelectorAll<HTMLButtonElement>(
    `${selector(copyText)}, ${selector(copyTarget)}`,
  )) {
    const label = button.querySelector('[aria-live]') ?? button;
    const idle = label.textContent ?? '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    button.addEventListener('click', async () => {
      await clipboard.writeText(textToCopy(button));
      label.textContent = button.getAttribute(copiedLabel) ?? idle;
      clearTimeout(timer);
      timer = setTimeout(() => (label.textContent = idle), copiedForMs);
    });
    button.hidden = false;
  }
}

/** The button's own text to copy, or the visible text of the element it names. */
function textToCopy(button: HTMLElement): string {
  const text = button.getAttribute(copyText);
  if (text !== null) return text;
  const target = button.ownerDocument.getElementById(button.getAttribute(copyTarget) ?? '');
  return (target?.innerText ?? target?.textContent ?? '').trim();
}
