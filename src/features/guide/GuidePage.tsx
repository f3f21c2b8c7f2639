import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { scoreRound } from '../../domain/score/scoring';
import { dismissGuide } from '../../storage/settings';
import { useOrganisationCode } from '../../storage/live';
import { StorageBoundary } from '../../storage/StorageBoundary';
import { FlowerBox } from '../../ui/flowerbox/FlowerBox';
import { HelpLink } from '../../ui/HelpLink';
import { Page } from '../../ui/Page';
import { paths } from '../../ui/paths';
import { StorageProblemNotice } from '../../ui/StorageProblem';
import { SAMPLE, SAMPLE_ANSWERS } from './sample';
import './guide.css';

const STEPS = ['box', 'scale', 'roles', 'storage', 'start'] as const;
type Step = (typeof STEPS)[number];

/**
 * The first-run guide: five short steps (the box, the scale, the roles, where the data is kept,
 * choosing the municipality). Finishing or skipping it is remembered in the `guide` setting, so
 * the start page stops offering it; it stays reachable from the start page and the help.
 */
export default function GuidePage() {
  const { t } = useTranslation(['guide', 'start']);
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const [, navigate] = useLocation();
  const id = useId();
  const step = STEPS[index]!;

  // After a move between steps, keyboard and screen-reader users land on the new step's heading.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [index]);

  function go(to: number) {
    moved.current = true;
    setIndex(Math.max(0, Math.min(STEPS.length - 1, to)));
  }

  async function skip() {
    await dismissGuide().catch(() => undefined);
    navigate(paths.start);
  }

  return (
    <Page title={t('title')}>
      <p className="lead">{t('lead')}</p>
      <nav aria-label={t('stepsLabel')}>
        <ol className="guide-steps">
          {STEPS.map((name, i) => (
            <li key={name}>
              <button
                type="button"
                className="guide-steps__button"
                aria-current={i === index ? 'step' : undefined}
                onClick={() => go(i)}
              >
                {t(`${name}.title`)}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <section aria-labelledby={`${id}-title`} className="guide-step">
        <p className="guide-step__count">{t('stepOf', { step: index + 1, count: STEPS.length })}</p>
        <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
          {t(`${step}.title`)}
        </h2>
        <StepContent step={step} />
      </section>
      <p className="guide-actions">
        {index > 0 && (
          <button type="button" onClick={() => go(index - 1)}>
            {t('previous')}
          </button>
        )}{' '}
        {index < STEPS.length - 1 && (
          <button type="button" onClick={() => go(index + 1)}>
            {t('next')}
          </button>
        )}
      </p>
      <p>
        <button type="button" onClick={() => void skip()} aria-describedby={`${id}-skip`}>
          {t('skip')}
        </button>{' '}
        <span className="hint" id={`${id}-skip`}>
          {t('skipHint')}
        </span>
      </p>
      <HelpLink section="process" />
    </Page>
  );
}

function StepContent({ step }: { step: Step }) {
  const { t } = useTranslation(['guide', 'start']);
  switch (step) {
    case 'box':
      return (
        <>
          <p>{t('box.lead')}</p>
          <figure className="guide-sample">
            <FlowerBox
              questionnaire={SAMPLE}
              parts={scoreRound(SAMPLE, SAMPLE_ANSWERS)}
              roundId="guide-sample"
              title={t('box.sampleTitle')}
              interactive={false}
            />
            <figcaption>{t('box.sampleCaption')}</figcaption>
          </figure>
          <ul className="metaphor">
            <li className="metaphor__flowers">{t('box.flowers')}</li>
            <li className="metaphor__grass">{t('box.grass')}</li>
            <li className="metaphor__soil">{t('box.soil')}</li>
          </ul>
        </>
      );
    case 'scale':
      return (
        <>
          <p>{t('scale.lead')}</p>
          <ul>
            <li>{t('scale.full')}</li>
            <li>{t('scale.partly')}</li>
            <li>{t('scale.none')}</li>
            <li>{t('scale.notApplicable')}</li>
          </ul>
          <p>{t('scale.rule')}</p>
        </>
      );
    case 'roles':
      return (
        <>
          <ul>
            <li>{t('roles.managers')}</li>
            <li>{t('roles.it')}</li>
            <li>{t('roles.management')}</li>
          </ul>
          <p>{t('roles.together')}</p>
        </>
      );
    case 'storage':
      return (
        <>
          <p>{t('storage.local')}</p>
          <p>{t('storage.risk')}</p>
          <p>
            <strong>{t('storage.backup')}</strong>
          </p>
          <p>{t('storage.settings')}</p>
        </>
      );
    case 'start':
      return (
        <StorageBoundary fallback={(problem) => <StorageProblemNotice problem={problem} />}>
          <ChooseStep />
        </StorageBoundary>
      );
  }
}

/** The last step: choosing the municipality ends the guide (the choice itself is its own view). */
function ChooseStep() {
  const { t } = useTranslation(['guide', 'start']);
  const code = useOrganisationCode();
  const finish = () => void dismissGuide().catch(() => undefined);
  if (code === undefined) return <p role="status">{t('app.loading')}</p>;
  return (
    <>
      <p>{t('start.lead')}</p>
      {code ? (
        <>
          <p>{t('start.chosen', { code })}</p>
          <p>
            <Link href={paths.rounds} className="button-link" onClick={finish}>
              {t('start.toRounds')}
            </Link>{' '}
            <Link href={paths.chooseOrganisation} onClick={finish}>
              {t('start.change')}
            </Link>
          </p>
        </>
      ) : (
        <p>
          <Link href={paths.chooseOrganisation} className="button-link" onClick={finish}>
            {t('start.choose')}
          </Link>
        </p>
      )}
      <p>
        {t('start.example')} <Link href={paths.example}>{t('start:example')}</Link>
      </p>
    </>
  );
}
