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
import './strings';

const STEPS = ['box', 'scale', 'roles', 'storage', 'start'] as const;
type Step = (typeof STEPS)[number];

/**
 * The first-run guide: five short steps (the box, the scale, the roles, where the data is kept,
 * choosing the municipality). Finishing or skipping it is remembered in the `guide` setting, so
 * the start page stops offering it; it stays reachable from the start page and the help.
 */
export default function GuidePage() {
  const { t } = useTranslation();
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
    <Page title={t('guide.title')}>
      <p className="lead">{t('guide.lead')}</p>
      <nav aria-label={t('guide.stepsLabel')}>
        <ol className="guide-steps">
          {STEPS.map((name, i) => (
            <li key={name}>
              <button
                type="button"
                className="guide-steps__button"
                aria-current={i === index ? 'step' : undefined}
                onClick={() => go(i)}
              >
                {t(`guide.${name}.title`)}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <section aria-labelledby={`${id}-title`} className="guide-step">
        <p className="guide-step__count">{t('guide.stepOf', { step: index + 1, count: STEPS.length })}</p>
        <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
          {t(`guide.${step}.title`)}
        </h2>
        <StepContent step={step} />
      </section>
      <p className="guide-actions">
        {index > 0 && (
          <button type="button" onClick={() => go(index - 1)}>
            {t('guide.previous')}
          </button>
        )}{' '}
        {index < STEPS.length - 1 && (
          <button type="button" onClick={() => go(index + 1)}>
            {t('guide.next')}
          </button>
        )}
      </p>
      <p>
        <button type="button" onClick={() => void skip()} aria-describedby={`${id}-skip`}>
          {t('guide.skip')}
        </button>{' '}
        <span className="hint" id={`${id}-skip`}>
          {t('guide.skipHint')}
        </span>
      </p>
      <HelpLink section="process" />
    </Page>
  );
}

function StepContent({ step }: { step: Step }) {
  const { t } = useTranslation();
  switch (step) {
    case 'box':
      return (
        <>
          <p>{t('guide.box.lead')}</p>
          <figure className="guide-sample">
            <FlowerBox
              questionnaire={SAMPLE}
              parts={scoreRound(SAMPLE, SAMPLE_ANSWERS)}
              roundId="guide-sample"
              title={t('guide.box.sampleTitle')}
              interactive={false}
            />
            <figcaption>{t('guide.box.sampleCaption')}</figcaption>
          </figure>
          <ul className="metaphor">
            <li className="metaphor__flowers">{t('guide.box.flowers')}</li>
            <li className="metaphor__grass">{t('guide.box.grass')}</li>
            <li className="metaphor__soil">{t('guide.box.soil')}</li>
          </ul>
        </>
      );
    case 'scale':
      return (
        <>
          <p>{t('guide.scale.lead')}</p>
          <ul>
            <li>{t('guide.scale.full')}</li>
            <li>{t('guide.scale.partly')}</li>
            <li>{t('guide.scale.none')}</li>
            <li>{t('guide.scale.notApplicable')}</li>
          </ul>
          <p>{t('guide.scale.rule')}</p>
        </>
      );
    case 'roles':
      return (
        <>
          <ul>
            <li>{t('guide.roles.managers')}</li>
            <li>{t('guide.roles.it')}</li>
            <li>{t('guide.roles.management')}</li>
          </ul>
          <p>{t('guide.roles.together')}</p>
        </>
      );
    case 'storage':
      return (
        <>
          <p>{t('guide.storage.local')}</p>
          <p>{t('guide.storage.risk')}</p>
          <p>
            <strong>{t('guide.storage.backup')}</strong>
          </p>
          <p>{t('guide.storage.settings')}</p>
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
  const { t } = useTranslation();
  const code = useOrganisationCode();
  const finish = () => void dismissGuide().catch(() => undefined);
  if (code === undefined) return <p role="status">{t('app.loading')}</p>;
  return (
    <>
      <p>{t('guide.start.lead')}</p>
      {code ? (
        <>
          <p>{t('guide.start.chosen', { code })}</p>
          <p>
            <Link href={paths.rounds} className="button-link" onClick={finish}>
              {t('guide.start.toRounds')}
            </Link>{' '}
            <Link href={paths.chooseOrganisation} onClick={finish}>
              {t('guide.start.change')}
            </Link>
          </p>
        </>
      ) : (
        <p>
          <Link href={paths.chooseOrganisation} className="button-link" onClick={finish}>
            {t('guide.start.choose')}
          </Link>
        </p>
      )}
      <p>
        {t('guide.start.example')} <Link href={paths.example}>{t('start.example')}</Link>
      </p>
    </>
  );
}
