// The multipart parser on its own (the HTTP behaviour is covered in encodings.test.ts).

import { describe, expect, it } from 'vitest';
import { boundaryFromContentType, MultipartError, parseMultipart } from '../../sandbox/http/multipart.js';

const crlf = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'utf8');

describe('boundaryFromContentType', () => {
  it('reads quoted and unquoted boundaries', () => {
    expect(boundaryFromContentType('multipart/form-data; boundary=----formdata-tiflux-1')).toBe('----formdata-tiflux-1');
    expect(boundaryFromContentType('multipart/form-data; charset=utf-8; boundary="a b"')).toBe('a b');
    expect(boundaryFromContentType('multipart/form-data')).toBeUndefined();
    expect(boundaryFromContentType(`multipart/form-data; boundary=${'x'.repeat(71)}`)).toBeUndefined();
  });
});

describe('parseMultipart', () => {
  it('parses text fields and files, keeping an empty file and a part with no trailing CRLF after the close', () => {
    const parts = parseMultipart(crlf([
      '--B',
      'Content-Disposition: form-data; name="name"',
      '',
      'linha 1',
      'linha 2',
      '--B',
      'content-disposition: form-data; name="files[]"; filename="vazio.txt"',
      'Content-Type: text/plain; charset=utf-8',
      '',
      '',
      '--B--',
    ]), 'B');
    expect(parts).toHaveLength(2);
    expect(parts[0]).toMatchObject({ name: 'name' });
    expect(parts[0]!.data.toString()).toBe('linha 1\r\nlinha 2');
    expect(parts[0]!.filename).toBeUndefined();
    expect(parts[1]).toMatchObject({ name: 'files[]', filename: 'vazio.txt', contentType: 'text/plain; charset=utf-8' });
    expect(parts[1]!.data.length).toBe(0);
  });

  it('decodes RFC 5987 filenames', () => {
    const parts = parseMultipart(crlf([
      '--B', "Content-Disposition: form-data; name=\"files[]\"; filename=\"x.pdf\"; filename*=UTF-8''or%C3%A7amento.pdf", '', '%PDF', '--B--', '',
    ]), 'B');
    expect(parts[0]!.filename).toBe('orçamento.pdf');
  });

  it.each([
    ['no boundary in the body', crlf(['hello'])],
    ['no closing boundary', crlf(['--B', 'Content-Disposition: form-data; name="a"', '', 'x'])],
    ['a part without Content-Disposition', crlf(['--B', 'Content-Type: text/plain', '', 'x', '--B--'])],
    ['a part without a name', crlf(['--B', 'Content-Disposition: form-data; filename="a"', '', 'x', '--B--'])],
    ['a malformed header line', crlf(['--B', 'Content-Disposition form-data', '', 'x', '--B--'])],
  ])('rejects %s', (_label, body) => {
    expect(() => parseMultipart(body, 'B')).toThrow(MultipartError);
  });
});
