/**
 * What importing files would do to the database, worked out before anything is written: the
 * preview the user confirms, and the rows to write. Pure: it takes the database's content and
 * returns a plan; storage/exchange.ts shows it, and on confirmation plans again inside one
 * transaction and writes only if the plan is still the one that was shown.
 *
 * A round's working data (every person's ratings and the agreed answers) travels as its round
 * document. Merging documents needs Yjs, so the plan hands them to a `DocMerger` (doc-merge.ts;
 * storage/round-doc/merge.ts implements it): ratings never conflict (each is its author's), and
 * where two people chose the agreed answer differently, the choice made last stands on every
 * copy; the preview shows both. Merging is exact: any order, any number of times, the same result.
 */
import { questionnaireKey } from '../questionnaire/fingerprint';
import type { PartResponse, ReferenceRound, Round } from '../round/model';
import type { ValidationIssue } from '../validation/issues';
import type { DocMerger, DocPreview } from './doc-merge';
import type { BackupData, ExchangeFile } from './schema';

/** The database's rows, as read by storage/exchange.ts; round documents are the merger's. */
export type DbContent = Omit<BackupData, 'roundDocs'>;
type Tables = keyof DbContent;
type StoredQuestionnaire = DbContent['questionnaires'][number];

/** One file to import: its name and either its validated content or what is wrong with it. */
export type IncomingFile =
  { name: string; ok: true; exchange: ExchangeFile } | { name: string; ok: false; issues: ValidationIssue[] };

export interface RoundInfo {
  id: string;
  organisationCode: string;
  year: number;
  label: string;
}

export type Outcome = 'add' | 'replace' | 'same';

export type FilePreview =
  | { kind: 'refused'; name: string; issues: ValidationIssue[] }
  | {
      kind: 'assignment';
      name: string;
      round: RoundInfo;
      sectionIds: string[];
      outcome: 'create' | 'extend' | 'same';
      /** Whom the parts were handed out to. */
      recipient?: string;
      /** The municipality this browser will work for, if none was chosen yet. */
      setsOrganisation?: string;
    }
  | {
      kind: 'response';
      name: string;
      round: RoundInfo;
      doc: DocPreview;
    }
  | { kind: 'round'; name: string; round: RoundInfo & { publishedAt: string }; outcome: Outcome }
  | {
      kind: 'backup';
      name: string;
      createdAt: string;
      tables: Record<Tables | 'roundDocs', Record<Outcome, number>>;
      rounds: (RoundInfo & { outcome: Outcome })[];
    };

export interface ImportPlan {
  previews: FilePreview[];
  /** Rows to put, per table; empty when nothing changes. (Round documents: the merger's updates.) */
  writes: DbContent;
  /** Whether anything at all would be written. */
  changes: boolean;
  /** The previews as text: the same file on the same data gives the same signature. */
  signature: string;
}

const TABLES: Tables[] = ['questionnaires', 'rounds', 'responses', 'settings', 'actions', 'referenceRounds'];

const rowKey: { [T in Tables]: (row: DbContent[T][number]) => string } = {
  questionnaires: (row) => (row as StoredQuestionnaire).key,
  rounds: (row) => (row as Round).id,
  responses: (row) => `${(row as PartResponse).roundId}\u0000${(row as PartResponse).sectionId}`,
  settings: (row) => (row as DbContent['settings'][number]).key,
  actions: (row) => (row as DbContent['actions'][number]).id,
  referenceRounds: (row) => (row as ReferenceRound).id,
};

/** JSON with object keys sorted, so equal content compares equal whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The database as maps that a plan changes as it goes, remembering what it touched. */
class Working {
  private readonly maps: { [T in Tables]: Map<string, DbContent[T][number]> };
  private readonly touched: { [T in Tables]: Set<string> };

