// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { enhanceReadingAids } from '@/lib/browser/reading-aids';
import { applyAids, defaultAids, parseAids } from '@/lib/browser/reading-aids-state';

// The panel as components/layout/ReadingAids.tsx renders it, written out by hand.
beforeEach(() => {
  for (const name of [...document.documentElement.attributes].map((a) => a.name))
    if (name.startsWith('data-')) document.documentElement.removeAttribute(name);
  document.body.innerHTML = `
    <details data-reading-aids><summary>无障碍</summary>
      <p data-aids-fallback>需要 JavaScript</p>
      <div data-aids-enhanced hidden>
        <button type="button" value="0" aria-pressed="true" data-aid="text-size">标准</button>
        <button type="button" value="1" aria-pressed="false" data-aid="text-size">大</button>
        <button type="button" value="3" aria-pressed="false" data-aid="text-size">特大</button>
        <button type="button" aria-pressed="false" data-aid="contrast">高对比度</button>
        <button type="button" aria-pressed="false" data-aid="spacing">加大行距</button>
        <button type="button" aria-pressed="false" data-aid="cursor">大鼠标</button>
        <button type="button" aria-pressed="false" data-aid="simple">简约版</button>
        <button type="button" data-aid="reset">恢复默认</button>
      </div>
    </details>`;
});

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}
/** A system setting that the test can change, as `matchMedia` reports it. */
function systemSetting(matches = false) {
  const listeners: (() => void)[] = [];
  return {
    matches,
    addEventListener: (_: 'change', listener: () => void) => void listeners.push(listener),
    change(to: boolean) {
      this.matches = to;
      listeners.forEach((listener) => listener());
    },
  };
}
const button = (aid: string, value?: string) =>
  document.querySelector<HTMLButtonElement>(
    `[data-aid="${aid}"]${value === undefined ? '' : `[value="${value}"]`}`,
  )!;
const html = () => document.documentElement;
const pressed = (element: Element) => element.getAttribute('aria-pressed');

describe('the stored choice', () => {
  it('reads every aid, and nothing else', () => {
    expect(
      parseAids(
        '{"textSize":2,"contrast":"high","spacing":true,"cursor":true,"simple":true,"x":1}',
      ),
    ).toEqual({ textSize: 2, contrast: 'high', spacing: true, cursor: true, simple: true });
    expect(parseAids('{"contrast":"normal"}').contrast).toBe('normal');
  });

  it('takes anything missing, unknown or malformed as the default', () => {
    for (const stored of [
      null,
      '',
      'not json',
      'null',
      '[]',
      '{"textSize":4}',
      '{"textSize":-1}',
      '{"textSize":1.5}',
      '{"textSize":"2"}',
      '{"contrast":"dark","spacing":"yes","cursor":1,"simple":"true"}',
    ]) {
      expect(parseAids(stored), String(stored)).toEqual(defaultAids);
    }
    expect(parseAids('{"textSize":3}').textSize).toBe(3);
    expect(parseAids('{"textSize":1}').textSize).toBe(1);
  });

  it('is written onto <html> one attribute per aid, and a default aid leaves none', () => {
    applyAids(html(), { textSize: 3, contrast: 'high', spacing: true, cursor: true, simple: true });
    expect(html().getAttribute('data-text-size')).toBe('3');
    expect(html().getAttribute('data-contrast')).toBe('high');
    expect(html().getAttribute('data-spacing')).toBe('wide');
    expect(html().getAttribute('data-cursor')).toBe('large');
    expect(html().getAttribute('data-view')).toBe('simple');
    applyAids(html(), { ...defaultAids, contrast: 'normal' });
    expect(html().getAttribute('data-contrast')).toBe('normal');
    applyAids(html(), defaultAids);
    const left = [...html().attributes].map((attribute) => attribute.name);
    expect(left.filter((name) => name.startsWith('data-'))).toEqual([]);
  });
});

