// The built-in template, "District Systems Quality Review: Equity Lens", validated once at load.
import type { RubricTemplate } from '../api';
import templateJson from './default-template.json';
import { parseTemplate } from './template-schema';

function load(): RubricTemplate {
  const parsed = parseTemplate(templateJson);
  // A broken built-in template is a programming error that the unit tests catch; fail loudly.
  if (!parsed.ok) throw new Error(`The built-in rubric template is not valid: ${parsed.message}`);
  return parsed.template;
}

export const DEFAULT_TEMPLATE: RubricTemplate = load();
export const DEFAULT_TEMPLATE_ID = DEFAULT_TEMPLATE.id;
