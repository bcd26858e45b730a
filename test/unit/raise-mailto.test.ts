// The private-message page's "Send by e-mail": a mailto: link with the school's address, a subject and the message
// exactly as written, or without the message when it is too long for mail programs to take in a link.
import { describe, expect, it } from 'vitest';
import { MAX_MAILTO_LENGTH, mailtoLink } from '../../src/pages/raise/mailto';

function parts(href: string) {
  const url = new URL(href);
  return { to: url.pathname, subject: url.searchParams.get('subject'), body: url.searchParams.get('body') };
}

describe('the Send by e-mail link', () => {
  it('carries the address, the subject and the message, with every character kept', () => {
    const body = 'Mr Hayes & the head: 100% useless?\nWe want a meeting #now + answers = fair. «Très» 👎';
    const link = mailtoLink('office@bexton.example', 'A concern for Bexton Primary School', body);
    expect(link.withBody).toBe(true);
    expect(link.href.startsWith('mailto:office@bexton.example?subject=')).toBe(true);
    expect(parts(link.href)).toEqual({
      to: 'office@bexton.example',
      subject: 'A concern for Bexton Primary School',
      // RFC 6068 line breaks; nothing else changes.
      body: body.replace('\n', '\r\n'),
    });
  });

  it('leaves a message too long for a link out, saying so, rather than cutting it short', () => {
    const body = 'The head never answers. '.repeat(200);
    const link = mailtoLink('office@bexton.example', 'A concern', body);
    expect(link).toEqual({ href: 'mailto:office@bexton.example?subject=A%20concern', withBody: false });
    const fits = mailtoLink('office@bexton.example', 'A concern', 'a'.repeat(MAX_MAILTO_LENGTH - 60));
    expect(fits.withBody).toBe(true);
    expect(fits.href.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
  });
});
