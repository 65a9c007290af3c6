// Labels inside sentences keep their acronyms.
import { describe, expect, it } from 'vitest';
import { inSentence } from '../../analysis/shared/text';

describe('inSentence', () => {
  it('lowers the first letter of ordinary labels and leaves acronyms and later capitals alone', () => {
    expect(inSentence('Out-of-school suspension')).toBe('out-of-school suspension');
    expect(inSentence('AP or IB enrollment')).toBe('AP or IB enrollment');
    expect(inSentence('ELA proficiency')).toBe('ELA proficiency');
    expect(inSentence('Algebra I in grade 8')).toBe('algebra I in grade 8');
    expect(inSentence('')).toBe('');
  });
});
