/**
 * The engine's vocabulary: one finding type, one verdict type, one pack type.
 * Pure TypeScript with no browser API, so the worker, the tests and the `check` tool share it.
 */

/**
 * What a draft does that a school's social-media policy asks parents or staff not to do (PRODUCT.md §3).
 * - `complaint`: publicly complains about the school, trust or staff instead of using the complaints procedure.
 * - `allegation`: accuses staff or pupils of wrongdoing; defamatory or unverified claims.
 * - `abuse`: abusive, insulting or offensive remarks about specific staff, pupils or parents; harassment.
 * - `threat`: threatens violence or harm, veiled threats included.
 * - `hate`: racist, homophobic, transphobic, sexist or other prejudiced remarks.
 * - `naming_child`: names or discusses other families' children.
 * - `personal_info`: where someone lives, their phone number, car registration or similar.
 * - `confidential`: safeguarding cases, investigations, exclusions, medical or SEN details of others.
 * - `photo`: shares or promises photos or video of pupils or staff without consent.
 * - `impersonation`: posts as the school, or runs a page or account using its name or branding.
 * - `staff_conduct`: (staff role) refers to specific pupils, parents, colleagues or school incidents.
 */
export const CATEGORIES = [
  'complaint',
  'allegation',
  'abuse',
  'threat',
  'hate',
  'naming_child',
  'personal_info',
  'confidential',
  'photo',
  'impersonation',
  'staff_conduct',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['none', 'low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** PRODUCT.md §3: severity decides the tone of the nudge and whether the pre-send check interrupts. */
export const CATEGORY_SEVERITY: Readonly<Record<Category, Exclude<Severity, 'none'>>> = {
  threat: 'high',
  hate: 'high',
  personal_info: 'high',
  confidential: 'high',
  allegation: 'medium',
  abuse: 'medium',
  naming_child: 'medium',
  photo: 'medium',
  impersonation: 'medium',
  complaint: 'low',
  staff_conduct: 'low',
};

/** A verdict's severity: that of the most severe of its categories ('none' when it names none). */
export function severityOf(categories: readonly Category[]): Severity {
  let at = 0;
  for (const c of categories) at = Math.max(at, SEVERITIES.indexOf(CATEGORY_SEVERITY[c]));
  return SEVERITIES[at] as Severity;
}

/** Whether the pre-send check pauses a post for a note of this severity ("Post anyway?"): medium and high. */
export const pausesPost = (severity: Severity): boolean => severity === 'medium' || severity === 'high';

export const ROLES = ['parent', 'staff'] as const;
export type Role = (typeof ROLES)[number];

/** A half-open range of UTF-16 code units in the original draft. */
export interface Span {
  start: number;
  end: number;
}

/** One thing the engine noticed, pointing at the words in the user's own text. */
export interface Finding {
  ruleId: string;
  category: Category;
  span: Span;
  message: string;
  /** The pack clause that backs it, e.g. "Bexton Primary School social media policy, Inappropriate use". */
  source: string;
}

export interface Verdict {
  nudge: boolean;
  severity: Severity;
  /** Distinct categories of the findings, in catalogue order. */
  categories: Category[];
  findings: Finding[];
  /** The pack the draft was checked against. */
  packId: string;
  /**
   * Present when the nudge waits for the way to posting: a short draft only the model found, short of sure
   * (decide.ts `heldUntilPosting`). While someone types it is shown as quiet; the pre-send check asks about it.
   */
  onPost?: true;
}

/** Where a concern should go instead of social media. A pack gives one per role. */
export interface Route {
  /** What the route is, in the school's words: "the Trust's Complaints Policy". */
  label: string;
  url?: string;
  email?: string;
  /** The policy's own instruction when no address is published: "contact the school directly". */
  instruction: string;
  /**
   * Where a safeguarding matter goes instead, where the school names someone for it (STOC's staff report a child's
   * welfare to the Designated Safeguarding Lead, and raise everything else with SLT): the note offers it for a
   * safeguarding finding (SAFEGUARDING_CATEGORIES) and this route for the rest.
   */
  safeguarding?: SafeguardingRoute;
}

/** A route for safeguarding matters: a route of its own, with no further one inside it. */
export type SafeguardingRoute = Omit<Route, 'safeguarding'>;

/**
 * The categories that are a safeguarding matter, a child's welfare: safeguarding cases, investigations, a pupil's
 * health or care (`confidential`). A route's `safeguarding` way takes them where the pack gives one.
 */
export const SAFEGUARDING_CATEGORIES: readonly Category[] = ['confidential'];

export interface PackClause {
  /** Where in the policy, e.g. "§3.4.2". */
  ref: string;
  /** A short quote of the clause, in the policy's own words. */
  quote: string;
  /**
   * True when the words are general guidance, not the school's policy: the general pack's (which personal packs are
   * made from), or a pack's where its policy does not speak to that reader (STOC's is for its staff and pupils, so
   * parents are quoted general guidance). The note then says so rather than citing the school.
   */
  general?: boolean;
}

export interface PackRule {
  enabled: boolean;
  clause: PackClause;
  /**
   * The clause quoted to staff, where `clause` speaks to parents or pupils (or is general guidance) and the policy says
   * it to staff elsewhere (STOC's §3.7 on the Trust's name, where its parents are quoted general guidance). Without it
   * staff see `clause`.
   */
  staffClause?: PackClause;
  /** Optional wording the school prefers for the nudge headline. */
  message?: string;
  /**
   * The school's own phrases for this category, in the rule files' phrase language (rules/README.md), never regular
   * expressions: each one found is a finding on its own. With cases that `npm run pack -- validate` runs.
   */
  phrases?: string[];
  cases?: { fires: string[]; quiet: string[] };
  /**
   * naming_child only: another family's child named with their class or surname initial is a finding even in praise
   * ("Well done to Amara in Year 6!"), for a school whose policy asks parents not to name children at all (Northwick,
   * 002). Without it such praise is left to the model, which keeps it quiet (docs/annotation.md).
   */
  evenInPraise?: boolean;
}

/** A school or trust (PRODUCT.md §4). */
export interface Pack {
  schemaVersion: 1;
  id: string;
  name: string;
  /** What the nudge calls the school: "Raise it with Bexton". */
  shortName: string;
  /** Names people use for the school: "Bexton Primary", "@BextonPrimary". */
  aliases: string[];
  /** The policy document the clauses come from. */
  policy: { title: string; seed?: string };
  routes: Record<Role, Route>;
  rules: Partial<Record<Category, PackRule>>;
  /** Staff names the school publishes anyway, e.g. "Mrs Patel". */
  staff?: string[];
}

export interface AnalyzeOptions {
  role: Role;
  pack: Pack;
}

/** Whether a school's pack checks a category at all: a category it switches off, or leaves out, is never found. */
export const packChecks = (pack: Pack, category: Category): boolean => pack.rules[category]?.enabled === true;

/** The clause a pack's rule quotes to someone in `role`. */
export const clauseFor = (rule: PackRule, role: Role): PackClause => (role === 'staff' ? (rule.staffClause ?? rule.clause) : rule.clause);
