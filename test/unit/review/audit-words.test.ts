// The audit log in words: ratings read "rated 1.1.1 Developing (was Initiating)" with the time and rationale;
// other changes use their own sentence; no internal field names appear.
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../analysis/api';
import { auditSentence, auditTime } from '../../../analysis/shared/audit-words';

const at = new Date(2026, 11, 3, 14, 2).toISOString();
const entry = (over: Partial<AuditEntry>): AuditEntry => ({ auditId: 1, at, actor: 'Dana Whitfield', action: 'rate', targetKind: 'rating', targetId: '1.1.1', summary: '', before: null, after: null, undoneBy: null, ...over });

describe('audit log in words', () => {
  it('writes the time as day, short month, year and 24-hour clock', () => {
    expect(auditTime(at)).toBe('3 Dec 2026 14:02');
  });

  it('says what a rating was before and why it changed', () => {
    const text = auditSentence(entry({ before: { level: 'initiating', rationale: '' }, after: { level: 'developing', rationale: 'Gaps narrowed two years running.', reviewer: 'Dana Whitfield' } }));
    expect(text).toBe('Dana Whitfield rated 1.1.1 Developing (was Initiating), 3 Dec 2026 14:02, rationale: Gaps narrowed two years running.');
  });

  it('says when a criterion was not rated before, and when a change was undone', () => {
    expect(auditSentence(entry({ after: { level: 'established', rationale: '' }, undoneBy: 9 }))).toBe('Dana Whitfield rated 1.1.1 Established (was not rated), 3 Dec 2026 14:02 (undone)');
  });

  it('uses the sentence written for other changes, never their fields', () => {
    const text = auditSentence(entry({ action: 'save_finding', targetKind: 'finding', targetId: '4', summary: 'Added factor limiting access and opportunity "Suspension falls hardest on Black students"', after: { domainId: 'd1', type: 'limiting_factor' } }));
    expect(text).toBe('Dana Whitfield added factor limiting access and opportunity "Suspension falls hardest on Black students", 3 Dec 2026 14:02');
    expect(text).not.toMatch(/domainId|limiting_factor/);
  });

  it('names the criterion of a team member’s own rating, and whose it is when the lead merged it', () => {
    const own = entry({ targetKind: 'individual_rating', targetId: '1.2.3:Dana Whitfield', after: { level: 'developing', rationale: '' } });
    expect(auditSentence(own)).toBe('Dana Whitfield rated 1.2.3 Developing (was not rated), 3 Dec 2026 14:02');
    const merged = entry({ targetKind: 'individual_rating', targetId: '1.2.3:Sam Ortiz', after: { level: 'initiating', rationale: '' } });
    expect(auditSentence(merged)).toBe('Dana Whitfield rated 1.2.3 Initiating (was not rated) for Sam Ortiz, 3 Dec 2026 14:02');
  });
});
