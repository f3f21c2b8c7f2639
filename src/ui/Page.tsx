import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

let hasNavigated = false;

interface Props {
  title: string;
  children: ReactNode;
  className?: string;
}

/**
 * One view: sets the document title and, after an in-app navigation, moves focus to the
 * heading so screen-reader and keyboard users land on the new content (not on first load).
 */
export function Page({ title, children, className }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
  // In the commit that shows the heading, not after it: focus never trails the content.
  useLayoutEffect(() => {
    if (hasNavigated) heading.current?.focus();
    hasNavigated = true;
  }, []);
  return (
    <div className={className}>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </div>
  );
}
