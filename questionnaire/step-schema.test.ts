import { describe, expect, it } from 'vitest';
import { loadMiniQuestionnaire } from '../tests/fixtures/mini-questionnaire.ts';
import { buildSectionSchema, OrganisationNameSchema } from './step-schema.ts';

const mini = loadMiniQuestionnaire();

describe('buildSectionSchema', () => {
  it('accepts an incomplete step and the options of each question', () => {
    const schema = buildSectionSchema(mini, 'openness');
    expect(schema.safeParse({}).success).toBe(true);
    expect(schema.safeParse({ o1: 'partly', o2: 'not-applicable' }).success).toBe(true);
  });

  it('rejects an option the question does not have', () => {
    const result = buildSectionSchema(mini, 'openness').safeParse({ o1: 'not-applicable' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['o1']);
  });

  it('checks the organisation name on the intake step', () => {
    const schema = buildSectionSchema(mini, 'intake');
    expect(
      schema.safeParse({ organisationName: '<script>alert(1)</script> & Zn. "’t Hoekje"' }).success,
    ).toBe(true);
    expect(schema.safeParse({ organisationName: 'x'.repeat(201) }).error?.issues[0]?.message).toBe(
      'too-long',
    );
  });
});

describe('OrganisationNameSchema', () => {
  it.each([['Bakkerij\nHoekje'], ['Tab\there'], ['\u0007bell']])(
    'rejects control characters in %j',
    (name) => {
      expect(OrganisationNameSchema.safeParse(name).error?.issues[0]?.message).toBe('control-characters');
    },
  );
});
