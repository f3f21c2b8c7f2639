/**
 * What importing files would do to the database, worked out before anything is written: the
 * preview the user confirms, and the rows to write. Pure: it takes the database's content and
 * returns a plan; storage/exchange.ts shows it, and on confirmation plans again inside one
 * transaction and writes only if the plan is still the one that was shown.
 *
 * Merging a response is a three-way merge. Each side's changes are told by its own clock, so a
 * wrong clock in one browser never loses an answer:
 * - same value, comment and evidence: the same answer, whoever gave it and whenever (so importing
 *   a file twice changes nothing);
 * - ours unchanged since the hand-out (H, the coordinator's clock), or none: ours is still what was
 *   handed out, so theirs is the change and is taken (`new` or `changed`);
 * - ours changed since H, theirs not changed since the respondent opened the assignment (R, their
 *   clock): theirs is the old answer, ours is kept;
 * - both changed: a `conflict`, resolved per indicator by the user.
 */
import { questionnaireKey } from '../questionnaire/fingerprint';
import type { Answer, PartResponse, ReferenceRound, Round } from '../round/model';
import type { ValidationIssue } from '../validation/issues';
import type { BackupData, ExchangeFile, FilePart } from './schema';

/** The whole database, as read by storage/exchange.ts (and as written in a backup). */
export type DbContent = BackupData;
type Tables = keyof DbContent;
type StoredQuestionnaire = DbContent['questionnaires'][number];

/** One file to import: its name and either its validated content or what is wrong with it. */
export type IncomingFile =
  { name: string; ok: true; exchange: ExchangeFile } | { name: string; ok: false; issues: ValidationIssue[] };

export type Resolution = 'mine' | 'theirs';

export interface RoundInfo {
  id: string;
  organisationCode: string;
  year: number;
  label: string;
}

/** One indicator a response would change. `key` identifies a conflict's resolution. */
export interface AnswerChange {
  key: string;
  sectionId: string;
  indicatorId: string;
  kind: 'new' | 'changed' | 'conflict';
  mine?: Answer;
  theirs: Answer;
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
      /** The municipality this browser will work for, if none was chosen yet. */
      setsOrganisation?: string;
    }
  | {
      kind: 'response';
      name: string;
      round: RoundInfo;
      changes: AnswerChange[];
      /** Answers in the file that are already here, or older than ours. */
      unchanged: number;
    }
  | { kind: 'round'; name: string; round: RoundInfo & { publishedAt: string }; outcome: Outcome }
  | {
      kind: 'backup';
      name: string;
      createdAt: string;
      tables: Record<Tables, Record<Outcome, number>>;
      rounds: (RoundInfo & { outcome: Outcome })[];
    };

