// Asks who is reviewing before their first change: the audit log records who made each one, and the
// report's methods appendix names each reviewer with their role and organisation.
import { useState } from 'react';
import { Button, Dialog, Heading, Input, Label, Modal, TextField } from 'react-aria-components';
import { useReviewStore } from './review-store';

export function ReviewerDialog({ suggested }: { suggested: string | null }) {
  const [name, setName] = useState(suggested ?? '');
  const [role, setRole] = useState('');
  const [organisation, setOrganisation] = useState('');
  const setReviewer = useReviewStore((s) => s.setReviewer);
  const cancel = useReviewStore((s) => s.cancelReviewerPrompt);
  return (
    <Modal isOpen isDismissable onOpenChange={(open) => !open && cancel()} className="modal">
      <Dialog className="dialog">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            // Blank optional fields are left out, so they never wipe a role recorded earlier.
            if (name.trim()) void setReviewer(name.trim(), { ...(role.trim() ? { role } : {}), ...(organisation.trim() ? { organisation } : {}) });
          }}
        >
          <Heading slot="title">Who is reviewing?</Heading>
          <p className="hint">Every rating and note is recorded with the reviewer's name in this review's audit log. You can change it later.</p>
          <TextField className="field" value={name} onChange={setName} autoFocus isRequired>
            <Label>Your name</Label>
            <Input placeholder="Dana Reyes" />
          </TextField>
          <TextField className="field" value={role} onChange={setRole}>
            <Label>Your role in the review (optional)</Label>
            <Input placeholder="lead reviewer" />
          </TextField>
          <TextField className="field" value={organisation} onChange={setOrganisation}>
            <Label>Your organisation (optional)</Label>
            <Input placeholder="Riverside Consulting" />
          </TextField>
          <div className="dialog-actions">
            <Button className="button" onPress={cancel}>
              Cancel
            </Button>
            <Button className="button primary" type="submit" isDisabled={!name.trim()}>
              Continue
            </Button>
          </div>
        </form>
      </Dialog>
    </Modal>
  );
}
