import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkRelayAddress } from '../../domain/live/link';
import { mayConnect } from '../../storage/live/allowed';
import { testRelay } from '../../storage/live/test-relay';
import { removeRelayAddress, saveRelayAddress, useRelayAddress } from '../../storage/live/shares';
import { HelpLink } from '../../ui/HelpLink';
import { Stored } from './Stored';

type Message = { kind: 'status' | 'alert'; text: string };

/** Settings → Live-samarbete: the relay's address, tested and saved, or removed. */
export function LiveSection() {
  const { t } = useTranslation('live');
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t('settings.title')}</h2>
      <HelpLink section="live" />
      <p>{t('settings.lead')}</p>
      <Stored>
        <RelayForm />
      </Stored>
    </section>
  );
}

function RelayForm() {
  const { t } = useTranslation('live');
  const saved = useRelayAddress();
  const [text, setText] = useState<string | undefined>();
  const [message, setMessage] = useState<Message | undefined>();
  const [busy, setBusy] = useState(false);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const inputId = useId();
  const hintId = useId();
  const value = text ?? saved ?? '';

  const say = (next: Message) => {
    setMessage(next);
    // Focus lands on the result of the action, once it is on the page.
    requestAnimationFrame(() => messageRef.current?.focus());
  };

  /** The address as typed, if this page may use it; otherwise says why not. */
  function checked(): string | undefined {
    const result = checkRelayAddress(value, location.protocol);
    if (!result.ok) {
      say({ kind: 'alert', text: t(`settings.problems.${result.problem}`) });
      return undefined;
    }
    if (!mayConnect(result.address)) {
      const origin = new URL(result.address).origin.replace(/^http/, 'ws');
      const suggestion = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/relay`;
      say({ kind: 'alert', text: t('settings.problems.not-allowed', { origin, suggestion }) });
      return undefined;
    }
    return result.address;
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const address = checked();
    if (!address) return;
    await saveRelayAddress(address);
    setText(undefined);
    say({ kind: 'status', text: t('settings.saved') });
  }

  async function test() {
    const address = checked();
    if (!address) return;
    setBusy(true);
    setMessage({ kind: 'status', text: t('settings.testing', { address }) });
    const answers = await testRelay(address);
    setBusy(false);
    say(
      answers
        ? { kind: 'status', text: t('settings.answers', { address }) }
        : { kind: 'alert', text: t('settings.noAnswer', { address }) },
    );
  }

  async function remove() {
    await removeRelayAddress();
    setText('');
    say({ kind: 'status', text: t('settings.removed') });
  }

  if (saved === undefined) return <p role="status">{t('app.loading')}</p>;
  return (
    <form onSubmit={save} noValidate>
      <p>{saved ? t('settings.current', { address: saved }) : t('settings.none')}</p>
      <p>
        <label htmlFor={inputId}>{t('settings.address')}</label>
        <input
          id={inputId}
          type="text"
          inputMode="url"
          spellCheck={false}
          autoComplete="off"
          size={40}
          aria-describedby={hintId}
          aria-invalid={message?.kind === 'alert' || undefined}
          value={value}
          onChange={(e) => setText(e.target.value)}
        />
        <br />
        <span id={hintId} className="hint">
          {t('settings.addressHint')}
        </span>
      </p>
      <p className="actions">
        <button type="submit">{t('settings.save')}</button>{' '}
        {/* aria-disabled, not disabled: a disabled button drops the keyboard's focus to the page. */}
        <button type="button" onClick={() => !busy && void test()} aria-disabled={busy || undefined}>
          {t('settings.test')}
        </button>{' '}
        {saved && (
          <button type="button" onClick={() => void remove()}>
            {t('settings.remove')}
          </button>
        )}
      </p>
      {message && (
        <p role={message.kind} tabIndex={-1} ref={messageRef}>
          {message.text}
        </p>
      )}
    </form>
  );
}
