import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { PartScore } from '../../domain/score/scoring';
import { downloadFile, safeFileName } from '../../ui/download';
import { countOptions, formatDay } from '../../ui/format';
import { useLocalized } from '../../ui/LocalizedText';
import { useLegendItems } from '../../ui/flowerbox/signs';
import { usePlanterWords } from '../../ui/flowerbox/words';
import { renderSvg, svgToPng } from './export';
import { Slide, type SlideFormat } from './Slide';

interface Props {
  questionnaire: Questionnaire;
  parts: PartScore[];
  differing?: Record<string, readonly string[]>;
  municipality: string;
  /** The round's year, with its label when it has one. */
  year: string;
  status: string;
  /** Title of the picture as the page gives it, for the file's own title. */
  pictureTitle: string;
  /** File name without extension. */
  baseName: string;
}

type Choice =
  | { kind: 'svg' }
  | { kind: 'png'; format: SlideFormat; pixelWidth: number; pixelHeight: number; suffix: string };

const CHOICES = {
  wide: { kind: 'png', format: 'wide', pixelWidth: 1920, pixelHeight: 1080, suffix: '-16x9' },
  // A4 landscape at 300 dpi: 297 × 210 mm.
  a4: { kind: 'png', format: 'a4', pixelWidth: 3508, pixelHeight: 2480, suffix: '-a4' },
  svg: { kind: 'svg' },
} as const satisfies Record<string, Choice>;

/**
 * The picture as a slide: title, picture, legend, the scoring rule in one line and the date,
 * as PNG in 16:9 and A4, or as SVG; in the interface's language.
 */
export function ExportPanel({
  questionnaire,
  parts,
  differing,
  municipality,
  year,
  status,
  pictureTitle,
  baseName,
}: Props) {
  const { t, i18n } = useTranslation('flowerbox');
  const localized = useLocalized();
  const words = usePlanterWords(questionnaire);
  const legend = useLegendItems(questionnaire);
  const [message, setMessage] = useState('');
  const result = useRef<HTMLParagraphElement>(null);
  const slide = (format: SlideFormat) => (
    <Slide
      format={format}
      title={t('slide.title', { municipality, year })}
      subtitle={t('slide.subtitle', {
        questionnaire: localized(questionnaire.title),
        version: questionnaire.version,
        status,
      })}
      heading={t('export.heading', {
        municipality,
        year,
        questionnaire: localized(questionnaire.title),
        status,
      })}
      pictureTitle={pictureTitle}
      pictureDesc={t(
        'chart.desc',
        countOptions(parts.filter((p) => p.kind === 'flower').length, i18n.language, {
          grass: parts.some((p) => p.kind === 'grass') ? t('chart.descGrass') : '',
          soil: parts.some((p) => p.kind === 'soil') ? t('chart.descSoil') : '',
        }),
      )}
      parts={parts}
      words={words}
      levels={[...new Set(questionnaire.scale.options.map((o) => o.score).filter((s) => s > 0))]}
      differing={differing}
      legendTitle={t('legend.title')}
      legendLead={`${t('legend.area')} ${t('legend.tags')}`}
      legend={legend}
      rule={t('slide.rule')}
      dated={t('slide.dated', { date: formatDay(new Date().toISOString(), i18n.language) })}
    />
  );
  const save = async (choice: Choice) => {
    const fileName = `${safeFileName(baseName)}${choice.kind === 'png' ? choice.suffix : ''}.${choice.kind}`;
    try {
      const svg = renderSvg(slide(choice.kind === 'png' ? choice.format : 'wide'));
      const blob =
        choice.kind === 'svg'
          ? new Blob([svg.text], { type: 'image/svg+xml;charset=utf-8' })
          : await svgToPng(svg, choice.pixelWidth, choice.pixelHeight);
      downloadFile(blob, fileName);
      setMessage(t('export.done', { file: fileName }));
    } catch (error) {
      setMessage(t('export.failed', { reason: error instanceof Error ? error.message : String(error) }));
    }
  };
  return (
    <>
      <p>{t('export.lead')}</p>
      <p className="actions">
        <button type="button" onClick={() => void save(CHOICES.wide)}>
          {t('export.wide')}
        </button>{' '}
        <button type="button" onClick={() => void save(CHOICES.a4)}>
          {t('export.a4')}
        </button>{' '}
        <button type="button" onClick={() => void save(CHOICES.svg)}>
          {t('export.svg')}
        </button>
      </p>
      <p role="status" ref={result}>
        {message}
      </p>
    </>
  );
}
