import { describe, expect, it } from 'vitest';
import { closestMatch } from '@/lib/content/suggest';

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
