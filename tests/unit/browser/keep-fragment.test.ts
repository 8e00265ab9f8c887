// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { keepFragmentOnLinks } from '@/lib/browser/keep-fragment';

describe('the language switch keeping the #fragment', () => {
  function setUp(hash: string) {
    document.body.innerHTML = `
      <a data-keep-fragment href="/en/golden-altitude/">English</a>
      <a href="/zh/statistics/">统计</a>`;
    const location = { hash };
    const update = keepFragmentOnLinks(document, location);
    const [switchLink, other] = [...document.querySelectorAll('a')];
    return { location, update, switchLink: switchLink!, other: other! };
  }

  it('points at the section the reader is on', () => {
    const { switchLink, other } = setUp('#location-and-environment');
    expect(switchLink.getAttribute('href')).toBe('/en/golden-altitude/#location-and-environment');
    expect(other.getAttribute('href')).toBe('/zh/statistics/');
  });

  it('follows the reader to another section, and back to none', () => {
    const { location, update, switchLink } = setUp('#a');
    location.hash = '#b';
    update();
    expect(switchLink.getAttribute('href')).toBe('/en/golden-altitude/#b');
    location.hash = '';
    update();
    expect(switchLink.getAttribute('href')).toBe('/en/golden-altitude/');
  });

  it('leaves the link as it is without a fragment', () => {
    expect(setUp('').switchLink.getAttribute('href')).toBe('/en/golden-altitude/');
  });
});
