/** Something changed in the database between an import's preview and its confirmation. */
export class StaleImport extends Error {
  constructor() {
    super('The data changed after the preview');
    this.name = 'StaleImport';
  }
}
