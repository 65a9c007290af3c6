// Writes every file of the district in one streaming pass per school year (plus one for graduation cohorts).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { GeneratorOptions } from './options';
import { Rng } from './prng';
import { CsvSink, SinkSet } from './csv-sink';
import { buildDistrict, SCHOOLS_HEADER, writeSchools } from './schools';
import { blocksActiveIn, planPopulation } from './population';
import { deriveStudent, gradeIn } from './student';
import { studentYear } from './student-year';
import { ATTENDANCE_HEADER, ENROLLMENT_HEADER, writeAttendance, writeEnrollment } from './enrollment';
import { ASSESSMENT_HEADER, writeAssessments } from './assessments';
import { DISCIPLINE_HEADER, IncidentNumbers, writeDiscipline } from './discipline';
import { COURSE_HEADER, writeCourses } from './courses';
import { GRADUATION_HEADER, writeGraduation } from './graduation';
import { memberIn, planSlots, STAFF_HEADER, staffIds, writeStaff } from './staff';
import { TRAINING_HEADER, writeAntiBias, writePathwayTraining } from './training';
import { SURVEY_HEADER, writeStaffSurvey, writeStudentAndFamilySurveys } from './survey';

/** How many students to generate between checks for write backpressure. */
const DRAIN_EVERY = 2048;

function openSinks(out: string) {
  const sink = (name: string, header: readonly string[]) => new CsvSink(join(out, name), header);
  return new SinkSet({
    schools: sink('schools.csv', SCHOOLS_HEADER),
    enrollment: sink('enrollment.csv', ENROLLMENT_HEADER),
    attendance: sink('attendance.csv', ATTENDANCE_HEADER),
    assessments: sink('assessments.csv', ASSESSMENT_HEADER),
    discipline: sink('discipline.csv', DISCIPLINE_HEADER),
    courses: sink('courses.csv', COURSE_HEADER),
    graduation: sink('graduation.csv', GRADUATION_HEADER),
    staff: sink('staff.csv', STAFF_HEADER),
    training: sink('staff_training.csv', TRAINING_HEADER),
    survey: sink('climate_survey.csv', SURVEY_HEADER),
  });
}

/** Generates the district into options.out; returns each file's path and data-row count. */
export async function generate(options: GeneratorOptions): Promise<{ file: string; rows: number }[]> {
  await mkdir(options.out, { recursive: true });
  const district = buildDistrict(options.students, options.seed);
  const population = planPopulation(options);
  const slots = planSlots(district, options.students);
  const ids = staffIds(slots.length, options.years.length);
  const firstYear = options.years[0] ?? 0;
  const sinks = openSinks(options.out);
  // Two generators: one rebuilt per student profile, one per topic; both reseeded by key, never shared state.
  const profileRng = new Rng(options.seed);
  const topicRng = new Rng(options.seed);
  const incidents = new IncidentNumbers();

  writeSchools(sinks.get('schools'), district);
  for (const year of options.years) {
    let done = 0;
    for (const block of blocksActiveIn(population, year)) {
      for (let index = block.first; index < block.first + block.count; index++) {
        const student = deriveStudent(index, block, district, population, profileRng);
        const grade = gradeIn(student, year);
        if (grade === null) continue;
        const sy = studentYear(student, grade, year, options.years, district, block.mover, topicRng);
        writeEnrollment(sinks.get('enrollment'), sy);
        writeAttendance(sinks.get('attendance'), sy, topicRng);
        writeAssessments(sinks.get('assessments'), sy, topicRng);
        writeDiscipline(sinks.get('discipline'), sy, incidents, topicRng);
        writeCourses(sinks.get('courses'), sy, topicRng);
        writeStudentAndFamilySurveys(sinks.get('survey'), sy, topicRng);
        if (++done % DRAIN_EVERY === 0) await sinks.drain();
      }
    }
    for (const slot of slots) {
      const member = memberIn(slot, year, firstYear, ids, profileRng);
      writeStaff(sinks.get('staff'), member, year);
      if (member.startYear === year) writeAntiBias(sinks.get('training'), member, options.years, topicRng);
      writePathwayTraining(sinks.get('training'), member, year, topicRng);
      writeStaffSurvey(sinks.get('survey'), member, year, topicRng);
      if (slot.index % DRAIN_EVERY === 0) await sinks.drain();
    }
  }
  const cohortYears = new Set(options.years);
  for (const block of population.blocks) {
    for (let index = block.first; index < block.first + block.count; index++) {
      const student = deriveStudent(index, block, district, population, profileRng);
      writeGraduation(sinks.get('graduation'), student, cohortYears, district, profileRng);
      if (index % DRAIN_EVERY === 0) await sinks.drain();
    }
  }
  return sinks.close();
}
