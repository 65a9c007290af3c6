// Asks who is reviewing before the first change: the audit log records a name with every change.
import { useState } from 'react';
import { Button, Input, Label, TextField } from 'react-aria-components';
import { useAppContext } from '../../app/app-context';

export function ReviewerPrompt(props: { suggested: string | null; onSaved: () => Promise<void> }) {
  const { client } = useAppContext();
  const [name, setName] = useState(props.suggested ?? '');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="panel reviewer-prompt"
      aria-label="Who is reviewing?"
      onSubmit={async (event) => {
        event.preventDefault();
        const result = await client.api.setReviewer({ name: name.trim() });
        if (result.ok) await props.onSaved();
        else setError(result.error.message);
      }}
    >
      <TextField className="field" value={name} onChange={setName} isRequired>
        <Label>Your name (recorded with each change in the audit log)</Label>
        <Input />
      </TextField>
      <Button className="button primary" type="submit" isDisabled={!name.trim()}>
        Save name
      </Button>
      {error && <p className="field-error">{error}</p>}
    </form>
  );
}