  constructor(content: DbContent) {
    const map = <T extends Tables>(table: T) =>
      new Map(content[table].map((row) => [rowKey[table](row as never), row] as const));
    this.maps = {
      questionnaires: map('questionnaires'),
      rounds: map('rounds'),
      responses: map('responses'),
      settings: map('settings'),
      actions: map('actions'),
      referenceRounds: map('referenceRounds'),
    } as Working['maps'];
    this.touched = Object.fromEntries(TABLES.map((t) => [t, new Set<string>()])) as Working['touched'];
  }

  get<T extends Tables>(table: T, key: string): DbContent[T][number] | undefined {
    return this.maps[table].get(key);
  }

  values<T extends Tables>(table: T): DbContent[T][number][] {
    return [...this.maps[table].values()];
  }

  put<T extends Tables>(table: T, row: DbContent[T][number]): void {
    const key = rowKey[table](row as never);
    this.maps[table].set(key, row);
    this.touched[table].add(key);
  }

  writes(): DbContent {
    return Object.fromEntries(
      TABLES.map((table) => [table, [...this.touched[table]].map((key) => this.maps[table].get(key))]),
    ) as DbContent;
  }
}

const roundInfo = (round: RoundInfo): RoundInfo => ({
  id: round.id,
  organisationCode: round.organisationCode,
  year: round.year,
  label: round.label,
});

const refused = (name: string, issues: ValidationIssue[]): FilePreview => ({ kind: 'refused', name, issues });

function ensureSnapshot(
  work: Working,
  exchange: { questionnaire: StoredQuestionnaire['questionnaire'] },
  name: string,
  now: string,
) {
  const key = questionnaireKey(exchange.questionnaire);
  if (!work.get('questionnaires', key)) {
    work.put('questionnaires', {
      key,
      id: exchange.questionnaire.id,
      version: exchange.questionnaire.version,
      source: 'received',
      fileName: name,
      storedAt: now,
      questionnaire: exchange.questionnaire,
    });
  }
  return key;
}

function planAssignment(
  work: Working,
  docs: DocMerger,
  name: string,
  file: Extract<ExchangeFile, { kind: 'assignment' }>['file'],
  now: string,
): FilePreview {
  const key = questionnaireKey(file.questionnaire);
  const existing = work.get('rounds', file.round.id) as Round | undefined;
  const { sectionIds } = file;
  if (existing && !existing.assignment)
    return refused(name, [{ path: ['round', 'id'], rule: 'round-exists', params: { id: file.round.id } }]);
  if (existing && existing.questionnaireKey !== key)
    return refused(name, [
      {
        path: ['questionnaire'],
        rule: 'questionnaire-mismatch',
        params: { theirs: key, mine: existing.questionnaireKey },
      },
    ]);
  const round = roundInfo(file.round);
  // The coordinator's document holds the whole round as it stood: every part may change.
  const merged = docs.merge(file.round.id, file.questionnaire, docContent(file), 'all');
  if (!merged.ok) return refused(name, merged.issues);
  const recipient = file.recipient ? { recipient: file.recipient.name } : {};
  if (existing?.assignment) {
    const added = sectionIds.filter((id) => !existing.assignment!.sectionIds.includes(id));
    if (added.length === 0 && !merged.preview.changes)
      return { kind: 'assignment', name, round, sectionIds, outcome: 'same', ...recipient };
    if (added.length > 0)
      work.put('rounds', {
        ...existing,
        updatedAt: now,
        assignment: {
          ...existing.assignment,
          sectionIds: [...existing.assignment.sectionIds, ...added],
          handedOutAt: [existing.assignment.handedOutAt, file.createdAt].sort()[0]!,
        },
      });
    return { kind: 'assignment', name, round, sectionIds, outcome: 'extend', ...recipient };
  }
  ensureSnapshot(work, file, name, now);
  work.put('rounds', {
    ...round,
    questionnaireKey: key,
    status: 'draft',
    createdAt: file.round.createdAt,
    updatedAt: now,
    history: [{ type: 'created', at: now }],
    assignment: {
      sectionIds,
      handedOutAt: file.createdAt,
      receivedAt: now,
      ...(file.recipient ? { personId: file.recipient.personId } : {}),
    },
  });
  // Every part gets its row; the agreed answers are written from the document on confirming.
  for (const section of file.questionnaire.sections)
    work.put('responses', { roundId: file.round.id, sectionId: section.id, answers: {}, updatedAt: now });
  const preview: FilePreview = {
    kind: 'assignment',
    name,
    round,
    sectionIds,
    outcome: 'create',
    ...recipient,
  };
  if (!work.get('settings', 'organisation')) {
    work.put('settings', { key: 'organisation', code: file.round.organisationCode });
    preview.setsOrganisation = file.round.organisationCode;
  }
  return preview;
}

