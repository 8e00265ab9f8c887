'use client';

import { useClientValue } from './useClientValue';
import { useState } from 'react';

/**
 * Copies a text, or the visible text of the element `targetId`, to the clipboard. It appears
 * only once JavaScript runs: without it the text stays visible to select by hand, and no dead
 * button is shown.
 */
export function CopyButton({
  text,
  targetId,
  label,
  copiedLabel,
}: {
  text?: string;
  targetId?: string;
  label: string;
  copiedLabel: string;
}) {
  const isInteractive = useClientValue(() => true, false);
  const [copied, setCopied] = useState(false);
  if (!isInteractive) return null;

  async function copy() {
    const value = text ?? document.getElementById(targetId ?? '')?.innerText.trim() ?? '';
    await navigator.clipboard.writeText(value);
    setCopied(true);
    window.setTimeout(() => setCopied(false), 3000);
  }

  return (
    <button
      type="button"
      onClick={copy}
      className="inline-flex min-h-9 items-center print:hidden rounded-md border border-park-600 px-3 text-sm font-medium text-park-700 hover:bg-park-50"
    >
      <span aria-live="polite">{copied ? copiedLabel : label}</span>
    </button>
  );
}
