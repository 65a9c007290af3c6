// The per-user list of recently opened review projects (a small JSON file beside the app's data).
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ProjectSummary, RecentProject } from '../api';

const MAX_RECENT = 10;
const entrySchema = z.object({ path: z.string(), name: z.string(), districtName: z.string(), openedAt: z.string() });
const fileSchema = z.array(entrySchema);
type Entry = z.infer<typeof entrySchema>;

export class RecentProjects {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'recent-projects.json');
  }

  list(): RecentProject[] {
    return this.read().map((entry) => ({ ...entry, exists: fs.existsSync(entry.path) }));
  }

  remember(project: ProjectSummary, hidden = false): void {
    if (hidden) return;
    const entry: Entry = { path: project.path, name: project.name, districtName: project.districtName, openedAt: new Date().toISOString() };
    const rest = this.read().filter((e) => e.path !== project.path);
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    // Write then rename, so a crash mid-write never leaves a half file.
    const temporary = `${this.file}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify([entry, ...rest].slice(0, MAX_RECENT), null, 2));
    fs.renameSync(temporary, this.file);
  }

  private read(): Entry[] {
    try {
      const parsed = fileSchema.safeParse(JSON.parse(fs.readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  }
}
