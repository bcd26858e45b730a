// "Your own school": the form a parent fills in becomes a personal pack on the generic rules, checked by the same
// schema as any imported pack, with each problem put back on the field it came from.
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../src/engine';
import { getBundledPack, parsePack } from '../../src/packs';
import { readPackJson } from '../../src/packs/locate';
import { buildOwnPack, isOwnPack, ownPackId, ownSchoolInput, packFile, splitNames } from '../../src/pages/options/own-pack';
import type { OwnSchoolInput } from '../../src/pages/options/own-pack';

const FORM: OwnSchoolInput = {
  name: '  Ashdown   Primary School ',
  aliases: 'Ashdown, Ashdown Primary\n@AshdownPrimary, ashdown',
  email: ' office@ashdown-primary.example ',
  url: '',
  staff: 'Mrs Okafor; Mr Patel',
};

function built(input: Partial<OwnSchoolInput>, options?: Parameters<typeof buildOwnPack>[1]) {
  const result = buildOwnPack({ ...FORM, ...input }, options);
  if (!result.ok) throw new Error(`expected a pack, got ${JSON.stringify(result.errors)}`);
  return result.pack;
}

describe('a pack from the "your own school" form', () => {
  it('carries the school as typed, on the generic rules and routes, with the e-mail on both routes', () => {
    const pack = built({});
    const generic = getBundledPack('generic');
    expect(pack).toMatchObject({
      schemaVersion: 1,
      id: 'own-ashdown-primary-school',
      name: 'Ashdown Primary School',
      shortName: 'Ashdown',
      aliases: ['Ashdown', 'Ashdown Primary', '@AshdownPrimary'],
      staff: ['Mrs Okafor', 'Mr Patel'],
    });
    expect(pack.rules).toEqual(generic?.rules);
    expect(pack.routes.parent).toEqual({ ...generic?.routes.parent, email: 'office@ashdown-primary.example' });
    // The complaints address is the parents' route: staff raise it with their line manager or head.
    expect(pack.routes.staff).toEqual(generic?.routes.staff);
    expect(isOwnPack(pack)).toBe(true);
    // Exactly what an imported pack must be.
    expect(parsePack(JSON.parse(JSON.stringify(pack)))).toEqual({ ok: true, pack });
  });

  it('needs only a name: the note then calls the school by it, and no route or staff is invented', () => {
    const pack = built({ aliases: '@AshdownPrimary', email: '', staff: ' , ' });
    expect(pack.shortName).toBe('Ashdown Primary School');
    expect(pack.routes.parent.email).toBeUndefined();
    expect(pack.routes.parent.url).toBeUndefined();
    expect(pack.staff).toBeUndefined();
  });

  it('takes a web page typed without https:// as https, and refuses http', () => {
    expect(built({ url: 'www.ashdown.sch.uk/complaints' }).routes.parent.url).toBe('https://www.ashdown.sch.uk/complaints');
    expect(buildOwnPack({ ...FORM, url: 'http://www.ashdown.sch.uk/' })).toEqual({
      ok: false,
      errors: { url: 'routes.parent.url must start with https://' },
    });
  });

  it('puts each problem on its own field, in the schema\'s words', () => {
    expect(buildOwnPack({ name: ' ', aliases: '', email: 'office at ashdown', url: 'complaints page', staff: '' })).toEqual({
      ok: false,
      errors: {
        name: 'name must not be empty',
        email: 'routes.parent.email must be an e-mail address',
        url: 'routes.parent.url must be a web address',
      },
    });
  });

  it('gives a new school an id of its own, and an edited one keeps its id', () => {
    expect(ownPackId("St Mary's C of E Primary", [])).toBe('own-st-marys-c-of-e-primary');
    expect(ownPackId('École Sainte-Thérèse', [])).toBe('own-ecole-sainte-therese');
    expect(ownPackId('學校', [])).toBe('own-school');
    expect(ownPackId('Ashdown', ['own-ashdown', 'own-ashdown-2'])).toBe('own-ashdown-3');
    expect(ownPackId('x'.repeat(200), []).length).toBeLessThanOrEqual(63);
    expect(built({}, { taken: ['own-ashdown-primary-school'] }).id).toBe('own-ashdown-primary-school-2');
    expect(built({ name: 'Ashdown Juniors' }, { id: 'own-ashdown-primary-school' }).id).toBe('own-ashdown-primary-school');
  });

  it('fills the form back from the pack, so that saving it unchanged gives the same pack', () => {
    const pack = built({ url: 'https://www.ashdown.sch.uk/complaints' });
    const input = ownSchoolInput(pack);
    expect(input).toEqual({
      name: 'Ashdown Primary School',
      aliases: 'Ashdown, Ashdown Primary, @AshdownPrimary',
      email: 'office@ashdown-primary.example',
      url: 'https://www.ashdown.sch.uk/complaints',
      staff: 'Mrs Okafor, Mr Patel',
    });
    expect(built(input, { id: pack.id })).toEqual(pack);
  });

  it('exports as a file the pack tools read back whole', () => {
    const pack = built({});
    const file = packFile(pack);
    expect(file.name).toBe('own-ashdown-primary-school.json');
    expect(readPackJson(file.text)).toEqual({ ok: true, pack });
  });

  it('splits names on commas, semicolons and new lines, dropping blanks and repeats', () => {
    expect(splitNames(' A ,b;\n\nB ,  c  d ')).toEqual(['A', 'b', 'c d']);
  });

  it('is what the engine reads: a complaint naming the school by an alias is about that school', () => {
    const pack = built({});
    const verdict = analyzeDraft('Ashdown Primary never answer emails and the office staff are useless.', { role: 'parent', pack });
    expect(verdict.nudge).toBe(true);
    expect(verdict.packId).toBe(pack.id);
  });
});
