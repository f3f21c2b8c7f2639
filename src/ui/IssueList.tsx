import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatPath, type ValidationIssue } from '../domain/validation/issues';

/** A validation issue in plain words, in the interface language. */
export function describeIssue(t: TFunction, issue: ValidationIssue): string {
  const params = { ...issue.params };
  // Scores and counts in the reader's number format ("0,33" in Swedish).
  const numbers = new Intl.NumberFormat(t('app.locale'), { maximumFractionDigits: 2 });
  for (const [key, value] of Object.entries(params))
    if (typeof value === 'number') params[key] = numbers.format(value);
  if (typeof params.expected === 'string' && issue.rule === 'wrong-type') {
    params.expected = t(`types.${params.expected}` as 'types.string', { defaultValue: params.expected });
  }
  // Rules only exchange files break have their messages in a lazy bundle (i18n/exchange-strings.ts).
  const fallback = t('validation.invalid');
  const exchange = t(`exchangeValidation.${issue.rule}` as 'validation.invalid', {
    ...params,
    defaultValue: fallback,
  });
  return t(`validation.${issue.rule}` as 'validation.invalid', { ...params, defaultValue: exchange });
}

interface Props {
  heading: string;
  lead?: string;
  issues: readonly ValidationIssue[];
}

/** What is wrong with a file, as an alert with a table: where in the file, and what. */
export function IssueList({ heading, lead, issues }: Props) {
  const { t } = useTranslation();
  // Several lists can be on one page (one per refused file): each needs its own heading id.
  const id = useId();
  return (
    <section className="issues" role="alert" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {lead && <p>{lead}</p>}
      <table>
        <caption>{t('questionnaire.errorsTitle', { count: issues.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('questionnaire.errorPlace')}</th>
            <th scope="col">{t('questionnaire.errorProblem')}</th>
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
