import { useLayoutEffect, type ReactNode } from 'react';
import type { ParseKeys } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Page } from '../../ui/Page';
import { HELP_SECTIONS, helpPath, paths, type HelpSection } from '../../ui/paths';

/**
 * "Arbeta med eBlomlådan": the yearly process step by step, the roles and the scoring rule. Each
 * section has an address of its own (`#/hjalp/<section>`), which the views' help links use;
 * opening one scrolls to it and moves focus to its heading. The prose is in the `help`
 * namespace, one object per section (its `title` and paragraphs).
 */
export default function HelpPage({ section }: { section?: string }) {
  const { t, i18n } = useTranslation('help');
  const target = HELP_SECTIONS.find((s) => s === section);

  // In the commit that shows the section, so focus never trails the content.
  useLayoutEffect(() => {
    if (!target) return;
    const heading = document.getElementById(`help-${target}`);
    heading?.scrollIntoView?.({ block: 'start' });
    heading?.focus();
  }, [target, i18n.language]);

  return (
    <Page title={t('title')} className="prose help">
      <p className="lead">{t('lead')}</p>
      <nav aria-label={t('contents')}>
        <ul>
          {HELP_SECTIONS.map((id) => (
            <li key={id}>
              <Link href={helpPath(id)}>{t(`${id}.title`)}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <P k="newHere" />
      <Section id="process">
        <ol>
          {t('process.steps', { returnObjects: true }).map((step, i) => (
            <li key={i}>{step}</li>
          ))}
        </ol>
      </Section>
      <Section id="start">
        <P k="start.text" />
      </Section>
      <Section id="answer">
        <P k="answer.text" />
      </Section>
      <Section id="handOut">
        <P k="handOut.text" />
      </Section>
      <Section id="merge">
        <P k="merge.text" />
      </Section>
      <Section id="publish">
        <P k="publish.text" />
      </Section>
      <Section id="compare">
        <P k="compare.views" />
        <P k="compare.change" />
      </Section>
      <Section id="peers">
        <P k="peers.rounds" />
        <P k="peers.datasets" />
      </Section>
      <Section id="plan">
        <P k="plan.text" />
      </Section>
      <Section id="report">
        <P k="report.text" />
      </Section>
      <Section id="live">
        <P k="live.setup" />
        <P k="live.invite" />
        <P k="live.sharing" />
      </Section>
      <Section id="roles">
        <ul>
          <li>
            <Prose k="roles.managers" />
          </li>
          <li>
            <Prose k="roles.it" />
          </li>
          <li>
            <Prose k="roles.management" />
          </li>
        </ul>
      </Section>
      <Section id="scoring">
        <ul>
          {t('scoring.rules', { returnObjects: true }).map((rule, i) => (
            <li key={i}>{rule}</li>
          ))}
        </ul>
      </Section>
      <Section id="storage">
        <P k="storage.text" />
      </Section>
      <Section id="questionnaires">
        <P k="questionnaires.text" />
      </Section>
    </Page>
  );
}

function Section({ id, children }: { id: HelpSection; children: ReactNode }) {
  const { t } = useTranslation('help');
  return (
    <section aria-labelledby={`help-${id}`}>
      <h2 id={`help-${id}`} tabIndex={-1}>
        {t(`${id}.title`)}
      </h2>
      {children}
    </section>
  );
}

/**
 * The markup the help's strings may use: emphasis, and links named after where they go
 * (`<openFile>Öppna fil</openFile>`). Not `link`: the parser behind Trans takes that for the
 * empty HTML element and drops the link's text.
 */
const MARKUP = {
  em: <em />,
  strong: <strong />,
  guide: <Link href={paths.guide} />,
  rounds: <Link href={paths.rounds} />,
  openFile: <Link href={paths.openFile} />,
  live: <Link href={helpPath('live')} />,
  compare: <Link href={paths.compare} />,
  settings: <Link href={paths.settings} />,
  backup: <Link href={paths.backup} />,
  questionnaires: <Link href={paths.questionnaires} />,
};

type HelpKey = ParseKeys<'help'>;

/** One string of the help with its markup. */
function Prose({ k }: { k: HelpKey }) {
  const { t } = useTranslation('help');
  return <Trans t={t} i18nKey={k} components={MARKUP} />;
}

/** One paragraph of the help. */
function P({ k }: { k: HelpKey }) {
  return (
    <p>
      <Prose k={k} />
    </p>
  );
}
