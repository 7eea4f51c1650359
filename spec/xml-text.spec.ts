import { expect } from 'chai';
import { CosServiceError, UNKNOWN } from 'qcloud-cos-errors';

function digestOf(xml: string): unknown {
  return new CosServiceError('GET', xml, 400).getDigestMsg();
}

describe('XML text in an error document (response rule 5)', () => {
  it('decodes the predefined entities and numeric character references', () => {
    const error = new CosServiceError(
      'GET',
      '<Error><Code>X</Code><Message>&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos; &#x4E2D;&#25991; &#65;</Message></Error>',
      400,
    );
    expect(error.getErrorMsg()).to.equal('<a> & "b" \'c\' 中文 A');
  });

  it('keeps CDATA exactly as it stands, entities and markup included', () => {
    const error = new CosServiceError('GET', '<Error><Code>X</Code><Message>a <![CDATA[<b>&amp; ]]>c</Message></Error>', 400);
    expect(error.getErrorMsg()).to.equal('a <b>&amp; c');
  });

  it('skips comments, inside values and between elements', () => {
    const error = new CosServiceError('GET', '<Error><!-- <Code>Fake</Code> --><Code>No<!-- x -->SuchKey</Code></Error>', 404);
    expect(error.getErrorCode()).to.equal('NoSuchKey');
  });

  it('trims the white space around values, not inside them', () => {
    const error = new CosServiceError('GET', '<Error>\n  <Code>\n\tNoSuchKey \r\n</Code><Message>  two  words </Message></Error>', 404);
    expect([error.getErrorCode(), error.getErrorMsg()]).to.deep.equal(['NoSuchKey', 'two  words']);
  });

  it('takes the first element of each name in document order, at any depth, under any root', () => {
    const xml =
      '<DeleteResult><Error><Key>k</Key><Code>AccessDenied</Code><Message>first</Message></Error><Code>Second</Code></DeleteResult>';
    expect(digestOf(xml)).to.deep.equal({
      code: 'AccessDenied',
      message: 'first',
      resource: UNKNOWN,
      requestid: UNKNOWN,
      traceid: UNKNOWN,
    });
  });

  it('ignores a leading byte-order mark', () => {
    const error = new CosServiceError('GET', '\uFEFF<Error><Code>NoSuchKey</Code></Error>', 404);
    expect(error.getErrorCode()).to.equal('NoSuchKey');
    expect(error.getOriginMsg()).to.equal('<Error><Code>NoSuchKey</Code></Error>');
  });

  it('leaves references to no character, and undeclared entities, as written', () => {
    const error = new CosServiceError('GET', '<Error><Code>X</Code><Message>&#0;&#xD800;&#x110000;&nbsp;</Message></Error>', 400);
    expect(error.getErrorMsg()).to.equal('&#0;&#xD800;&#x110000;&nbsp;');
  });

  it('expands no DOCTYPE entity', () => {
    const xml = '<!DOCTYPE e [<!ENTITY a "AAAA"><!ENTITY b "&a;&a;&a;">]><Error><Code>&b;</Code></Error>';
    expect(new CosServiceError('GET', xml, 400).getErrorCode()).to.equal('&b;');
  });

  it('gives Unknown for an empty element and for one that is missing', () => {
    const error = new CosServiceError('GET', '<Error><Code>X</Code><Message>   </Message></Error>', 400);
    expect([error.getErrorMsg(), error.getResourceLocation()]).to.deep.equal([UNKNOWN, UNKNOWN]);
  });

  for (const [what, xml] of [
    ['cut-off XML', '<Error><Code>NoSuchKey</Code><Mess'],
    ['an unclosed root', '<Error><Code>NoSuchKey</Code>'],
    ['mismatched tags', '<Error><Code>NoSuchKey</Message></Error>'],
    ['XML without a Code element', '<Error><Message>m</Message></Error>'],
    ['HTML', '<html><body><br></body></html>'],
    ['a JSON array', '[{"code": "NoSuchKey"}]'],
    ['a JSON string', '"NoSuchKey"'],
    ['plain text', 'Bad Gateway'],
  ] as const) {
    it(`treats ${what} as an invalid message`, () => {
      const error = new CosServiceError('GET', xml, 502);
      expect(error.getDigestMsg()).to.equal('Response Error Msg Is INVALID');
      expect(error.getErrorCode()).to.equal(UNKNOWN);
      expect(error.getOriginMsg()).to.equal(xml);
    });
  }
});
