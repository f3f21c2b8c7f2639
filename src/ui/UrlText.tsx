import { Fragment } from 'react';

/**
 * A web address as text that a narrow column may wrap after each `/` (and, as the browser does
 * anyway, after a hyphen), never inside a word: table cells break no words (app/styles.css), and
 * Chromium finds no break in an address of its own.
 */
export function UrlText({ url }: { url: string }) {
  const parts = url.split(/(?<=\/)(?!\/)/);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </>
  );
}
