// The floor of a part's answer page, for the answer-page bench (tests/bench/answer-page.mjs): a
// plain React 19 page that fetches the questionnaire (the bench serves eBlomlådan 2016 as
// ./questionnaire.json) and renders one part as the app's answer page does (each indicator a
// fieldset with its statement, help, the scale as native radio buttons, a comment and an
// evidence link), and nothing more: no router, no i18n, no IndexedDB, no CSS. `#/<part id>`
// chooses the part (the largest by default); changing the hash turns the page.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

const questionnaire = fetch('./questionnaire.json').then((response) => response.json());

const largest = (sections) => sections.reduce((a, b) => (b.indicators.length > a.indicators.length ? b : a));

function Indicator({ indicator, number, scale }) {
  const [value, setValue] = useState(undefined);
  const name = `value-${indicator.id}`;
  const options = [...scale.options].reverse();
  if (scale.notApplicable) options.push(scale.notApplicable);
  return (
    <li>
      <fieldset>
        <legend>
          {number}. {indicator.text.sv}
        </legend>
        {indicator.help && (
          <p>
            <strong>Hjälp:</strong> {indicator.help.sv}
          </p>
        )}
        <div>
          {options.map((option) => (
            <label key={option.value}>
              <input
                type="radio"
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => setValue(option.value)}
              />
              {option.label.sv}
            </label>
          ))}
        </div>
        <div>
          <label htmlFor={`${name}-comment`}>Kommentar</label>
          <textarea id={`${name}-comment`} rows={2} />
        </div>
        <div>
          <label htmlFor={`${name}-evidence`}>Länk till underlag</label>
          <input id={`${name}-evidence`} type="url" />
        </div>
      </fieldset>
    </li>
  );
}

function Part({ data }) {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const onHash = () => setHash(location.hash);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const id = hash.replace(/^#\/?/, '');
  const section = data.sections.find((s) => s.id === id) ?? largest(data.sections);
  return (
    <main>
      <h1>{section.title.sv}</h1>
      {section.description && <p>{section.description.sv}</p>}
      <ol>
        {section.indicators.map((indicator, i) => (
          <Indicator
            key={`${section.id}/${indicator.id}`}
            indicator={indicator}
            number={i + 1}
            scale={data.scale}
          />
        ))}
      </ol>
    </main>
  );
}

createRoot(document.getElementById('root')).render(<Part data={await questionnaire} />);