/** A file's round document, or the parts an older app wrote. */
const docContent = (file: { document?: string; parts?: readonly FilePartRow[] }) =>
  file.document !== undefined ? { document: file.document } : { parts: file.parts ?? [] };
type FilePartRow = NonNullable<Extract<ExchangeFile, { kind: 'response' }>['file']['parts']>[number];

function planResponse(
  work: Working,
  docs: DocMerger,
  name: string,
  file: Extract<ExchangeFile, { kind: 'response' }>['file'],
): FilePreview {
  const round = work.get('rounds', file.round.id) as Round | undefined;
  if (!round)
    return refused(name, [{ path: ['round', 'id'], rule: 'unknown-round', params: { id: file.round.id } }]);
  const key = questionnaireKey(file.questionnaire);
  if (round.questionnaireKey !== key)
    return refused(name, [
      {
        path: ['questionnaire'],
        rule: 'questionnaire-mismatch',
        params: { theirs: key, mine: round.questionnaireKey },
      },
    ]);
  if (round.status === 'published')
    return refused(name, [{ path: ['round', 'id'], rule: 'round-published', params: { id: round.id } }]);
  // A respondent's copy may change only the parts handed out to it.
  const merged = docs.merge(round.id, file.questionnaire, docContent(file), file.sectionIds, file.createdAt);
  if (!merged.ok) return refused(name, merged.issues);
  return { kind: 'response', name, round: roundInfo(file.round), doc: merged.preview };
}

function planSharedRound(
  work: Working,
  name: string,
  file: Extract<ExchangeFile, { kind: 'round' }>['file'],
  now: string,
): FilePreview {
  if (work.get('rounds', file.round.id))
    return refused(name, [{ path: ['round', 'id'], rule: 'own-round', params: { id: file.round.id } }]);
  const round = { ...roundInfo(file.round), publishedAt: file.round.publishedAt };
  const key = questionnaireKey(file.questionnaire);
  const existing = work.get('referenceRounds', file.round.id) as ReferenceRound | undefined;
  const row: ReferenceRound = {
    ...round,
    questionnaireKey: key,
    answers: file.answers,
    importedAt: now,
    fileName: name,
  };
  const content = (r: ReferenceRound) => canonicalJson({ ...r, importedAt: '', fileName: '' });
  if (existing && content(existing) === content(row)) return { kind: 'round', name, round, outcome: 'same' };
  ensureSnapshot(work, file, name, now);
  work.put('referenceRounds', row);
  return { kind: 'round', name, round, outcome: existing ? 'replace' : 'add' };
}

