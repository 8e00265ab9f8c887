// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { localToday, setAccessDates, setAccessDatesWhenOpened } from '@/lib/browser/access-dates';

describe('access dates', () => {
  it('become the reader’s today, written in the locale of each', () => {
    document.body.innerHTML = `
      <p><time datetime="2026-11-27" data-access-date="en">27 November 2026</time></p>
      <p><time datetime="2026-11-27" data-access-date="zh">2026年11月27日</time></p>
      <p><time datetime="2023-06-30">30 June 2023</time></p>`;
    setAccessDates(document, '2027-01-05');
    const [en, zh, other] = [...document.querySelectorAll('time')];
    expect(en!.getAttribute('datetime')).toBe('2027-01-05');
    expect(en!.textContent).toBe('5 January 2027');
    expect(zh!.getAttribute('datetime')).toBe('2027-01-05');
    expect(zh!.textContent).toBe('2027年1月5日');
    // A date that is not an access date stays as it is.
    expect(other!.textContent).toBe('30 June 2023');
  });

  it('are set when their citation is opened, and only then', () => {
    document.body.innerHTML = `
      <details id="one"><summary>Cite</summary><p><time datetime="2026-11-27" data-access-date="en">27 November 2026</time></p></details>
      <details id="two"><summary>Cite</summary><p><time datetime="2026-11-27" data-access-date="zh">2026年11月27日</time></p></details>`;
    setAccessDatesWhenOpened(document, () => '2027-01-05');
    const [one, two] = [...document.querySelectorAll('details')];
    const [first, second] = [...document.querySelectorAll('time')];
    expect(first!.textContent).toBe('27 November 2026');
    one!.open = true;
    one!.dispatchEvent(new Event('toggle'));
    expect(first!.textContent).toBe('5 January 2027');
    // The other citation, still closed, is left as it was.
    expect(second!.textContent).toBe('2026年11月27日');
    // Closing changes nothing.
    two!.dispatchEvent(new Event('toggle'));
    expect(second!.textContent).toBe('2026年11月27日');
  });

  it('today is the reader’s local calendar day, zero-padded', () => {
    expect(localToday(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
    expect(localToday(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });
});
