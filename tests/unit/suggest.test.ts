import { describe, expect, it } from 'vitest';
import { closestMatch, didYouMean, editDistance, suggestion } from '@/lib/content/suggest';

const fields = ['title', 'description', 'updated'];

describe('closestMatch', () => {
  it('finds a name with two letters swapped', () => {
    expect(closestMatch('titel', fields)).toBe('title');
  });

  it('finds a name with a letter missing or extra', () => {
    expect(closestMatch('updatd', fields)).toBe('updated');
    expect(closestMatch('descriptiion', fields)).toBe('description');
  });

  it('ignores case', () => {
    expect(closestMatch('figurecard', ['Figure', 'FigureCard'])).toBe('FigureCard');
  });

  it('finds an id that the name is the start of', () => {
    expect(closestMatch('park-altitude', ['ideal-altitude-band', 'park-altitude-band'])).toBe(
      'park-altitude-band',
    );
  });

  it('suggests nothing when nothing is close', () => {
    expect(closestMatch('author', fields)).toBeUndefined();
    expect(closestMatch('x', fields)).toBeUndefined();
  });
});

describe('editDistance (insert, delete, replace, or swap two neighbours: one edit each)', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['abc', 'abc', 0],
    ['a', 'b', 1],
    ['kitten', 'sitting', 3],
    ['titel', 'title', 1],
    ['ab', 'ba', 1],
    ['abcd', 'acbd', 1],
    ['abcdef', 'abcdfe', 1],
    ['ab', 'bc', 2],
    ['abc', 'cab', 2],
    ['ca', 'abc', 3],
    ['flaw', 'lawn', 2],
    ['abcde', 'abxde', 1],
    ['abcde', 'abde', 1],
    ['abde', 'abcde', 1],
  ])('%j → %j: %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    // The same either way round.
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('closestMatch, at its limits', () => {
  it('allows max(2, a third of the name’s length) edits', () => {
    // 9 letters: 3 edits are close enough, 4 are not.
    expect(closestMatch('abcdefghi', ['abcdefxyz'])).toBe('abcdefxyz');
    expect(closestMatch('abcdefghi', ['abcdewxyz'])).toBeUndefined();
    // 6 letters: 2 edits, not 3.
    expect(closestMatch('abcdef', ['abcdxy'])).toBe('abcdxy');
    expect(closestMatch('abcdef', ['abcxyz'])).toBeUndefined();
    // 3 letters: still 2.
    expect(closestMatch('abc', ['axy'])).toBe('axy');
  });

  it('takes the nearest candidate, and the first of equals', () => {
    expect(closestMatch('figur', ['FigureGrid', 'Figure', 'FigureCard'])).toBe('Figure');
    expect(closestMatch('abcx', ['abcy', 'abcz'])).toBe('abcy');
    expect(closestMatch('abcx', ['abzz', 'abcz'])).toBe('abcz');
  });

  it('falls back to a candidate the name starts, ignoring case, from three letters on', () => {
    expect(closestMatch('zzz', ['yyy', 'zzzzzzz'])).toBe('zzzzzzz');
    expect(closestMatch('PARK-ALT', ['ideal-altitude-band', 'park-altitude-band'])).toBe(
      'park-altitude-band',
    );
    expect(closestMatch('zz', ['zzzzzz'])).toBeUndefined();
    expect(closestMatch('zzz', ['yzzzzzzz'])).toBeUndefined();
  });

  it('finds nothing among no candidates, and reads any iterable', () => {
    expect(closestMatch('title', [])).toBeUndefined();
    expect(closestMatch('titel', new Set(['title']))).toBe('title');
  });
});

describe('the hint', () => {
  it('in English, or nothing', () => {
    expect(didYouMean('titel', fields)).toBe(' (did you mean "title"?)');
    expect(didYouMean('author', fields)).toBe('');
  });

  it('in both languages, or two empty texts', () => {
    expect(suggestion('titel', fields)).toEqual({
      zh: '（您是否想写“title”？）',
      en: ' (did you mean "title"?)',
    });
    expect(suggestion('author', fields)).toEqual({ zh: '', en: '' });
  });
});
