// Asks for a project file path in the browser, where no native file dialog exists.
import { useState } from 'react';
import { Button, Dialog, Heading, Input, Label, Modal, TextField } from 'react-aria-components';

export interface PathDialogResult {
  path: string;
  name?: string;
  districtName?: string;
}

export function PathDialog(props: {
  mode: 'open' | 'create';
  onSubmit: (result: PathDialogResult) => void;
  onCancel: () => void;
  /** On the desktop, a native file dialog fills the path. */
  choosePath?: (suggestedName: string) => Promise<string | null>;
}) {
  const [path, setPath] = useState('');
  const [name, setName] = useState('');
  const [districtName, setDistrictName] = useState('');
  const creating = props.mode === 'create';
  const ready = path.trim().length > 0 && (!creating || (name.trim() && districtName.trim()));
  return (
    <Modal isOpen isDismissable onOpenChange={(open) => !open && props.onCancel()} className="modal">
      <Dialog className="dialog">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (ready) props.onSubmit({ path: path.trim(), name: name.trim(), districtName: districtName.trim() });
          }}
        >
          <Heading slot="title">{creating ? 'New review' : 'Open a review'}</Heading>
          {creating && (
            <>
              <TextField className="field" value={name} onChange={setName} autoFocus>
                <Label>Review name</Label>
                <Input placeholder="2025 equity review" />
              </TextField>
              <TextField className="field" value={districtName} onChange={setDistrictName}>
                <Label>District</Label>
                <Input placeholder="Riverside Unified" />
              </TextField>
            </>
          )}
          <div className="path-row">
            <TextField className="field" value={path} onChange={setPath} autoFocus={!creating}>
              <Label>Project file on this computer</Label>
              <Input placeholder="/home/you/reviews/riverside-2025.duckdb" />
            </TextField>
            {props.choosePath && (
              <Button className="button" onPress={async () => setPath((await props.choosePath!(suggestedFileName(name))) ?? path)}>
                Choose…
              </Button>
            )}
          </div>
          <p className="hint">A review project is one .duckdb file. Copying the file copies the review.</p>
          <div className="dialog-actions">
            <Button className="button" onPress={props.onCancel}>Cancel</Button>
            <Button className="button primary" type="submit" isDisabled={!ready}>
              {creating ? 'Create review' : 'Open review'}
            </Button>
          </div>
        </form>
      </Dialog>
    </Modal>
  );
}

function suggestedFileName(name: string): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${slug || 'equity-review'}.duckdb`;
}
