// The value of each canonical column over the staging table: a mapped column, a value for every row, or
// derived from other fields the way the DESIGN's model defines them (Hispanic of any race, absences from
// days present, the school year of an incident date, Algebra I in grade 8, a report card's denominator).
import type { ImportKind } from '../../../api';
import { RACE_BITS } from '../../values/code-resolution';
import { CONSTRUCT_CODES } from '../../dictionary/open-codes';
import { RACE_FLAG_FIELDS } from '../../dictionary/race-codes';
import type { Slot } from './slots';
import type { SqlParams } from './sql-params';

export interface ExpressionInputs {
  kind: ImportKind;
  slots: readonly Slot[];
  params: SqlParams;
  /** Field -> SQL of its constant (already typed). */
  constants: ReadonlyMap<string, string>;
  /** 100 when percents are written 0-100, 1 when they are fractions. */
  percentScale: number;
  /** Highest survey response in the file, for "favorable" (the top two points of the scale). */
  responseMax: number | null;
}

/** How each derived value was made, for the data-quality report. */
export interface Derivation {
  field: string;
  message: string;
}

export class FieldExpressions {
  readonly derivations: Derivation[] = [];

  constructor(private readonly inputs: ExpressionInputs) {}

  /** A plain field: its constant, its one column, or its columns added up (absence parts). */
  base(field: string): string | null {
    const constant = this.inputs.constants.get(field);
    if (constant) return constant;
    const slots = this.inputs.slots.filter((s) => s.field.field === field && !s.group && s.item === undefined);
    if (slots.length === 0) return null;
    if (slots.length === 1) return `v_${slots[0]!.id}`;
    const all = slots.map((s) => `v_${s.id}`);
    return `(CASE WHEN ${all.map((v) => `${v} IS NULL`).join(' AND ')} THEN NULL ELSE ${all.map((v) => `coalesce(${v}, 0)`).join(' + ')} END)`;
  }

  has(field: string): boolean {
    return this.base(field) !== null;
  }

  /** The expression for a canonical column, or null when the file gives nothing for it. */
  column(field: string): string | null {
    switch (this.inputs.kind) {
      case 'enrollment':
        return this.enrollment(field);
      case 'attendance':
        return field === 'days_absent' ? this.daysAbsent() : this.base(field);
      case 'discipline':
        return field === 'school_year' ? this.incidentYear() : this.base(field);
      case 'courses':
        return field === 'course_type' ? this.courseType() : this.base(field);
      case 'surveys':
        return field === 'favorable' ? this.favorable(this.base('response')) : field === 'construct' ? this.construct() : this.base(field);
      case 'aggregates':
        return this.aggregates(field);
      default:
        return this.base(field);
    }
  }

  private note(field: string, message: string): void {
    if (!this.derivations.some((d) => d.field === field)) this.derivations.push({ field, message });
  }

  private raceFlag(field: string, group: string): string | null {
    const mapped = this.base(field);
    if (mapped) return mapped;
    const bits = this.base('race_codes');
    return bits ? `((coalesce(${bits}, 0) & ${RACE_BITS[group]}) <> 0)` : null;
  }

  private enrollment(field: string): string | null {
    const flag = RACE_FLAG_FIELDS.find((f) => f.field === field);
    if (flag) return this.raceFlag(flag.field, flag.group);
    if (field === 'hispanic') {
      const mapped = this.base('hispanic');
      if (mapped) return mapped;
      const race = this.base('race_ethnicity');
      if (!race) return null;
      this.note('hispanic', 'Hispanic or Latino is read from the race/ethnicity code (no separate ethnicity column).');
      return `(CASE WHEN ${race} IS NULL THEN NULL ELSE ${race} = 'hispanic_latino' END)`;
    }
    if (field !== 'race_ethnicity') return this.base(field);
    let race = this.base('race_ethnicity') ?? this.raceFromFlags();
    const hispanic = this.base('hispanic');
    if (hispanic) {
      this.note('race_ethnicity', 'Hispanic or Latino of any race: a student flagged Hispanic is in that group whatever race they reported.');
      race = `(CASE WHEN ${hispanic} THEN 'hispanic_latino' ELSE ${race ?? 'CAST(NULL AS VARCHAR)'} END)`;
    }
    return race;
  }

  /** One race reported -> that group; two or more -> two_or_more; none -> not reported. */
  private raceFromFlags(): string | null {
    const flags = RACE_FLAG_FIELDS.map((f) => ({ group: f.group, sql: this.raceFlag(f.field, f.group) })).filter((f): f is { group: (typeof RACE_FLAG_FIELDS)[number]['group']; sql: string } => f.sql !== null);
    const twoOrMore = this.base('race_two_or_more');
    if (flags.length === 0 && !twoOrMore) return null;
    this.note('race_ethnicity', 'Race/ethnicity is derived from one yes/no column per race: one race is that group, more than one is Two or more races.');
    const count = flags.length > 0 ? flags.map((f) => `coalesce(${f.sql}, false)::INTEGER`).join(' + ') : '0';
    const single = flags.map((f) => `WHEN coalesce(${f.sql}, false) THEN ${this.inputs.params.text(f.group)}`).join(' ');
    return `(CASE ${twoOrMore ? `WHEN coalesce(${twoOrMore}, false) THEN 'two_or_more' ` : ''}WHEN (${count}) >= 2 THEN 'two_or_more' ${single} END)`;
  }

