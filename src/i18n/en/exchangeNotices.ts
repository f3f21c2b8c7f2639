import type { Messages } from '../sv';
export const exchangeNotices: Messages['exchangeNotices'] = {
  shareTitle: 'Share and export',
  shareLink: 'Hand out parts, add answers and export',
  sendBack: 'Send the answers back',
  notAssigned: 'This part was not handed out to you and cannot be answered here.',
  backupTitle: 'Backup',
  lastBackup: 'Last backup: {{date}}.',
  noBackup: 'No backup has been saved in this browser.',
  saveBackup: 'Save backup',
  afterPublish:
    'The round is published. Save a backup now, so that it is not lost if the browser’s data is cleared.',
};
