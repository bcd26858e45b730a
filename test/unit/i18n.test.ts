import { describe, expect, it } from 'vitest';
import messages from '../../src/_locales/en_GB/messages.json';
import { CATEGORIES, SEVERITIES } from '../../src/engine/types';
import { t } from '../../src/i18n';
import type { MessageKey } from '../../src/i18n';

describe('interface messages', () => {
  it('has a headline for every category and a tone for every severity', () => {
    for (const category of CATEGORIES) expect(t(`headline_${category}`)).not.toBe(`headline_${category}`);
    // The kind, as the note names it in a sentence ("Turn off notes about public complaints").
    for (const category of CATEGORIES) expect(t(`kind_${category}`)).toMatch(/^[a-z][^.]*[a-z]$/);
    for (const severity of SEVERITIES.filter((s) => s !== 'none')) expect(t(`tone_${severity}` as MessageKey)).toMatch(/\.$/);
  });

  it('fills the school into the route action', () => {
    expect(t('actionRaise', 'Bexton')).toBe('Raise it with Bexton');
  });

  it('describes every message for translators and keeps names the browser accepts', () => {
    for (const [name, entry] of Object.entries(messages)) {
      expect(name).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(entry.description.length).toBeGreaterThan(10);
      expect(entry.message.trim()).toBe(entry.message);
    }
  });

  it('speaks British English', () => {
    const text = Object.values(messages).map((entry) => entry.message).join(' ');
    expect(text).not.toMatch(/\b(color|favorite|organize|apologize|realize|mom)\b/i);
  });
});
