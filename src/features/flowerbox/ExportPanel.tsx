import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile, safeFileName } from '../../ui/download';
import { standaloneSvg, svgToPng } from './export';

interface Props {
  picture: RefObject<SVGSVGElement | null>;
  heading: string;
  /** File name without extension. */
  baseName: string;
}

/** Download the picture as SVG or PNG, headed with municipality, year, version and status. */
export function ExportPanel({ picture, heading, baseName }: Props) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  const save = async (format: 'svg' | 'png') => {
    const svg = picture.current;
    if (!svg) return;
    const fileName = `${safeFileName(baseName)}.${format}`;
    try {
      const standalone = standaloneSvg(svg, heading);
      const blob =
        format === 'svg'
          ? new Blob([standalone.text], { type: 'image/svg+xml;charset=utf-8' })
          : await svgToPng(standalone);
      downloadFile(blob, fileName);
      setMessage(t('flowerbox.export.done', { file: fileName }));
    } catch (error) {
      setMessage(
        t('flowerbox.export.failed', { reason: error instanceof Error ? error.message : String(error) }),
      );
    }
  };
  return (
    <>
      <p>{t('flowerbox.export.lead')}</p>
      <p className="actions">
        <button type="button" onClick={() => void save('svg')}>
          {t('flowerbox.export.svg')}
        </button>{' '}
        <button type="button" onClick={() => void save('png')}>
          {t('flowerbox.export.png')}
        </button>
      </p>
      <p role="status">{message}</p>
    </>
  );
}
