// Checks of a page as a phone shows it, run inside the page (page.evaluate): each function is
// self-contained (the browser gets its source alone, so helpers live inside it), and returns what
// fails as readable strings, an empty list when all is well.

/**
 * Running text smaller than `minimum` px. Prose is what the article says in sentences: text in
 * `main article` that the typography styles apply to, i.e. not inside a `.not-prose` component
 * (cards, lists of cards), a table, a figure or chart, code blocks, or the article's footer
 * (its "updated" date). Every text node counts, so a small <span> inside a paragraph is found.
 */
export function smallProseText(minimum: number): string[] {
  const describeElement = (element: Element) =>
    `<${element.tagName.toLowerCase()}> "${(element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
  const notProse = '.not-prose, table, figure, pre, article > footer';
  const failures = new Set<string>();
  for (const article of document.querySelectorAll('main article')) {
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || parent.closest(notProse)) continue;
      if (parent.getClientRects().length === 0) continue; // not shown (closed <details>)
      const size = parseFloat(getComputedStyle(parent).fontSize);
      if (size < minimum) failures.add(`${describeElement(parent)} is ${size} px`);
    }
  }
  return [...failures];
}

/**
 * Controls smaller than `minimum` × `minimum` px (WCAG 2.2, 2.5.8). A link inside a sentence is
 * exempt, as the criterion allows: its size is the line's. "Inside a sentence" means it is inline
 * and the block around it has other text.
 */
export function smallTapTargets(minimum: number): string[] {
  const describeElement = (element: Element) =>
    `<${element.tagName.toLowerCase()}> "${(element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
  const blockOf = (element: Element): Element => {
    let block = element.parentElement!;
    while (getComputedStyle(block).display.startsWith('inline') && block.parentElement) {
      block = block.parentElement;
    }
    return block;
  };
  const controls = document.querySelectorAll(
    'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"]',
  );
  const failures: string[] = [];
  for (const control of controls) {
    const box = control.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue; // not shown
    if (box.width >= minimum && box.height >= minimum) continue;
    const inline = getComputedStyle(control).display === 'inline';
    const ownText = (control.textContent ?? '').trim().length;
    const blockText = (blockOf(control).textContent ?? '').trim().length;
    if (inline && blockText > ownText) continue;
    failures.push(
      `${describeElement(control)} is ${Math.round(box.width)}×${Math.round(box.height)} px`,
    );
  }
  return failures;
}
