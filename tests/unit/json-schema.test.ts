import { describe, expect, it } from 'vitest';
import { toJSONSchema } from 'zod/mini';
import { QuestionnaireSchema } from '../../src/domain/questionnaire/schema';

/**
 * questionnaires/schema.json is generated from the zod schema so that editors complete and
 * check questionnaire files. This test fails when it is stale; `npm run schema:write` renews it.
 */
describe('questionnaires/schema.json', () => {
  it('is the JSON Schema of the current zod schema', async () => {
    const schema = {
      ...toJSONSchema(QuestionnaireSchema, { target: 'draft-2020-12', io: 'input' }),
      $id: 'https://eblomladan.invalid/questionnaire-1.schema.json',
      title: 'eBlomlådan questionnaire, format eblomladan.questionnaire/1',
      description:
        'Generated from src/domain/questionnaire/schema.ts by `npm run schema:write`; do not edit by hand. Cross-field rules (unique ids, ordered scores, the supersedes map) are checked by the app, see docs/questionnaire-format.md.',
    };
    await expect(`${JSON.stringify(schema, null, 2)}\n`).toMatchFileSnapshot(
      '../../questionnaires/schema.json',
    );
  });
});
