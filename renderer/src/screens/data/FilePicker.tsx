// Choosing files to import: a native dialog on the desktop, a file input in the browser, and drag and drop
// on both. Dropped or picked browser files are uploaded to the local web host first (they stay on this computer).
import { Button, DropZone, FileTrigger, Text, type FileDropItem } from 'react-aria-components';
import { useAppContext } from '../../app/app-context';

export interface PickedFile {
  name: string;
  /** On the desktop, the file's path; in the browser, the File to upload. */
  path?: string;
  file?: File;
}

const ACCEPT = ['.csv', '.tsv', '.txt', '.psv', '.xlsx', '.xlsm', '.parquet', '.json', '.ndjson', '.jsonl'];

export function FilePicker(props: { onPick: (files: PickedFile[]) => void; isDisabled?: boolean }) {
  const { client } = useAppContext();
  const choose = client.host.chooseImportFiles;
  return (
    <DropZone
      className="drop-zone"
      isDisabled={props.isDisabled}
      getDropOperation={() => 'copy'}
      onDrop={async (event) => {
        const files = await Promise.all(event.items.filter((item): item is FileDropItem => item.kind === 'file').map((item) => item.getFile()));
        if (files.length > 0) props.onPick(files.map((file) => ({ name: file.name, file })));
      }}
    >
      <div className="drop-zone-inner">
        <Text slot="label" className="drop-zone-title">
          Drop district exports here
        </Text>
        <p className="hint">CSV, TSV, pipe or semicolon text, Excel (.xlsx), Parquet, JSON. Several at once is fine.</p>
        {choose ? (
          <Button
            className="button primary"
            isDisabled={props.isDisabled}
            onPress={async () => {
              const paths = await choose();
              if (paths) props.onPick(paths.map((path) => ({ name: path.split(/[\\/]/).pop() ?? path, path })));
            }}
          >
            Choose files…
          </Button>
        ) : (
          <FileTrigger allowsMultiple acceptedFileTypes={ACCEPT} onSelect={(list) => list && props.onPick([...list].map((file) => ({ name: file.name, file })))}>
            <Button className="button primary" isDisabled={props.isDisabled}>
              Choose files…
            </Button>
          </FileTrigger>
        )}
      </div>
    </DropZone>
  );
}
