/** Answers protocol requests: the engine behind the one message boundary, with no browser API of its own. */
import { analyzeDraft } from '../engine';
import { getBundledPack } from '../packs';
import type { Category, Pack, PackClause } from '../engine/types';
import { parseRequest } from '../protocol';
import type { Reply, SchoolView } from '../protocol';
import type { Settings } from '../settings';

export interface HandlerDeps {
  getSettings(): Promise<Settings>;
  openOptions(): Promise<void>;
}

function schoolFor(settings: Settings): { pack: Pack; chosen: boolean } {
  for (const id of settings.schools) {
    const pack = getBundledPack(id);
    if (pack) return { pack, chosen: true };
  }
  const generic = getBundledPack('generic');
  if (!generic) throw new Error('The generic pack is missing from the build.');
  return { pack: generic, chosen: false };
}

export function createHandler(deps: HandlerDeps): (message: unknown) => Promise<Reply> {
  return async (message) => {
    const parsed = parseRequest(message);
    if (!parsed.ok) return { kind: 'error', message: parsed.error };
    const request = parsed.value;
    try {
      switch (request.kind) {
        case 'analyze': {
          const settings = await deps.getSettings();
          const { pack, chosen } = schoolFor(settings);
          const verdict = analyzeDraft(request.text, { role: settings.role, pack });
          const clauses: Partial<Record<Category, PackClause>> = {};
          for (const category of verdict.categories) {
            const rule = pack.rules[category];
            if (rule) clauses[category] = rule.clause;
          }
          const school: SchoolView = {
            packId: pack.id,
            name: pack.name,
            shortName: pack.shortName,
            route: pack.routes[settings.role],
            chosen,
          };
          return { kind: 'verdict', verdict, school, clauses };
        }
        case 'openOptions':
          await deps.openOptions();
          return { kind: 'done' };
      }
    } catch (error) {
      return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  };
}
