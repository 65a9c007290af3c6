// The cover's facts, set by the reviewer: title, who it is for, the review period, the site visit and the
// reviewers (one per line, with role and organisation as they should print). Nothing is guessed from the
// project's dates: an unset period prints as "Not set".
import { useEffect, useState } from 'react';
import { Button, Input, Label, TextArea, TextField } from 'react-aria-components';
import type { ReportCover } from '../../../../analysis/api';
import { useAppContext } from '../../app/app-context';

type Draft = Record<'title' | 'preparedFor' | 'reviewStart' | 'reviewEnd' | 'siteVisitStart' | 'siteVisitEnd' | 'reviewers', string>;

const toDraft = (c: ReportCover): Draft => ({
  title: c.title,
  preparedFor: c.preparedFor ?? '',
  reviewStart: c.reviewStart ?? '',
  reviewEnd: c.reviewEnd ?? '',
  siteVisitStart: c.siteVisitStart ?? '',
  siteVisitEnd: c.siteVisitEnd ?? '',
  reviewers: c.reviewers.join('\n'),
});

const orNull = (text: string) => text.trim() || null;

export function ReportCoverForm({ onSaved }: { onSaved: () => void }) {
  const { client } = useAppContext();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    void client.api.getFindings({}).then((result) => result.ok && setDraft(toDraft(result.value.cover)));
  }, [client]);
  if (!draft) return null;
  const field = (key: keyof Draft, label: string, type = 'text') => (
    <TextField className="field" value={draft[key]} onChange={(value) => setDraft({ ...draft, [key]: value })} type={type}>
      <Label>{label}</Label>
      <Input />
    </TextField>
  );
  const save = async () => {
    const result = await client.api.setReportCover({
      title: draft.title,
      preparedFor: orNull(draft.preparedFor),
      reviewStart: orNull(draft.reviewStart),
      reviewEnd: orNull(draft.reviewEnd),
      siteVisitStart: orNull(draft.siteVisitStart),
      siteVisitEnd: orNull(draft.siteVisitEnd),
      reviewers: draft.reviewers.split('\n').map((r) => r.trim()).filter(Boolean),
    });
    setStatus(result.ok ? 'Cover saved.' : result.error.message);
    if (result.ok) onSaved();
  };
  return (
    <details className="panel cover-form no-print">
      <summary>Cover: title, review period, site visit and reviewers</summary>
      <div className="cover-form-grid">
        {field('title', 'Title')}
        {field('preparedFor', 'Prepared for')}
        {field('reviewStart', 'Review period from', 'date')}
        {field('reviewEnd', 'Review period to', 'date')}
        {field('siteVisitStart', 'Site visit from', 'date')}
        {field('siteVisitEnd', 'Site visit to', 'date')}
        <TextField className="field wide" value={draft.reviewers} onChange={(value) => setDraft({ ...draft, reviewers: value })}>
          <Label>Reviewers (one per line, as they should print: name, role, organisation)</Label>
          <TextArea rows={3} />
        </TextField>
      </div>
      <Button className="button primary" onPress={save}>
        Save cover
      </Button>
      {status && (
        <p className="action-status" role="status">
          {status}
        </p>
      )}
    </details>
  );
}
