import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  cleanBase64,
  decodedLength,
  filesBase64Param,
  legacyFilesParam,
  MAX_ATTACHMENT_BYTES,
} from '../../src/tools/shared/attachments.js';

const schema = z.object({ files_base64: filesBase64Param(), files: legacyFilesParam() });
const base64Of = (bytes: number) => Buffer.alloc(bytes, 7).toString('base64');
const messages = (input: unknown) => schema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];

describe('files_base64', () => {
  it('decodes each file to bytes', () => {
    const parsed = schema.parse({ files_base64: [{ filename: 'a.txt', content: 'aGVsbG8=' }] });
    expect(parsed.files_base64).toEqual([{ filename: 'a.txt', content: new Uint8Array(Buffer.from('hello')) }]);
  });

  it('tolerates data URLs, line-wrapped, unpadded and URL-safe base64', () => {
    expect(cleanBase64('data:text/plain;base64,aGVs\nbG8=')).toBe('aGVsbG8=');
    const parsed = schema.parse({
      files_base64: [
        { filename: 'a', content: 'aGVsbG8' },
        { filename: 'b', content: '-_8' },
      ],
    });
    expect(Buffer.from(parsed.files_base64![0]!.content).toString()).toBe('hello');
    expect([...parsed.files_base64![1]!.content]).toEqual([0xfb, 0xff]);
  });

  it('refuses content that is not base64, naming the file', () => {
    expect(messages({ files_base64: [{ filename: 'x.pdf', content: 'não é base64!' }] })[0]).toContain(
      'is not valid base64 (file "x.pdf")',
    );
    expect(messages({ files_base64: [{ filename: 'x', content: 'abcde' }] })[0]).toContain('is not valid base64');
  });

  it('accepts exactly 3.5 MiB decoded in total and refuses one byte more', () => {
    const half = MAX_ATTACHMENT_BYTES / 2;
    expect(schema.safeParse({ files_base64: [{ filename: 'a', content: base64Of(half) }, { filename: 'b', content: base64Of(half) }] }).success).toBe(true);
    const over = messages({ files_base64: [{ filename: 'a', content: base64Of(half) }, { filename: 'b', content: base64Of(half + 1) }] });
    expect(over[0]).toContain('the limit is 3.5 MiB for all files of one call together');
  });

  it('accepts 10 files and refuses 11', () => {
    const file = { filename: 'a.txt', content: 'YQ==' };
    expect(schema.safeParse({ files_base64: Array(10).fill(file) }).success).toBe(true);
    expect(messages({ files_base64: Array(11).fill(file) })[0]).toBe('accepts at most 10 files per call');
  });

  it('computes the decoded length without decoding', () => {
    expect(decodedLength('aGVsbG8=')).toBe(5);
    expect(decodedLength(base64Of(1000))).toBe(1000);
  });
});

describe('files (the original local paths)', () => {
  it('is refused with the reason and the alternative', () => {
    const [message] = messages({ files: ['C:/relatorio.pdf'] });
    expect(message).toContain('cannot read files on your computer');
    expect(message).toContain('files_base64');
  });

  it('an empty list is harmless', () => {
    expect(schema.safeParse({ files: [] }).success).toBe(true);
  });
});