  private daysAbsent(): string | null {
    const mapped = this.base('days_absent');
    if (mapped) return mapped;
    const enrolled = this.base('days_enrolled');
    const present = this.base('days_present');
    if (!enrolled || !present) return null;
    this.note('days_absent', 'Days absent = days enrolled - days present (the file has no absence column).');
    return `(${enrolled} - ${present})`;
  }

  private incidentYear(): string | null {
    const mapped = this.base('school_year');
    if (mapped) return mapped;
    const date = this.base('incident_date');
    if (!date) return null;
    this.note('school_year', 'School year from the incident date: July to June (an incident in August 2023 is in 2023-24).');
    return `CAST(year(${date}) + CASE WHEN month(${date}) >= 7 THEN 1 ELSE 0 END AS INTEGER)`;
  }

  private courseType(): string | null {
    const mapped = this.base('course_type');
    const grade = this.base('grade_level');
    const title = this.base('course_name');
    if (!mapped || !grade || !title) return mapped;
    this.note('course_type', 'Algebra I taken in grade 8 is recorded as the course type "algebra in grade 8".');
    return `(CASE WHEN ${grade} = 8 AND regexp_matches(lower(${title}), '\\balgebra (i|1)\\b') THEN 'algebra_grade8' ELSE ${mapped} END)`;
  }

  /** Long survey files without a construct column: the item's prefix (BEL in BEL_01) names it. */
  private construct(): string | null {
    const mapped = this.base('construct');
    const item = this.base('item');
    if (mapped || !item) return mapped;
    this.note('construct', 'Construct from the item id prefix (BEL_01 is belonging); a prefix that is not a listed construct is kept as written.');
    const prefix = `regexp_extract(${item}, '^([A-Za-z]+)', 1)`;
    const arms = [...CONSTRUCT_CODES.entries]
      .filter(([, meaning]) => meaning.value !== null)
      .map(([key, meaning]) => `WHEN ${this.inputs.params.text(key)} THEN ${this.inputs.params.text(meaning.value)}`)
      .join(' ');
    return `(CASE lower(${prefix}) ${arms} ELSE nullif(${prefix}, '') END)`;
  }

  favorable(response: string | null): string | null {
    const mapped = this.base('favorable');
    if (mapped) return mapped;
    const max = this.inputs.responseMax;
    if (!response || max === null) return null;
    const from = max >= 4 ? max - 1 : max;
    this.note('favorable', `Favorable = a response of ${from} or more (the top ${max >= 4 ? 'two points' : 'point'} of a scale up to ${max}).`);
    return `(${response} >= ${from})`;
  }

  private aggregates(field: string): string | null {
    switch (field) {
      case 'group_type':
      case 'group_value': {
        const mapped = this.base(field);
        const group = this.base('group');
        if (mapped || !group) return mapped;
        return `split_part(${group}, ':', ${field === 'group_type' ? 1 : 2})`;
      }
      case 'denominator':
        return this.denominator(this.base('numerator'), this.base('percent'), this.base('denominator'));
      case 'denominator_derived':
        return this.denominatorDerived(this.base('numerator'), this.base('percent'), this.base('denominator'));
      case 'source_status':
        return this.sourceStatus(this.base('numerator'), this.base('percent'), this.base('denominator'));
      default:
        return this.base(field);
    }
  }

  /** Count and percent only: denominator = count / (percent / 100), rounded to a whole number of students. */
  denominator(numerator: string | null, percent: string | null, denominator: string | null): string | null {
    if (denominator) return denominator;
    if (!numerator || !percent) return null;
    this.note('denominator', 'Denominator derived from the count and the percent (count / percent), where the percent is above 0; marked as derived.');
    return `(CASE WHEN ${percent} > 0 THEN round(${numerator} / (${percent} / ${this.inputs.percentScale})) END)`;
  }

  /**
   * Publishers write 0 (count and percent) for a suppressed cell: such a record is kept, marked
   * suppressed in source, rather than read as "nobody", since its true count is unknown.
   */
  sourceStatus(numerator: string | null, percent: string | null, denominator: string | null): string | null {
    const marked = [numerator, denominator, percent].filter((v): v is string => v !== null && v.startsWith('v_')).map((v) => `m_${v.slice(2)}`);
    const arms: string[] = [];
    if (marked.length > 0) arms.push(`WHEN ${marked.map((m) => `coalesce(${m}, false)`).join(' OR ')} THEN 'suppressed_in_source'`);
    if (numerator && percent && !denominator) {
      this.note('source_status', 'A count of 0 with a percent of 0 (or none) is marked "suppressed in source": publishers write 0 for hidden cells.');
      arms.push(`WHEN ${numerator} = 0 AND NOT coalesce(${percent} > 0, false) THEN 'suppressed_in_source'`);
    }
    return arms.length > 0 ? `(CASE ${arms.join(' ')} END)` : null;
  }

  denominatorDerived(numerator: string | null, percent: string | null, denominator: string | null): string | null {
    if (denominator) return `(CASE WHEN ${denominator} IS NOT NULL THEN false END)`;
    if (!numerator || !percent) return null;
    return `(CASE WHEN ${percent} > 0 AND ${numerator} IS NOT NULL THEN true END)`;
  }
}
