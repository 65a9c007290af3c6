// Settings that change figures: minimum group size, the IDEA risk-ratio tests, flag and reasonable-progress standard, the chronic
// absence definition, and the (fixed) coding bands. Saved in the project; saving recomputes every view.
import { useCallback, useState } from 'react';
import { Button, Form, Input, Label, Radio, RadioGroup, Text, TextField } from 'react-aria-components';
import type { MetricSettingsInfo, ProjectInfo, UpdateMetricSettingsRequest } from '../../../../analysis/api';
import { CHRONIC_DEFINITIONS, NUMERIC_SETTINGS, PROGRESS_STANDARDS, settingValue, type NumericSetting } from '../../../../analysis/shared/figure-settings';
import { useAppContext, useProject } from '../../app/app-context';
import { useServiceQuery } from '../../state/query-cache';

type Draft = Record<NumericSetting['id'], string> & {
  definition: MetricSettingsInfo['chronicAbsence']['definition'];
  progress: MetricSettingsInfo['riskRatio']['reasonableProgress'];
};

const draftOf = (settings: MetricSettingsInfo): Draft => ({
  ...(Object.fromEntries(NUMERIC_SETTINGS.map((s) => [s.id, String(s.read(settings))])) as Record<NumericSetting['id'], string>),
  definition: settings.chronicAbsence.definition,
  progress: settings.riskRatio.reasonableProgress,
});

function requestOf(draft: Draft): UpdateMetricSettingsRequest | null {
  const value = (id: NumericSetting['id']) => settingValue(NUMERIC_SETTINGS.find((s) => s.id === id)!, draft[id]);
  const values = Object.fromEntries(NUMERIC_SETTINGS.map((s) => [s.id, value(s.id)]));
  if (Object.values(values).some((v) => v === null)) return null;
  return {
    minimumN: values.minimumN!,
    riskRatio: {
      minimumCellSize: values.minimumCellSize!,
      minimumNSize: values.minimumNSize!,
      threshold: values.threshold!,
      consecutiveYears: values.consecutiveYears!,
      reasonableProgress: draft.progress,
      progressPercent: values.progressPercent!,
    },
    chronicAbsence: { definition: draft.definition, minimumDaysEnrolled: values.minimumDaysEnrolled! },
  };
}

export function SettingsScreen({ project }: { project: ProjectInfo }) {
  const { client } = useAppContext();
  const refresh = useProject((s) => s.refresh);
  const fetchSettings = useCallback(() => client.api.getMetricSettings({}), [client]);
  const query = useServiceQuery(`metric-settings:${project.path}`, fetchSettings);
  const [edited, setDraft] = useState<Draft | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  if (query.status === 'error') return <div className="screen"><p className="error-text">{query.message}</p></div>;
  if (query.status !== 'ready') return <div className="screen"><p className="loading">Loading settings…</p></div>;
  const saved = query.value;
  const draft = edited ?? draftOf(saved);
  const request = requestOf(draft);
  const save = async () => {
    if (!request) return;
    const result = await client.api.updateMetricSettings(request);
    if (!result.ok) return setStatus(result.error.message);
    setDraft(null);
    // The settings are part of the data version: reading the project again moves every cache of
    // figures (charts, tables, suggestions) to the new version, so each asks again.
    await refresh();
    setStatus('Saved. Every chart, table, suggestion and report now uses these settings.');
  };
  // Each number with its label, effect, default and range; the progress percentage sits under its standard.
  const numericField = (setting: NumericSetting) => {
    const invalid = settingValue(setting, draft[setting.id]) === null;
    return (
      <TextField key={setting.id} className="field setting" value={draft[setting.id]} onChange={(v) => setDraft({ ...draft, [setting.id]: v })} isInvalid={invalid} inputMode="decimal">
        <Label>{setting.label}</Label>
        <Input />
        <Text slot="description" className="hint">
          {setting.effect} Default {setting.defaultValue}; allowed {setting.min} to {setting.max}.
        </Text>
        {invalid && <Text slot="errorMessage" className="error-text">Enter a {setting.step === 1 ? 'whole number' : 'number'} from {setting.min} to {setting.max}.</Text>}
      </TextField>
    );
  };
  return (
    <div className="screen settings-screen">
      <h1>Settings</h1>
      <p className="hint">These settings change published figures. They are saved in the project file and printed in the report’s methods appendix.</p>
      <Form className="settings-form" onSubmit={(e) => (e.preventDefault(), void save())}>
        {NUMERIC_SETTINGS.filter((s) => s.id !== 'progressPercent' && s.id !== 'minimumDaysEnrolled').map(numericField)}
        <Choices label="Reasonable progress standard (significant disproportionality)" value={draft.progress} options={PROGRESS_STANDARDS} onChange={(progress) => setDraft({ ...draft, progress })} />
        {numericField(NUMERIC_SETTINGS.find((s) => s.id === 'progressPercent')!)}
        <Choices label="Chronic absence definition" value={draft.definition} options={CHRONIC_DEFINITIONS} onChange={(definition) => setDraft({ ...draft, definition })} />
        {numericField(NUMERIC_SETTINGS.find((s) => s.id === 'minimumDaysEnrolled')!)}
        <section className="setting" aria-labelledby="coding-bands">
          <h2 id="coding-bands">Coding bands for extreme rates (fixed)</h2>
          <p className="hint">Rates this close to 0% or 100% are shown as a bound such as “≤1%”, so they do not tell nearly every student’s outcome.</p>
          <ul>
            {saved.codingBands.map((band) => (
              <li key={band.minimumN}>
                Groups of {band.minimumN} or more: within {band.percent} percentage point{band.percent === 1 ? '' : 's'}
              </li>
            ))}
          </ul>
        </section>
        <div className="form-actions">
          <Button type="submit" className="button primary" isDisabled={!request}>
            Save settings
          </Button>
          <Button className="button" onPress={() => setDraft(null)}>
            Undo edits
          </Button>
        </div>
      </Form>
      <p role="status" className="status-text">{status}</p>
    </div>
  );
}

/** One setting chosen from a few, each with what it does. */
function Choices<T extends string>({ label, value, options, onChange }: { label: string; value: T; options: readonly { id: T; label: string; effect: string }[]; onChange: (value: T) => void }) {
  return (
    <RadioGroup className="field setting" value={value} onChange={(v) => onChange(v as T)}>
      <Label>{label}</Label>
      {options.map((d) => (
        <Radio key={d.id} value={d.id} className="radio">
          {d.label}. <span className="hint">{d.effect}</span>
        </Radio>
      ))}
    </RadioGroup>
  );
}
