// PDF export of the full sample-district report, end to end through the command line's path (web host, headless
// browser, print route, printToPDF): the 10 s budget of DESIGN.md section 9. Also the report model alone, and
// every school's report (issue 16: the time for all 24).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BUILT_SAMPLE_DIR, SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import { pdfPageCount, printReportPdf } from '../../analysis/report/print/print-report';
import { printSchoolReports, schoolPrintConcurrency } from '../../analysis/report/print/print-schools';
import { createService } from '../../analysis/service/create-service';
import { buildReviewedProject, ok } from '../support/reviewed-project';
import type { Benchmark, BenchRow } from './bench-types';

const RUNS = 3;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export const benchmarks: Benchmark[] = [
  {
    name: 'report PDF export (sample district)',
    async run(): Promise<BenchRow[]> {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'equitylens-bench-report-'));
      const service = createService({ dataDir: path.join(dir, 'data'), sampleDataDir: SAMPLE_DATA_DIR, builtSampleDir: BUILT_SAMPLE_DIR, appVersion: 'bench', host: 'cli' });
      try {
        ok(await service.createProject({ path: path.join(dir, 'review.duckdb'), name: 'Bench review', districtName: 'Riverside Unified School District (sample)', withSampleData: true }));
        await buildReviewedProject(service);
        const model: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          const started = performance.now();
          ok(await service.getReportModel({}));
          model.push(performance.now() - started);
        }
        const pdf: number[] = [];
        let pages = 0;
        for (let i = 0; i < RUNS; i++) {
          const started = performance.now();
          const bytes = await printReportPdf(service, { paper: 'letter', internal: false });
          pdf.push((performance.now() - started) / 1000);
          pages = pdfPageCount(bytes);
        }
        // Every school's report into a folder, as `equitylens report --per-school` writes them (in parallel).
        const schools = ok(await service.getProjectInfo({}))!.schools;
        const schoolDir = path.join(dir, 'schools');
        fs.mkdirSync(schoolDir);
        const schoolsStarted = performance.now();
        const printed = await printSchoolReports(service, { paper: 'letter', internal: false }, schools, schoolDir);
        const schoolSeconds = (performance.now() - schoolsStarted) / 1000;
        return [
          { measure: 'report model assembly (median)', value: median(model), unit: 'ms' },
          { measure: `${printed.length} school reports (--per-school, ${schoolPrintConcurrency()} at a time), all of them`, value: schoolSeconds, unit: 's' },
          { measure: 'school reports, per school', value: schoolSeconds / printed.length, unit: 's' },
          { measure: `PDF export, ${pages} pages, end to end (median of ${RUNS})`, value: median(pdf), unit: 's', budget: '< 10 s', ratio: median(pdf) / 10 },
          { measure: 'PDF export, slowest run', value: Math.max(...pdf), unit: 's', budget: '< 10 s', ratio: Math.max(...pdf) / 10 },
        ];
      } finally {
        await service.dispose();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  },
];
