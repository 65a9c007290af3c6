// Withheld-figure words come from the codes the service published, and mention "*" only when it is there.
import { describe, expect, it } from 'vitest';
import { withheldLabel, withheldNote } from '../../analysis/shared/withheld-text';

describe('withheld-figure text', () => {
  it('labels one withheld figure by its published code', () => {
    expect(withheldLabel('n<15')).toBe('n<15 (withheld)');
    expect(withheldLabel('*')).toBe('* withheld to protect a smaller group');
    expect(withheldLabel(null)).toBe('withheld');
  });

  it('notes only codes, never figures, and explains "*" only when a figure is starred', () => {
    expect(withheldNote(['1,234', '12.5%', null, ''])).toBeUndefined();
    expect(withheldNote(['<7.5%', '<10', '<10', '312'])).toBe('“<7.5%” and “<10” mark figures withheld to protect small groups; they are not zero.');
    expect(withheldNote(['n<15', '*'])).toBe('“n<15” and “*” mark figures withheld to protect small groups (and, for “*”, a smaller group beside it); they are not zero.');
    expect(withheldNote(['<10'])).toBe('“<10” marks a figure withheld to protect small groups; it is not zero.');
  });
});
