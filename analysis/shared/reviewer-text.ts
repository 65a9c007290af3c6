// How a reviewer is named in print and on screen: "Dana Whitfield, lead reviewer, Riverside Consulting".
import type { ReviewerProfile } from '../api';

export function describeReviewer(profile: ReviewerProfile): string {
  return [profile.name, profile.role, profile.organisation].filter((part): part is string => part !== null && part !== '').join(', ');
}
