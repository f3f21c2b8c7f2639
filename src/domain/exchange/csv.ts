/** Round CSV: one row per indicator (the generic rules are in ../csv.ts). */
import type { Localized, Questionnaire } from '../questionnaire/schema';
import type { PartResponse, Round } from '../round/model';
import { toCsv, type Cell } from '../csv';
import { localDate } from '../time';

/** Column headings of a round's CSV, in the interface language. */
export interface RoundCsvHeadings {
  municipality: string;
  year: string;
  round: string;
  part: string;
  kind: string;
  indicatorId: string;
  indicator: string;
  answer: string;
  score: string;
  comment: string;
  evidence: string;
  answeredBy: string;
  updated: string;
}

/** One row per indicator of a round: where it is, the answer and its score, comment, who and when. */
export function roundCsv(
  round: Round,
  questionnaire: Questionnaire,
  responses: readonly PartResponse[],
  headings: RoundCsvHeadings,
  localize: (text: Localized) => string,
  kindName: (kind: Questionnaire['sections'][number]['kind']) => string,
): string {
  const options = new Map(questionnaire.scale.options.map((o) => [o.value, o]));
  const notApplicable = questionnaire.scale.notApplicable;
  const rows: Cell[][] = [
    [
      headings.municipality,
      headings.year,
      headings.round,
      headings.part,
      headings.kind,
      headings.indicatorId,
      headings.indicator,
      headings.answer,
      headings.score,
      headings.comment,
      headings.evidence,
      headings.answeredBy,
      headings.updated,
    ],
  ];
  for (const section of questionnaire.sections) {
    const response = responses.find((r) => r.sectionId === section.id);
    for (const indicator of section.indicators) {
      const answer = response?.answers[indicator.id];
      const option = answer?.value ? options.get(answer.value) : undefined;
      const label = option
        ? localize(option.label)
        : notApplicable && answer?.value === notApplicable.value
          ? localize(notApplicable.label)
          : undefined;
      rows.push([
        round.organisationCode,
        round.year,
        round.label,
        localize(section.title),
        kindName(section.kind),
        indicator.id,
        localize(indicator.text),
        label,
        option?.score,
        answer?.comment,
        answer?.evidence,
        answer?.answeredBy,
        answer?.value !== undefined || answer?.comment || answer?.evidence
          ? localDate(answer.updatedAt)
          : undefined,
      ]);
    }
  }
  return toCsv(rows);
}
