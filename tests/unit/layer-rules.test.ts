/**
 * The layer rules of eslint.config.js bite: each case lints a small file with the real config,
 * copied over a miniature src/ in a temporary folder (so a cycle can be made of real files
 * without touching the project's), and checks which rule, if any, ESLint reports.
 */
import { ESLint } from 'eslint';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '../..');

/** The miniature project: every layer of src/, two features and a cycle in domain/. */
const FILES: Record<string, string> = {
  'src/app/App.ts': 'export const app = 1;\n',
  'src/features/answer/AnswerPage.ts': 'export const answer = 1;\n',
  'src/features/plan/PlanPage.ts': 'export const plan = 1;\n',
  'src/ui/Page.ts': 'export const page = 1;\n',
  'src/state/preferences.ts': 'export const preferences = 1;\n',
  'src/storage/db.ts': 'export const db = 1;\n',
  'src/exchange/files.ts': 'export const files = 1;\n',
  'src/i18n/sv.ts': 'export const sv = 1;\n',
  'src/data/list.json': '[]\n',
  'src/domain/score.ts': 'export const score = 1;\n',
  'src/domain/cycle-a.ts': "import { b } from './cycle-b';\nexport const a = b + 1;\n",
  'src/domain/cycle-b.ts': "import { a } from './cycle-a';\nexport const b = () => a;\n",
};

let root: string;
let eslint: ESLint;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'layer-rules-'));
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  copyFileSync(join(REPO, 'eslint.config.js'), join(root, 'eslint.config.js'));
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
  eslint = new ESLint({ cwd: root, overrideConfigFile: join(root, 'eslint.config.js') });
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** The rules ESLint reports for `text` as the file at `path`, with their messages. */
async function lint(path: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: join(root, path) });
  return result!.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

// Loading typescript-eslint and resolving imports takes seconds on a busy two-core machine.
describe('layer rules', { timeout: 60_000 }, () => {
  it('let each layer import what is below it, and a feature its own folder', async () => {
    expect(
      await lint(
        'src/features/answer/Probe.ts',
        [
          "import { answer } from './AnswerPage';",
          "import { db } from '../../storage/db';",
          "import { page } from '../../ui/Page';",
          "import { score } from '../../domain/score';",
          "import { sv } from '../../i18n/sv';",
          'export const all = [answer, db, page, score, sv];',
          '',
        ].join('\n'),
      ),
    ).toEqual([]);
    expect(
      await lint('src/app/Probe.ts', "export const plan = () => import('../features/plan/PlanPage');\n"),
    ).toEqual([]);
    expect(
      await lint(
        'src/domain/Probe.ts',
        [
          "import { z } from 'zod/mini';",
          "import { max } from 'd3-array';",
          "import { arc } from 'd3-shape';",
          "import { score } from './score';",
          'export const all = [z, max, arc, score];',
          '',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('stop a feature importing another feature, however the path is spelled', async () => {
    for (const path of ['../plan/PlanPage', '../../features/plan/PlanPage', './../plan/PlanPage']) {
      expect(
        await lint(
          'src/features/answer/Probe.ts',
          `import { plan } from '${path}';\nexport const p = plan;\n`,
        ),
        path,
      ).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*must not import another feature/)]);
    }
    expect(
      await lint('src/features/answer/Probe.ts', "export const p = () => import('../plan/PlanPage');\n"),
    ).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*another feature/)]);
  });

  it('stop an import upwards or sideways between layers', async () => {
    const upwards = /^import-x\/no-restricted-paths: .*src\/\w+ (may import only|imports nothing else)/;
    expect(await lint('src/features/answer/Probe.ts', "export { app } from '../../app/App';\n")).toEqual([
      expect.stringMatching(upwards),
    ]);
    expect(await lint('src/ui/Probe.ts', "export { db } from '../storage/db';\n")).toEqual([
      expect.stringMatching(upwards),
    ]);
    expect(await lint('src/storage/Probe.ts', "export { sv } from '../i18n/sv';\n")).toEqual([
      expect.stringMatching(upwards),
    ]);
    expect(await lint('src/domain/Probe.ts', "export { files } from '../exchange/files';\n")).toEqual([
      expect.stringMatching(upwards),
    ]);
  });

  it('let domain/ import no package but zod and the d3 modules', async () => {
    for (const name of ['wouter', 'react-i18next', 'dexie-react-hooks', 'react', 'zustand']) {
      expect(await lint('src/domain/Probe.ts', `export * from '${name}';\n`), name).toEqual([
        expect.stringMatching(/^import-x\/no-restricted-paths: .*domain\/ is pure/),
      ]);
    }
    expect(
      await lint('src/domain/Probe.ts', "import type { Table } from 'dexie';\nexport type T = Table;\n"),
    ).toEqual([expect.stringMatching(/domain\/ is pure/)]);
  });

  it('find a cycle of imports', async () => {
    expect(await lint('src/domain/cycle-a.ts', FILES['src/domain/cycle-a.ts']!)).toEqual([
      expect.stringMatching(/^import-x\/no-cycle: /),
    ]);
  });

  it('keep Node built-ins and the whole of d3 out of src/', async () => {
    expect(await lint('src/ui/Probe.ts', "export { readFile } from 'node:fs';\n")).toEqual([
      expect.stringMatching(/^import-x\/no-nodejs-modules: /),
    ]);
    expect(await lint('src/ui/Probe.ts', "export { arc } from 'd3';\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*per module/),
    ]);
  });
});