export interface ImportPlan {
  previews: FilePreview[];
  /** Rows to put, per table; empty when nothing changes. */
  writes: DbContent;
  /** Keys of conflicts without a resolution; the import must not go ahead while any remain. */
  unresolved: string[];
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

const responseKey = (roundId: string, sectionId: string) => `${roundId}\u0000${sectionId}`;

const roundInfo = (round: RoundInfo): RoundInfo => ({
  id: round.id,
  organisationCode: round.organisationCode,
  year: round.year,
  label: round.label,
});

const refused = (name: string, issues: ValidationIssue[]): FilePreview => ({ kind: 'refused', name, issues });

/** Whether an answer says anything: a value, a comment or an evidence link. */
const hasContent = (answer: Answer | undefined) =>
  answer !== undefined && (answer.value !== undefined || !!answer.comment || !!answer.evidence);

/** Same value, comment and evidence (who gave it and when does not matter). */
export const sameAnswer = (a: Answer | undefined, b: Answer | undefined) =>
  (a?.value ?? '') === (b?.value ?? '') &&
  (a?.comment ?? '') === (b?.comment ?? '') &&
  (a?.evidence ?? '') === (b?.evidence ?? '');

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

const partResponse = (roundId: string, part: FilePart): PartResponse => ({
  roundId,
  sectionId: part.sectionId,
  ...(part.respondent ? { respondent: part.respondent } : {}),
  answers: part.answers,
  updatedAt: part.updatedAt,
});

function planAssignment(
  work: Working,
  name: string,
  file: Extract<ExchangeFile, { kind: 'assignment' }>['file'],
  now: string,
): FilePreview {
  const key = questionnaireKey(file.questionnaire);
  const existing = work.get('rounds', file.round.id) as Round | undefined;
  const sectionIds = file.parts.map((p) => p.sectionId);
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
  if (existing?.assignment) {
    const added = file.parts.filter((p) => !existing.assignment!.sectionIds.includes(p.sectionId));
    if (added.length === 0) return { kind: 'assignment', name, round, sectionIds, outcome: 'same' };
    work.put('rounds', {
      ...existing,
      updatedAt: now,
      assignment: {
        ...existing.assignment,
        sectionIds: [...existing.assignment.sectionIds, ...added.map((p) => p.sectionId)],
        handedOutAt: [existing.assignment.handedOutAt, file.createdAt].sort()[0]!,
      },
    });
    for (const part of added) {
      const local = work.get('responses', responseKey(file.round.id, part.sectionId)) as
        PartResponse | undefined;
      if (!local || Object.keys(local.answers).length === 0)
        work.put('responses', partResponse(file.round.id, part));
    }
    return { kind: 'assignment', name, round, sectionIds, outcome: 'extend' };
  }
  ensureSnapshot(work, file, name, now);
  work.put('rounds', {
    ...round,
    questionnaireKey: key,
    status: 'draft',
    createdAt: file.round.createdAt,
    updatedAt: now,
    history: [{ type: 'created', at: now }],
    assignment: { sectionIds, handedOutAt: file.createdAt, receivedAt: now },
  });
  for (const section of file.questionnaire.sections) {
    const part = file.parts.find((p) => p.sectionId === section.id);
    work.put(
      'responses',
      part
        ? partResponse(file.round.id, part)
        : { roundId: file.round.id, sectionId: section.id, answers: {}, updatedAt: now },
    );
  }
  const preview: FilePreview = { kind: 'assignment', name, round, sectionIds, outcome: 'create' };
  if (!work.get('settings', 'organisation')) {
    work.put('settings', { key: 'organisation', code: file.round.organisationCode });
    preview.setsOrganisation = file.round.organisationCode;
  }
  return preview;
}

function planResponse(
  work: Working,
  name: string,
  index: number,
  file: Extract<ExchangeFile, { kind: 'response' }>['file'],
  resolutions: Readonly<Record<string, Resolution>>,
  now: string,
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

  const handedOut = file.handedOutAt;
  const changes: AnswerChange[] = [];
  let unchanged = 0;
  for (const part of file.parts) {
    const local = work.get('responses', responseKey(round.id, part.sectionId)) as PartResponse | undefined;
    const doc: PartResponse = local
      ? { ...local, answers: { ...local.answers } }
      : { roundId: round.id, sectionId: part.sectionId, answers: {}, updatedAt: now };
    let touched = false;
    for (const [indicatorId, theirs] of Object.entries(part.answers)) {
      const mine = doc.answers[indicatorId];
      const oursChanged = hasContent(mine) && mine!.updatedAt > handedOut;
      const theirsChanged = theirs.updatedAt >= file.receivedAt;
      if (
        sameAnswer(mine, theirs) ||
        (!hasContent(theirs) && !hasContent(mine)) ||
        (oursChanged && !theirsChanged)
      ) {
        unchanged++;
        continue;
      }
      const kind = !hasContent(mine) ? 'new' : oursChanged ? 'conflict' : 'changed';
      const changeKey = `${index}|${round.id}|${part.sectionId}|${indicatorId}`;
      changes.push({
        key: changeKey,
        sectionId: part.sectionId,
        indicatorId,
        kind,
        ...(mine ? { mine } : {}),
        theirs,
      });
      if (kind === 'conflict' && resolutions[changeKey] !== 'theirs') continue;
      const by = theirs.answeredBy || part.respondent?.name;
      doc.answers[indicatorId] = { ...theirs, ...(by ? { answeredBy: by } : {}) };
      touched = true;
    }
    if (!doc.respondent && part.respondent?.name) {
      doc.respondent = part.respondent;
      touched = true;
    }
    if (touched) work.put('responses', { ...doc, updatedAt: now });
  }
  return { kind: 'response', name, round: roundInfo(file.round), changes, unchanged };
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
  name: string,
  file: Extract<ExchangeFile, { kind: 'backup' }>['file'],
): FilePreview {
  const tables = Object.fromEntries(
    TABLES.map((t) => [t, { add: 0, replace: 0, same: 0 } as Record<Outcome, number>]),
  ) as Record<Tables, Record<Outcome, number>>;
  const rounds: (RoundInfo & { outcome: Outcome })[] = [];
  for (const table of TABLES) {
    for (const row of file.data[table]) {
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
  rounds.sort((a, b) => b.year - a.year || a.label.localeCompare(b.label));
  return { kind: 'backup', name, createdAt: file.createdAt, tables, rounds };
}

/**
 * Plans importing `files` (in order) into a database holding `content`. Conflicts are applied
 * as resolved in `resolutions` (keep ours when unresolved, and list them as `unresolved`).
 * `now` stamps what the import creates; it does not enter the signature.
 */
export function planImport(
  files: readonly IncomingFile[],
  content: DbContent,
  resolutions: Readonly<Record<string, Resolution>>,
  now: string,
): ImportPlan {
  const work = new Working(content);
  const previews = files.map((incoming, index): FilePreview => {
    if (!incoming.ok) return refused(incoming.name, incoming.issues);
    const { exchange, name } = incoming;
    switch (exchange.kind) {
      case 'assignment':
        return planAssignment(work, name, exchange.file, now);
      case 'response':
        return planResponse(work, name, index, exchange.file, resolutions, now);
      case 'round':
        return planSharedRound(work, name, exchange.file, now);
      case 'backup':
        return planBackup(work, name, exchange.file);
    }
  });
  const writes = work.writes();
  const unresolved = previews.flatMap((p) =>
    p.kind === 'response'
      ? p.changes.filter((c) => c.kind === 'conflict' && !resolutions[c.key]).map((c) => c.key)
      : [],
  );
  return {
    previews,
    writes,
    unresolved,
    changes: TABLES.some((t) => writes[t].length > 0),
    signature: canonicalJson(previews),
  };
}
