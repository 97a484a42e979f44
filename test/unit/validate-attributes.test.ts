import { expect } from '@esm-bundle/chai';
import { resolveLocale, restoreDefaults, validateAttributes, type AttributeValues } from '../../src/model/validate-attributes.js';
import { parseTimeline } from '../../src/model/parse.js';

const OK: AttributeValues = {
  layout: 'auto', theme: 'auto', view: 'chart', scale: 'compressed', start: '', end: '', locale: '', timeZone: '',
  deepLink: false, id: '', fetchTimeout: 15000, maxBytes: 20_971_520, selected: null, categories: '',
};
const { timeline } = parseTimeline({ events: [{ id: 'a', date: '2022-02-24', title: 'A', category: 'military' }] });
const context = { parsed: timeline, hasEvent: (id: string) => id === 'a', languages: ['en-GB'] };
const fields = (values: Partial<AttributeValues>) => validateAttributes({ ...OK, ...values }, context).issues.map((i) => i.field);

describe('validateAttributes', () => {
  it('reports nothing for the defaults, and takes the page language', () => {
    const { issues, locale } = validateAttributes(OK, context);
    expect(issues).to.deep.equal([]);
    expect(locale).to.equal('en-GB');
  });
  // [attribute values, fields reported]
  const table: [Partial<AttributeValues>, string[]][] = [
    [{ layout: 'diagonal' }, ['layout']],
    [{ theme: 'sepia' }, ['theme']],
    [{ view: 'map' }, ['view']],
    [{ scale: 'log' }, ['scale']],
    [{ start: '24/02/2022' }, ['start']],
    [{ start: '2022-03-01', end: '2022-02-01' }, ['end']],
    [{ locale: 'not a tag!' }, ['locale']],
    [{ timeZone: 'Mars/Olympus' }, ['time-zone']],
    [{ deepLink: true }, ['deep-link']],
    [{ deepLink: true, id: 'main' }, []],
    [{ fetchTimeout: 0 }, ['fetch-timeout']],
    [{ selected: 'nope' }, ['selected']],
    [{ selected: 'a' }, []],
    [{ categories: 'military,unknown' }, ['categories']],
  ];
  for (const [values, expected] of table) {
    it(`${JSON.stringify(values)} → ${expected.join(', ') || 'nothing'}`, () => expect(fields(values)).to.deep.equal(expected));
  }
  it('says what it falls back to', () => {
    const [issue] = validateAttributes({ ...OK, layout: 'diagonal' }, context).issues;
    expect(issue).to.deep.equal({ severity: 'warning', field: 'layout', message: 'layout "diagonal" is not one of auto, horizontal, vertical; using "auto".' });
  });
  it('checks selection and categories only once data are there', () => {
    expect(validateAttributes({ ...OK, selected: 'nope', categories: 'x' }, { ...context, parsed: null }).issues).to.deep.equal([]);
  });
});

describe('resolveLocale', () => {
  it('prefers the attribute, then the page languages, then English', () => {
    const none = () => expect.fail('nothing to report');
    expect(resolveLocale('uk', ['en-GB'], none)).to.equal('uk');
    expect(resolveLocale('', ['fr', 'de'], none)).to.equal('fr');
    expect(resolveLocale('', [], none)).to.equal('en');
  });
  it('reports an invalid attribute and uses the page language', () => {
    const reported: string[] = [];
    expect(resolveLocale('x y', ['de'], (field) => reported.push(field))).to.equal('de');
    expect(reported).to.deep.equal(['locale']);
  });
});

describe('restoreDefaults', () => {
  it('puts back the default of every attribute removed (null), and leaves the others', () => {
    const element: Record<string, unknown> = { layout: null, theme: 'dark', fetchTimeout: null, strings: null, src: undefined };
    restoreDefaults(element);
    expect(element).to.include({ layout: 'auto', theme: 'dark', fetchTimeout: 15000, src: '', view: 'chart' });
    expect(element.strings).to.deep.equal({});
  });
});
