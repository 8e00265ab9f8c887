import { keepFragment, selector } from './hooks';

/**
 * Links marked to keep the fragment (the language switch) point at the current `#section` of
 * this page, so the twin page opens at the same section: kept up to date as the reader follows
 * in-page links. Any way of following the link (click, middle-click, copy) gets the same address.
 * Without JavaScript they are plain links to the top of the twin page.
 */
export function keepFragmentOnLinks(root: ParentNode, location: Pick<Location, 'hash'>) {
  const links = [...root.querySelectorAll<HTMLAnchorElement>(selector(keepFragment))];
  const update = () => {
    for (const link of links) {
      const href = link.getAttribute('href') ?? '';
      const wanted = href.split('#')[0] + location.hash;
      if (href !== wanted) link.setAttribute('href', wanted);
    }
  };
  update();
  return update;
}
