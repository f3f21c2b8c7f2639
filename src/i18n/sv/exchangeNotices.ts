/** Notices about files and backups shown in other views (settings, a round, a part). */
export const exchangeNotices = {
  shareTitle: 'Dela och exportera',
  shareLink: 'Dela ut delar, lägg in svar och exportera',
  sendBack: 'Skicka tillbaka svaren',
  notAssigned: 'Den här delen har inte delats ut till dig och kan inte besvaras här.',
  backupTitle: 'Säkerhetskopia',
  lastBackup: 'Senaste säkerhetskopian: {{date}}.',
  noBackup: 'Ingen säkerhetskopia har sparats i den här webbläsaren.',
  saveBackup: 'Spara säkerhetskopia',
  afterPublish:
    'Omgången är publicerad. Spara en säkerhetskopia nu, så att den inte går förlorad om webbläsarens data rensas.',
} as const;
