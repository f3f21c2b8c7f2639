/**
 * The crash view's backup, loaded only when the user asks for it: the backup builder and the
 * download stay off the start page's bytes, and still work when the crashed view's own chunk
 * does not.
 */
import { version } from '../../package.json';
import { downloadJson } from '../features/exchange/download-json';
import { exportBackup } from '../storage/exchange';
import { backupFileName } from '../ui/download';

/** Writes a backup of everything in this browser and downloads it; returns the file's name. */
export async function saveBackupAfterCrash(): Promise<string> {
  const file = await exportBackup(version);
  const name = backupFileName(file.createdAt);
  downloadJson(file, name);
  return name;
}
