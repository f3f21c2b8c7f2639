import i18next, { type TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileNotice } from '../../domain/exchange/notices';
import { countOptions } from '../../ui/format';
import { TableScroll } from '../../ui/TableScroll';

/** A notice in plain words, in the interface language (`language` writes its numbers). */
export function describeNotice(
  t: TFunction<'exchange'>,
  notice: FileNotice,
  language: string = i18next.language,
): string {
  const key = 'views.preview.notices';
  switch (notice.rule) {
    case 'ignored-fields':
      return t(`${key}.ignored-fields`, countOptions(Number(notice.params.count), language));
    case 'kept-fields':
      return t(`${key}.kept-fields`, countOptions(Number(notice.params.count), language));
    case 'ignored-setting':
      return t(`${key}.ignored-setting`, { setting: String(notice.params.setting) });
    case 'received-at-assumed':
      return t(`${key}.received-at-assumed`);
  }
}

interface Props {
  name: string;
  /** The app version that wrote the file (`writtenBy.version`). */
  version: string;
  notices: readonly FileNotice[];
}

/**
 * What reading a file left out or assumed (docs/formats.md, "Compatibility"): a file from a newer
 * eBlomlådan is read for what this version knows, and the user is told what was not read.
 */
export function FileNotices({ name, version, notices }: Props) {
  const { t, i18n } = useTranslation('exchange');
  const id = useId();
  if (notices.length === 0) return null;
  const newer = notices.some((n) => n.rule !== 'received-at-assumed');
  return (
    <section className="file-notices" aria-labelledby={id}>
      <h4 id={id}>{t('views.preview.notices.title', { name })}</h4>
      {newer && <p>{t('views.preview.notices.newer', { version })}</p>}
      <TableScroll label={t('views.preview.notices.caption')}>
        <table>
          <caption>{t('views.preview.notices.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('views.preview.notices.place')}</th>
              <th scope="col">{t('views.preview.notices.what')}</th>
            </tr>
          </thead>
          <tbody>
            {notices.map((notice, i) => (
              <tr key={i}>
                <td>
                  <code>{notice.path}</code>
                </td>
                <td>{describeNotice(t, notice, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