function planBackup(
  work: Working,
  docs: DocMerger,
  name: string,
  file: Extract<ExchangeFile, { kind: 'backup' }>['file'],
): FilePreview | undefined {
  const tables = Object.fromEntries(
    [...TABLES, 'roundDocs'].map((t) => [t, { add: 0, replace: 0, same: 0 } as Record<Outcome, number>]),
  ) as Record<Tables | 'roundDocs', Record<Outcome, number>>;
  const rounds: (RoundInfo & { outcome: Outcome })[] = [];
  // A round that is a draft here and in the backup keeps its answers in its document: the
  // backup's rows of them are only what its own document said then (or, from /1, are merged into
  // the document below), so they must not overwrite what the merged document says now.
  const inDocument = new Set(
    file.data.rounds
      .filter(
        (round) =>
          round.status === 'draft' &&
          (work.get('rounds', round.id) as Round | undefined)?.status === 'draft' &&
          docs.has(round.id),
      )
      .map((round) => round.id),
  );
  for (const table of TABLES) {
    for (const row of file.data[table]) {
      if (table === 'responses' && inDocument.has((row as PartResponse).roundId)) {
        tables.responses.same++;
        continue;
      }
      const existing = work.get(table, rowKey[table](row as never));
      // A snapshot's key names its content: one that is there already is the same.
      const outcome: Outcome = !existing
        ? 'add'
        : table === 'questionnaires' || canonicalJson(existing) === canonicalJson(row)
          ? 'same'
          : 'replace';
      tables[table][outcome]++;
      if (table === 'rounds') rounds.push({ ...roundInfo(row as Round), outcome });
      if (outcome !== 'same') work.put(table, row as never);
    }
  }
  // Round documents merge with the ones here (nothing in either is lost). A backup from before
  // round documents carries a draft round's answers in `responses`; where that round has a
  // document here, they are written into it as the answers of the people named.
  const questionnaireOf = (roundId: string) => {
    const round = work.get('rounds', roundId) as Round | undefined;
    return round && (work.get('questionnaires', round.questionnaireKey) as StoredQuestionnaire | undefined);
  };
  const withDocument = new Set(file.data.roundDocs.map((roundDoc) => roundDoc.roundId));
  const merges: [string, Parameters<DocMerger['merge']>[2]][] = [
    ...file.data.roundDocs.map((roundDoc): [string, { document: string }] => [
      roundDoc.roundId,
      { document: roundDoc.document },
    ]),
    ...file.data.rounds
      .filter((round) => round.status === 'draft' && !withDocument.has(round.id) && docs.has(round.id))
      .map((round): [string, { parts: FilePartRow[] }] => [
        round.id,
        { parts: file.data.responses.filter((response) => response.roundId === round.id) },
      ]),
  ];
  for (const [roundId, content] of merges) {
    const stored = questionnaireOf(roundId);
    if (!stored) continue;
    const had = docs.has(roundId);
    const merged = docs.merge(roundId, stored.questionnaire, content, 'all');
    if (!merged.ok)
      return refused(
        name,
        merged.issues.map((i) => ({ ...i, path: ['data', 'roundDocs', roundId, ...i.path] })),
      );
    tables.roundDocs[!merged.preview.changes ? 'same' : had ? 'replace' : 'add']++;
  }
  rounds.sort((a, b) => b.year - a.year || a.label.localeCompare(b.label));
  return { kind: 'backup', name, createdAt: file.createdAt, tables, rounds };
}

/**
 * Plans importing `files` (in order) into a database holding `content`, with the round
 * documents merged by `docs`. `now` stamps what the import creates; it does not enter the
 * signature.
 */
export function planImport(
  files: readonly IncomingFile[],
  content: DbContent,
  docs: DocMerger,
  now: string,
): ImportPlan {
  const work = new Working(content);
  const previews = files.map((incoming): FilePreview => {
    if (!incoming.ok) return refused(incoming.name, incoming.issues);
    const { exchange, name } = incoming;
    switch (exchange.kind) {
      case 'assignment':
        return planAssignment(work, docs, name, exchange.file, now);
      case 'response':
        return planResponse(work, docs, name, exchange.file);
      case 'round':
        return planSharedRound(work, name, exchange.file, now);
      case 'backup':
        return planBackup(work, docs, name, exchange.file)!;
    }
  });
  const writes = work.writes();
  return {
    previews,
    writes,
    changes: TABLES.some((t) => writes[t].length > 0) || docs.changed(),
    signature: canonicalJson(previews),
  };
}
