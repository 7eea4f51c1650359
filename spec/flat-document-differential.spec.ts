import { expect } from 'chai';
import fc from 'fast-check';
import { createRequire } from 'node:module';
import { projectPath } from './support/project.js';

// The two internal readers, from the built package: the direct path and fast-xml-parser.
type Reader = (text: string) => unknown;
const load = createRequire(import.meta.url);
const { readFlatErrorDocument } = load(projectPath('dist/cjs/body/flat-error-document.js')) as { readFlatErrorDocument: Reader };
const { parsedXmlDigest } = load(projectPath('dist/cjs/body/xml-digest.js')) as { parsedXmlDigest: Reader };

const space = fc.constantFrom('', ' ', '\n', '\t', '\r\n', '  \n\t');
const textUnit = fc.constantFrom('a', 'Z', '0', ' ', '\t', '\n', '\r', '&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&#65;', '&#x4E2D;', '&#X41;', '&#0;', '&#xD800;', '&bogus;', '&', '>', ']]>', '中', '😀', '"', "'", '<', '/', '=');
const safeUnit = fc.constantFrom('a', 'Z', '0', ' ', '\t', '\n', '&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&#65;', '&#x4E2D;', '中', '😀', '"', "'", '/', '=', ']]>', '-');
// Mostly text the direct path takes, sometimes text it must hand over.
const text = fc.oneof({ weight: 4, arbitrary: fc.string({ unit: safeUnit, maxLength: 8 }) }, { weight: 1, arbitrary: fc.string({ unit: textUnit, maxLength: 8 }) });
const name = fc.constantFrom('Code', 'Message', 'Resource', 'RequestId', 'TraceId', 'Key', 'CodeX', 'Cod', 'code', 'x:y', 'Error', 'a.b-c_1');
const rootName = fc.constantFrom('Error', 'Error', 'Error', 'CopyObjectResult', 'Code', 'Message', 'a', 'x:y', 'E-1');
const declaration = fc.constantFrom('', '', "<?xml version='1.0' encoding='utf-8' ?>\n", '<?xml version="1.0"?>', '<?xml version = "1.0" standalone="yes" ?>', '<?xml?>', "<?xml version='1.0' junk ?>", '<?xml version="1.0" encoding="utf-8"?><!-- c -->');

const child = fc.oneof(
  { weight: 12, arbitrary: fc.tuple(name, text).map(([n, t]) => `<${n}>${t}</${n}>`) },
  { weight: 1, arbitrary: name.map((n) => `<${n}/>`) },
  { weight: 1, arbitrary: name.map((n) => `<${n} />`) },
  { weight: 1, arbitrary: fc.tuple(name, text).map(([n, t]) => `<${n}><![CDATA[${t}]]></${n}>`) },
  { weight: 1, arbitrary: fc.tuple(name, name, text).map(([n, m, t]) => `<${n}><${m}>${t}</${m}></${n}>`) },
  { weight: 1, arbitrary: fc.tuple(name, text).map(([n, t]) => `<${n} a="1">${t}</${n}>`) },
  { weight: 1, arbitrary: fc.tuple(name, name, text).map(([n, m, t]) => `<${n}>${t}</${m}>`) },
  { weight: 1, arbitrary: fc.constantFrom('<!-- <Code>C</Code> -->', '<?pi x?>', 'stray', '<Code>', '</Code>') },
);

const document = fc
  .tuple(declaration, space, rootName, fc.array(fc.tuple(space, child), { maxLength: 7 }), space, fc.constantFrom('', '', '\n', 'junk', '<!-- c -->', '<Other/>'))
  .map(([decl, lead, root, children, before, trailing]) => `${decl}${lead}<${root}>${children.map(([s, c]) => s + c).join('')}${before}</${root}>${trailing}`);

const canonical = fc
  .tuple(declaration, fc.shuffledSubarray(['Message', 'Resource', 'RequestId', 'TraceId', 'Key'], { minLength: 0 }), fc.array(fc.string({ unit: safeUnit, maxLength: 12 }), { minLength: 6, maxLength: 6 }), space, fc.nat(5))
  .map(([decl, others, texts, gap, codeAt]) => [decl, [...others.slice(0, codeAt), 'Code', ...others.slice(codeAt)], texts, gap] as const)
  .map(([decl, names, texts, gap]) => `${decl}<Error>${names.map((n, i) => `${gap}<${n}>${texts[i]}</${n}>`).join('')}${gap}</Error>`);

// Exactly as COS writes it (the direct path's fastest case), with awkward text now and then.
const cosOrder = fc
  .tuple(declaration, fc.array(text, { minLength: 5, maxLength: 5 }), space, space)
  .map(([decl, texts, gap, end]) => `${decl}<Error>${['Code', 'Message', 'Resource', 'RequestId', 'TraceId'].map((n, i) => `${gap}<${n}>${texts[i]}</${n}>`).join('')}${end}</Error>`);

describe('the direct path for flat error documents agrees with fast-xml-parser', () => {
  it('on every document it accepts (differential, fast-check)', () => {
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.oneof({ weight: 5, arbitrary: canonical }, { weight: 3, arbitrary: cosOrder }, { weight: 2, arbitrary: document }, { weight: 1, arbitrary: fc.string({ unit: textUnit, maxLength: 30 }) }), (xml) => {
        runs++;
        const direct = readFlatErrorDocument(xml);
        if (direct === undefined) return;
        accepted++;
        expect(direct, xml).to.deep.equal(parsedXmlDigest(xml));
      }),
      { numRuns: 5000 },
    );
    // The property means something only if the direct path accepts a good share of the inputs.
    expect(accepted / runs).to.be.above(0.15);
  });

  it('accepts the canonical COS document and the compact one', () => {
    const doc = "<?xml version='1.0' encoding='utf-8' ?>\n<Error>\n\t<Code>NoSuchKey</Code>\n\t<Message>a &amp; b</Message>\n</Error>";
    expect(readFlatErrorDocument(doc)).to.deep.equal({ code: 'NoSuchKey', message: 'a & b', resource: 'Unknown', requestid: 'Unknown', traceid: 'Unknown' });
    expect(readFlatErrorDocument('<Error><Code>X</Code></Error>')).to.not.equal(undefined);
  });

  it('leaves to the full parser what it does not handle', () => {
    for (const xml of ['<Error><!-- c --><Code>X</Code></Error>', '<Error><Code><![CDATA[X]]></Code></Error>', '<Error a="1"><Code>X</Code></Error>', '<Error><Code>X&nbsp;</Code></Error>', '<Error><Code>X</Code></Error>junk', '<Code><Code>X</Code></Code>', '<Error><Message>m</Message></Error>']) {
      expect(readFlatErrorDocument(xml), xml).to.equal(undefined);
    }
  });
});
