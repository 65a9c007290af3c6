// Asks the reviewer's name before their first change: the audit log records who made each one.
import { useState } from 'react';
import { Button, Dialog, Heading, Input, Label, Modal, TextField } from 'react-aria-components';
import { useReviewStore } from './review-store';

export function ReviewerDialog({ suggested }: { suggested: string | null }) {
  const [name, setName] = useState(suggested ?? '');
  const setReviewer = useReviewStore((s) => s.setReviewer);
  const cancel = useReviewStore((s) => s.cancelReviewerPrompt);
  return (
    <Modal isOpen isDismissable onOpenChange={(open) => !open && cancel()} className="modal">
      <Dialog className="dialog">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (name.trim()) void setReviewer(name.trim());
          }}
        >
          <Heading slot="title">Who is reviewing?</Heading>
          <p className="hint">Every rating and note is recorded with the reviewer's name in this review's audit log. You can change it later.</p>
          <TextField className="field" value={name} onChange={setName} autoFocus isRequired>
            <Label>Your name</Label>
            <Input placeholder="Dana Reyes" />
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
