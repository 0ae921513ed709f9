import { expect } from 'chai';
import { NODE_PIPELINE_DEPENDENCIES } from '../../../lib/webhook/node-handler';

const decode = NODE_PIPELINE_DEPENDENCIES.decodeUtf8!;

describe('webhook body decoding on Node', () => {
  it('decodes a form body (ASCII, as form encoding makes it) exactly', () => {
    const body = 'event=newCall&user%5B%5D=J%C3%BCrgen&from=492111234567';
    expect(decode(Buffer.from(body, 'latin1'))).to.equal(body);
  });

  it('decodes raw UTF-8 (a sender that did not percent-encode) as UTF-8, not latin1', () => {
    expect(decode(Buffer.from('event=newCall&user[]=Jürgen ☎', 'utf8'))).to.equal('event=newCall&user[]=Jürgen ☎');
  });

  it('refuses bytes that are not UTF-8 with a TypeError (answered 400 body-undecodable)', () => {
    expect(() => decode(Buffer.from([0x65, 0x3d, 0xff, 0xfe]))).to.throw(TypeError, /UTF-8/);
  });

  it('keeps a real U+FFFD (sent as valid UTF-8) and still refuses a lone bad byte next to one', () => {
    expect(decode(Buffer.from('event=newCall&user=a\uFFFDb', 'utf8'))).to.equal('event=newCall&user=a\uFFFDb');
    const mixed = Buffer.concat([Buffer.from('user=\uFFFD', 'utf8'), Buffer.from([0xc3])]);
    expect(() => decode(mixed)).to.throw(TypeError, /UTF-8/);
  });

  it('takes a plain Uint8Array view as well as a Buffer', () => {
    const bytes = new TextEncoder().encode('xx&event=answer&user=Zoë');
    expect(decode(bytes.subarray(3))).to.equal('event=answer&user=Zoë');
  });
});
