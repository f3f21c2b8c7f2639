/**
 * Finding i18next keys shown as text. When a key is missing in the active language, i18next
 * shows the key itself ("views.share.title", "title"); a view that forgot to load its namespace
 * does the same. These helpers read the keys from the Swedish source files, collect everything
 * a user can read or hear on a page (text, accessible names, tooltips, the tab's title), and name
 * each string that is, or contains, a key.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const LOCALES = join(import.meta.dirname, '../../../src/i18n/locales');
/** i18next's plural suffixes: `t('matches', { count })` reads `matches_one`, and shows `matches` when missing. */
const PLURAL = /_(zero|one|two|few|many|other)$/;

export interface KeyIndex {
  /** Keys with a dot or a namespace (`views.share.title`, `rounds:title`), plural-stripped too. */
  dotted: Set<string>;
  /** Keys of one segment (`title`, `titleFor`), plural-stripped too: a raw key only when a string is exactly one. */
  single: Set<string>;
}

/** Every key of the Swedish resources (the source: English must have the same keys), in each form i18next could show. */
export function readKeyIndex(language = 'sv'): KeyIndex {
  const dotted = new Set<string>();
  const single = new Set<string>();
  const add = (namespace: string, key: string) => {
    for (const form of new Set([key, key.replace(PLURAL, '')])) {
      (form.includes('.') ? dotted : single).add(form);
      dotted.add(`${namespace}:${form}`);
    }
  };
  const walk = (namespace: string, value: unknown, prefix: string) => {
    if (value && typeof value === 'object') {
      for (const [name, inner] of Object.entries(value)) {
        walk(namespace, inner, prefix ? `${prefix}.${name}` : name);
      }
    } else {
      add(namespace, prefix);
    }
  };
  const folder = join(LOCALES, language);
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json'))) {
    walk(file.replace(/\.json$/, ''), JSON.parse(readFileSync(join(folder, file), 'utf8')), '');
  }
  return { dotted, single };
}

/** One string a user can read or hear, and where it was found. */
export interface Shown {
  where: string;
  text: string;
}

/** Attributes whose text is read out or shown (accessible names and descriptions, tooltips, hints). */
const ATTRIBUTES = [
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'alt',
  'placeholder',
  'label',
];

/** Opens every disclosure on the page, so what a user would see inside is checked as shown. */
export async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
}

/**
 * Every text node of the page (hidden ones too: a closed dialog or a collapsed table is shown
 * later), the attributes above, button values and the document's title.
 */
export function collectShown(page: Page): Promise<Shown[]> {
  return page.evaluate((attributes) => {
    const shown: { where: string; text: string }[] = [{ where: 'document title', text: document.title }];
    const describe = (element: Element) =>
      `<${element.localName}${element.id ? `#${element.id}` : ''}${
        element.classList.length ? `.${[...element.classList].join('.')}` : ''
      }>`;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        const parent = node.parentElement;
        if (!parent || ['script', 'style', 'template', 'noscript'].includes(parent.localName)) continue;
        const text = node.nodeValue?.trim();
        if (text) shown.push({ where: `text in ${describe(parent)}`, text });
        continue;
      }
      const element = node as Element;
      for (const name of attributes) {
        const text = element.getAttribute(name)?.trim();
        if (text) shown.push({ where: `${name} of ${describe(element)}`, text });
      }
      const isButton =
        element.localName === 'button' ||
        (element.localName === 'input' &&
          ['button', 'submit', 'reset'].includes((element as HTMLInputElement).type));
      const value = isButton ? (element as HTMLButtonElement | HTMLInputElement).value.trim() : '';
      if (value) shown.push({ where: `value of ${describe(element)}`, text: value });
    }
    return shown;
  }, ATTRIBUTES);
}

/** A dotted identifier as a whole string, optionally with a namespace: how a raw key looks. */
const DOTTED_IDENTIFIER = /^([a-z]+:)?[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9_-]+)+$/;
/** What i18next shows for a key that names a group of keys, or a placeholder it did not fill. */
const I18NEXT_LEFTOVERS = /returned an object instead of string|\{\{[^}]*\}\}|\$t\(/;
/** Runs of characters a key is made of; anything else (space, punctuation, quotes) bounds a word. */
const WORDS = /[A-Za-z0-9_:.-]+/g;

/**
 * The strings that show a raw key, each with the reason. `allowed` is real content that looks like
 * a key (a whole string that is a dotted identifier but no key of ours).
 */
export function findRawKeys(
  shown: Shown[],
  keys: KeyIndex,
  allowed: ReadonlySet<string> = new Set(),
): string[] {
  const found: string[] = [];
  for (const { where, text } of shown) {
    const quoted = `${where}: “${text}”`;
    const words = (text.match(WORDS) ?? []).map((word) => word.replace(/^[.:-]+|[.:-]+$/g, ''));
    const key = words.find((word) => keys.dotted.has(word));
    if (key) found.push(`${quoted} contains the key ${key}`);
    else if (keys.single.has(text)) found.push(`${quoted} is the key ${text}`);
    else if (DOTTED_IDENTIFIER.test(text) && !allowed.has(text)) found.push(`${quoted} looks like a key`);
    else if (I18NEXT_LEFTOVERS.test(text)) found.push(`${quoted} is an i18next leftover`);
  }
  return found;
}
