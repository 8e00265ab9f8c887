// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { enhanceCopyButtons } from '@/lib/browser/copy-buttons';
import { keepFragmentOnLinks } from '@/lib/browser/keep-fragment';

/** Clicks the page's one copy button; returns what it put on the clipboard. */
async function copied(): Promise<unknown[][]> {
  const clipboard = { writeText: vi.fn(async () => {}) };
  enhanceCopyButtons(document, clipboard);
  document.querySelector('button')!.click();
  await vi.waitFor(() => expect(clipboard.writeText).toHaveBeenCalled());
  return clipboard.writeText.mock.calls;
}

describe('a copy button naming an element', () => {
  it('copies its visible text, not the text hidden in it', async () => {
    document.body.innerHTML = `
      <p id="cite">Source, 2023.<span style="display: none"> hidden note</span></p>
      <button hidden data-copy-target="cite">Copy</button>`;
    expect(await copied()).toEqual([['Source, 2023.']]);
  });

  it('copies nothing when the element is not on the page', async () => {
    document.body.innerHTML = '<button hidden data-copy-target="gone">Copy</button>';
    expect(await copied()).toEqual([['']]);
  });
});

describe('a link keeping the #fragment', () => {
  it('without an address of its own points at the fragment alone', () => {
    document.body.innerHTML = '<a data-keep-fragment>English</a>';
    keepFragmentOnLinks(document, { hash: '#figures' });
    expect(document.querySelector('a')!.getAttribute('href')).toBe('#figures');
  });

  it('is not written again while the fragment stays the same', async () => {
    document.body.innerHTML = '<a data-keep-fragment href="/en/#a">English</a>';
    const location = { hash: '#a' };
    const update = keepFragmentOnLinks(document, location);
    const writes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => writes.push(...records));
    observer.observe(document.body, { attributes: true, subtree: true });
    update();
    location.hash = '#b';
    update();
    await new Promise((resolve) => setTimeout(resolve, 0));
    observer.disconnect();
    expect(writes.map((record) => record.attributeName)).toEqual(['href']);
  });
});
