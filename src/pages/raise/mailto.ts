/** The "Send by e-mail" link: a mailto: address the user clicks; the extension itself sends nothing. Pure. */

/**
 * Longer mailto: links are cut short or refused by some mail programs and browsers; past this the link carries the
 * subject only and the page asks the user to paste the message in.
 */
export const MAX_MAILTO_LENGTH = 2000;

export interface MailtoLink {
  href: string;
  /** False when the message was too long to go in the link. */
  withBody: boolean;
}

export function mailtoLink(email: string, subject: string, body: string): MailtoLink {
  const base = `mailto:${email}?subject=${encodeURIComponent(subject)}`;
  // RFC 6068: line breaks in a body are CRLF.
  const full = `${base}&body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`;
  return full.length <= MAX_MAILTO_LENGTH ? { href: full, withBody: true } : { href: base, withBody: false };
}
