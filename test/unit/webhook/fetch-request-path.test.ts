import { expect } from 'chai';
import { pathOf } from '../../../lib/webhook/fetch-handler';

describe('the path a fetch-mounted webhook reports', () => {
  for (const url of [
    'https://hooks.example.test/sipgate/hook?token=1#x',
    'https://hooks.example.test',
    'http://127.0.0.1:8787/a/b',
    'https://user@hooks.example.test/hook#frag',
    'https://hooks.example.test/h%C3%BCk?x=/y',
  ]) {
    it(`is the URL's pathname for ${url}`, () => {
      expect(pathOf(url)).to.equal(new URL(url).pathname);
    });
  }

  it('is undefined for a URL without a scheme', () => {
    expect(pathOf('/relative/only')).to.equal(undefined);
  });
});
