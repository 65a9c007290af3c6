// Who reviews on this computer (name, role, organisation), kept in the app's data folder so that the first
// change of every review on this machine does not ask again. Never the operating-system account name: a
// reviewer types who they are.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ReviewerProfile } from '../api';

const FILE = 'reviewer.json';
const profileSchema = z.object({ name: z.string().trim().min(1).max(120), role: z.string().max(120).nullable(), organisation: z.string().max(160).nullable() });

export function readRememberedReviewer(dataDir: string): ReviewerProfile | null {
  try {
    const parsed = profileSchema.safeParse(JSON.parse(fs.readFileSync(path.join(dataDir, FILE), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    // No file yet, or one damaged by hand: ask again rather than fail the review.
    return null;
  }
}

export function rememberReviewer(dataDir: string, profile: ReviewerProfile): void {
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(path.join(dataDir, FILE), `${JSON.stringify(profileSchema.parse(profile), null, 2)}\n`);
}
