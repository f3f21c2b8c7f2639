import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import i18next, { type TFunction, type TOptions } from 'i18next';
import type { ISSUE_RULES } from '../domain/validation/issues';
import { EXCHANGE_ISSUE_RULES, formatPath, type ValidationIssue } from '../domain/validation/issues';
import { countOptions, formatNumber } from './format';

/** A validation issue in plain words, in the interface language. */
export function describeIssue(t: TFunction<'validation'>, issue: ValidationIssue): string {
  const language = i18next.language;
  const params = { ...issue.params };
  // Scores and counts in the reader's number format ("0,33" and "2 900" in Swedish); a year or an
  // index that must not be grouped comes as a string.
  for (const [key, value] of Object.entries(params))
    if (typeof value === 'number') params[key] = formatNumber(value, language, { maximumFractionDigits: 2 });
  if (typeof params.expected === 'string' && issue.rule === 'wrong-type') {
    params.expected = t(`types.${params.expected}` as 'types.string', { defaultValue: params.expected });
  }
  // A count also chooses the plural form ("1 blomma", "6 blommor").
  const { count } = issue.params;
  const options: TOptions = typeof count === 'number' ? countOptions(count, language, params) : params;
  // Rules only exchange files break have their messages under `exchange` (locales/*/validation.json).
  const rule = issue.rule;
  if ((EXCHANGE_ISSUE_RULES as readonly string[]).includes(rule))
    return t(`exchange.${rule as (typeof EXCHANGE_ISSUE_RULES)[number]}`, options);
  return t(rule as (typeof ISSUE_RULES)[number], options);
}

/** describeIssue in the interface language, for a view whose own strings are elsewhere. */
export function useDescribeIssue(): (issue: ValidationIssue) => string {
  const { t } = useTranslation('validation');
  return (issue) => describeIssue(t, issue);
}

interface Props {
  heading: string;
  lead?: string;
  issues: readonly ValidationIssue[];
}

/** What is wrong with a file, as an alert with a table: where in the file, and what. */
export function IssueList({ heading, lead, issues }: Props) {
  const { t, i18n } = useTranslation('validation');
  // Several lists can be on one page (one per refused file): each needs its own heading id.
  const id = useId();
  return (
    <section className="issues" role="alert" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {lead && <p>{lead}</p>}
      <table>
        <caption>{t('list.title', countOptions(issues.length, i18n.language))}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.place')}</th>
            <th scope="col">{t('list.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, i) => (
            <tr key={i}>
              <td>
                <code>{formatPath(issue.path)}</code>
              </td>
              <td>{describeIssue(t, issue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
