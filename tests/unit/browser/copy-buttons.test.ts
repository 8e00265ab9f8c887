// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { copiedForMs, enhanceCopyButtons } from '@/lib/browser/copy-buttons';

// The markup is written here as components/ui/CopyButton.tsx renders it, by hand, so a change of
// the attributes on either side shows.
beforeEach(() => {
  document.body.innerHTML = `
    <p id="cite-x">  Source, 2023. Accessed <time>1 December 2026</time>. </p>
    <button type="button" hidden data-copy-target="cite-x" data-copied-label="Copied">
      <span aria-live="polite">Copy citation</span></button>
    <button type="button" hidden data-copy-text="https://example.org/en/statistics/#a" data-copied-label="已复制">
      <span aria-live="polite">复制链接</span></button>
    <button type="button" hidden id="other">Other</button>`;
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

function setUp() {
  const clipboard = { writeText: vi.fn(async () => {}) };
  enhanceCopyButtons(document, clipboard);
  const [target, text, other] = [...document.querySelectorAll('button')];
  return { clipboard, target: target!, text: text!, other: other! };
}

describe('copy buttons', () => {
  it('are shown once the script runs; other buttons are left alone', () => {
    const { target, text, other } = setUp();
    expect(target.hidden).toBe(false);
    expect(text.hidden).toBe(false);
    expect(other.hidden).toBe(true);
  });

  it('copy their own text', async () => {
    const { clipboard, text } = setUp();
    text.click();
    await vi.waitFor(() =>
      expect(clipboard.writeText).toHaveBeenCalledWith('https://example.org/en/statistics/#a'),
    );
  });

  it('copy the named element’s text, trimmed', async () => {
    const { clipboard, target } = setUp();
    target.click();
    await vi.waitFor(() => expect(clipboard.writeText).toHaveBeenCalledTimes(1));
    expect(clipboard.writeText).toHaveBeenCalledWith('Source, 2023. Accessed 1 December 2026.');
  });

  it('say “copied” for a moment in the live region, then their label again', async () => {
    const { text } = setUp();
    const label = text.querySelector('span')!;
    text.click();
    await vi.advanceTimersByTimeAsync(0);
    expect(label.textContent).toBe('已复制');
    vi.advanceTimersByTime(copiedForMs - 1);
    expect(label.textContent).toBe('已复制');
    vi.advanceTimersByTime(1);
    expect(label.textContent).toBe('复制链接');
  });

  it('stay hidden where nothing can be copied: no button is shown without a clipboard', () => {
    // site.ts enhances only when navigator.clipboard exists; without the call, all stay hidden.
    expect([...document.querySelectorAll('button')].every((b) => b.hidden)).toBe(true);
  });
});
