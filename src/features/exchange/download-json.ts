import { downloadFile } from '../../ui/download';

/** Downloads `value` as pretty-printed JSON. */
export function downloadJson(value: unknown, fileName: string) {
  downloadFile(new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' }), fileName);
}
