/**
 * Readies the engine in a fresh worker before the first draft arrives: decodes the model, compiles the rules'
 * phrases and runs one draft per role, so the code is compiled too. Once per process; later calls do nothing.
 */
import { analyzeDraft } from './analyze';
import type { Pack } from './types';

const DRAFT = 'The head at school said my son can bring his PE kit on Monday, thank you Mrs Jones.';
let warmed = false;

export function warmEngine(pack: Pack): void {
  if (warmed) return;
  warmed = true;
  analyzeDraft(DRAFT, { role: 'parent', pack });
  analyzeDraft(DRAFT, { role: 'staff', pack });
}
