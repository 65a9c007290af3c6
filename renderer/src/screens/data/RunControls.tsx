// The last step before loading: what to do with a file imported before, an optional profile name for next
// year's file, the Import button, then progress with row counts and Cancel.
import { Button, Checkbox, Input, Label, ProgressBar, Radio, RadioGroup, TextField } from 'react-aria-components';
import type { ImportLogEntry } from '../../../../analysis/api';
import { count, when } from './labels';
import type { TaskProgress } from './use-import-task';

const PHASES: Record<string, string> = {
  starting: 'Starting',
  reading: 'Reading and mapping rows',
  validating: 'Checking the rows',
  loading: 'Loading into the review',
  done: 'Finishing',
};

export interface RunChoices {
  duplicate: 'replace' | 'skip';
  saveProfile: boolean;
  profileName: string;
}

export function RunControls(props: {
  previous: ImportLogEntry[];
  choices: RunChoices;
  onChoices: (choices: RunChoices) => void;
  blocked: string | null;
  progress: TaskProgress | null;
  onRun: () => void;
  onCancel: () => void;
}) {
  const { choices, progress } = props;
  const running = progress !== null;
  const last = props.previous[0];
  return (
    <div className="run-controls">
      {last && (
        <div className="notice" role="note">
          <p>
            This exact file (same SHA-256) was imported into {last.table} on {when(last.importedAt)} (import #{last.importId}, {count(last.rowsLoaded)} rows).
          </p>
          <RadioGroup className="radio-list" value={choices.duplicate} onChange={(value) => props.onChoices({ ...choices, duplicate: value as 'replace' | 'skip' })} isDisabled={running}>
            <Label>What should happen?</Label>
            <Radio value="skip" className="radio">
              Skip it: keep the rows already loaded
            </Radio>
            <Radio value="replace" className="radio">
              Replace: load it again in place of the earlier rows
            </Radio>
          </RadioGroup>
        </div>
      )}
      <div className="profile-row">
        <Checkbox className="checkbox" isSelected={choices.saveProfile} onChange={(saveProfile) => props.onChoices({ ...choices, saveProfile })} isDisabled={running}>
          <span className="checkbox-box" aria-hidden="true" />
          Save this mapping as a profile for next year's file
        </Checkbox>
        {choices.saveProfile && (
          <TextField className="field inline" value={choices.profileName} onChange={(profileName) => props.onChoices({ ...choices, profileName })} isDisabled={running}>
            <Label>Profile name</Label>
            <Input placeholder="SIS enrollment export" />
          </TextField>
        )}
      </div>
      {props.blocked && <p className="attention">{props.blocked}</p>}
      {running ? (
        <div className="progress-row">
          <ProgressBar className="progress" value={progress.total ? Math.min(progress.done, progress.total) : undefined} maxValue={progress.total ?? 100} isIndeterminate={!progress.total}>
            {({ percentage }) => (
              <>
                <Label>{PHASES[progress.phase] ?? progress.phase}</Label>
                <span className="progress-value">
                  {count(progress.done)}
                  {progress.total ? ` of ${count(progress.total)} rows` : ' rows'}
                </span>
                <div className="progress-track">
                  <div className="progress-fill" style={{ width: progress.total ? `${percentage}%` : '35%' }} />
                </div>
              </>
            )}
          </ProgressBar>
          <Button className="button" onPress={props.onCancel}>
            Cancel
          </Button>
        </div>
      ) : (
        <Button className="button primary large" onPress={props.onRun} isDisabled={props.blocked !== null || (choices.saveProfile && choices.profileName.trim() === '')}>
          {last && choices.duplicate === 'skip' ? 'Skip this file' : 'Import'}
        </Button>
      )}
    </div>
  );
}
