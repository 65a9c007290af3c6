// One report per school, printed in parallel through the same printer as the district's report: each file is
// "<school id>-<school name>.pdf" in the folder given, and each print reports when it is done.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PaperSize, SchoolSummary } from '../../api';
import type { EquityLensService } from '../../service/create-service';
import { exportBaseName } from '../findings-export';
import { openPrintSession } from './print-report';

export interface PrintedSchool {
  school: SchoolSummary;
  file: string;
  bytes: number;
}

/** How many schools print at once: each print holds a browser and a report model, so no more than the cores. */
export const schoolPrintConcurrency = (): number => Math.max(1, Math.min(4, os.availableParallelism()));

export const schoolReportFile = (dir: string, school: SchoolSummary): string => path.join(dir, `${exportBaseName(`${school.schoolId} ${school.schoolName}`)}.pdf`);

/** Prints every school's report into `dir`, `concurrency` at a time; `onPrinted` hears of each as it finishes. */
export async function printSchoolReports(
  service: EquityLensService,
  request: { paper: PaperSize; internal: boolean },
  schools: readonly SchoolSummary[],
  dir: string,
  onPrinted: (done: PrintedSchool, count: number) => void = () => undefined,
  concurrency = schoolPrintConcurrency(),
): Promise<PrintedSchool[]> {
  const printed: PrintedSchool[] = [];
  let next = 0;
  // One web host and one browser for every school: each print is a tab.
  const session = await openPrintSession(service);
  const worker = async () => {
    while (next < schools.length) {
      const school = schools[next++]!;
      const pdf = await session.print({ ...request, schoolId: school.schoolId });
      const file = schoolReportFile(dir, school);
      fs.writeFileSync(file, pdf);
      printed.push({ school, file, bytes: pdf.byteLength });
      onPrinted(printed[printed.length - 1]!, printed.length);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, schools.length) }, worker));
  } finally {
    await session.close();
  }
  // In the schools' order, whichever finished first.
  return schools.map((s) => printed.find((p) => p.school.schoolId === s.schoolId)!);
}
