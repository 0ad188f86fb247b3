import { describe, expect, it } from 'vitest';
import { importOne, texts } from './import-fixture.js';
import { buildDocx } from './zip-builder.js';

function mailWith(attachment: Buffer, note: string, name = 'bridge-story.docx'): Buffer {
  const b64 = attachment.toString('base64').replace(/.{76}/gu, '$&\n');
  return Buffer.from(
    'From: Port Press Office <press@port.example>\nTo: desk@paper.example\nSubject: Story for tomorrow\n' +
      'Date: Tue, 3 Mar 2026 08:30:00 +0000\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b1"\n\n' +
      `--b1\nContent-Type: text/plain; charset=utf-8\n\n${note}\n\n` +
      `--b1\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name="${name}"\n` +
      `Content-Disposition: attachment; filename="${name}"\nContent-Transfer-Encoding: base64\n\n${b64}\n--b1--\n`,
  );
}

describe('e-mail with the story attached as a Word file', () => {
  it('takes the story from the .docx, its title as the headline, the covering note as the editor\'s note', () => {
    const docx = buildDocx([
      ['Title', 'Harbour bridge to close for three weeks'],
      ['', 'The harbour bridge will close for three weeks from Monday for repairs, the authority said.'],
      ['', 'Traffic will be diverted over the ring road, and ferries will run every twenty minutes.'],
    ]);
    const a = importOne('mail.eml', mailWith(docx, 'Please find our release attached.'));
    expect(a.headline).toBe('Harbour bridge to close for three weeks');
    expect(texts(a)).toEqual([
      'The harbour bridge will close for three weeks from Monday for repairs, the authority said.',
      'Traffic will be diverted over the ring road, and ferries will run every twenty minutes.',
    ]);
    expect(a.ednote).toBe('Please find our release attached.');
  });

  it('keeps the subject as the headline when the document has no title, and ignores an attachment that is not a .docx', () => {
    const docx = buildDocx([['', 'The harbour bridge will close for three weeks from Monday for repairs, the authority said.']]);
    expect(importOne('mail.eml', mailWith(docx, 'Attached.')).headline).toBe('Story for tomorrow');
    const notWord = importOne('mail.eml', mailWith(Buffer.from('PK\u0003\u0004 not really a zip'), 'The note is the whole story here, a sentence long.'));
    expect(texts(notWord)).toEqual(['The note is the whole story here, a sentence long.']);
  });
});