describe('the reading-aids panel', () => {
  it('shows its buttons and hides the no-JavaScript advice', () => {
    enhanceReadingAids(document, memoryStorage(), systemSetting());
    expect(document.querySelector<HTMLElement>('[data-aids-enhanced]')!.hidden).toBe(false);
    expect(document.querySelector<HTMLElement>('[data-aids-fallback]')!.hidden).toBe(true);
  });

  it('applies the stored choice and marks its buttons pressed', () => {
    const storage = memoryStorage({
      'park-reading-aids': '{"textSize":3,"spacing":true,"simple":true}',
    });
    enhanceReadingAids(document, storage, systemSetting());
    expect(html().getAttribute('data-text-size')).toBe('3');
    expect(pressed(button('text-size', '3'))).toBe('true');
    expect(pressed(button('text-size', '0'))).toBe('false');
    expect(pressed(button('spacing'))).toBe('true');
    expect(pressed(button('simple'))).toBe('true');
    expect(pressed(button('cursor'))).toBe('false');
    expect(button('reset').hasAttribute('aria-pressed')).toBe(false);
  });

  it('sets a text size, stores it, and presses only that step', () => {
    const storage = memoryStorage();
    enhanceReadingAids(document, storage, systemSetting());
    button('text-size', '1').click();
    expect(html().getAttribute('data-text-size')).toBe('1');
    expect(JSON.parse(storage.items.get('park-reading-aids')!).textSize).toBe(1);
    expect(pressed(button('text-size', '1'))).toBe('true');
    expect(pressed(button('text-size', '0'))).toBe('false');
    button('text-size', '0').click();
    expect(html().hasAttribute('data-text-size')).toBe(false);
    expect(pressed(button('text-size', '0'))).toBe('true');
  });

  it('turns each of the other aids on and off again', () => {
    const storage = memoryStorage();
    enhanceReadingAids(document, storage, systemSetting());
    for (const [aid, attribute, value] of [
      ['spacing', 'data-spacing', 'wide'],
      ['cursor', 'data-cursor', 'large'],
      ['simple', 'data-view', 'simple'],
    ] as const) {
      button(aid).click();
      expect(html().getAttribute(attribute), aid).toBe(value);
      expect(pressed(button(aid)), aid).toBe('true');
      expect(JSON.parse(storage.items.get('park-reading-aids')!)[aid], aid).toBe(true);
      button(aid).click();
      expect(html().hasAttribute(attribute), aid).toBe(false);
      expect(pressed(button(aid)), aid).toBe('false');
    }
  });

  it('high contrast starts from the system, and the reader can turn it off or on', () => {
    const system = systemSetting(true);
    const storage = memoryStorage();
    enhanceReadingAids(document, storage, system);
    // The system asks for more contrast: the stylesheet gives it, the button shows it.
    expect(pressed(button('contrast'))).toBe('true');
    expect(html().hasAttribute('data-contrast')).toBe(false);
    button('contrast').click();
    expect(html().getAttribute('data-contrast')).toBe('normal');
    expect(pressed(button('contrast'))).toBe('false');
    button('contrast').click();
    expect(html().getAttribute('data-contrast')).toBe('high');
    expect(pressed(button('contrast'))).toBe('true');
    system.change(false);
    button('contrast').click();
    expect(html().getAttribute('data-contrast')).toBe('normal');
  });

  it('the button follows the system setting while the page is open', () => {
    const system = systemSetting(false);
    enhanceReadingAids(document, memoryStorage(), system);
    expect(pressed(button('contrast'))).toBe('false');
    system.change(true);
    expect(pressed(button('contrast'))).toBe('true');
    system.change(false);
    expect(pressed(button('contrast'))).toBe('false');
  });

  it('without a system preference, the button turns high contrast on', () => {
    enhanceReadingAids(document, memoryStorage(), systemSetting());
    expect(pressed(button('contrast'))).toBe('false');
    button('contrast').click();
    expect(html().getAttribute('data-contrast')).toBe('high');
  });

  it('reset returns every aid to its default and forgets the choice', () => {
    const storage = memoryStorage({
      'park-reading-aids': '{"textSize":2,"contrast":"high","spacing":true,"cursor":true}',
    });
    enhanceReadingAids(document, storage, systemSetting());
    button('reset').click();
    expect(storage.items.has('park-reading-aids')).toBe(false);
    expect([...html().attributes].filter((a) => a.name.startsWith('data-'))).toEqual([]);
    expect(pressed(button('text-size', '0'))).toBe('true');
    expect(pressed(button('contrast'))).toBe('false');
    expect(pressed(button('cursor'))).toBe('false');
  });

  it('works for the page when storage refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    enhanceReadingAids(document, refusing, systemSetting());
    button('text-size', '3').click();
    expect(html().getAttribute('data-text-size')).toBe('3');
    button('reset').click();
    expect(html().hasAttribute('data-text-size')).toBe(false);
  });

  it('leaves a page without the panel alone', () => {
    document.body.innerHTML = '<p>No panel</p>';
    const storage = memoryStorage({ 'park-reading-aids': '{"textSize":3}' });
    enhanceReadingAids(document, storage, systemSetting());
    expect(html().hasAttribute('data-text-size')).toBe(false);
  });
});

describe('the panel and the keyboard', () => {
  it('Escape closes the open panel and returns the focus to its button', () => {
    enhanceReadingAids(document, memoryStorage(), systemSetting());
    const panel = document.querySelector<HTMLDetailsElement>('details')!;
    panel.open = true;
    button('cursor').focus();
    button('cursor').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(panel.open).toBe(false);
    expect(document.activeElement?.tagName).toBe('SUMMARY');
  });

  it('other keys leave it open', () => {
    enhanceReadingAids(document, memoryStorage(), systemSetting());
    const panel = document.querySelector<HTMLDetailsElement>('details')!;
    panel.open = true;
    button('cursor').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(panel.open).toBe(true);
  });
});
