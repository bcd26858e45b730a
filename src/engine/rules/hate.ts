/**
 * The hate rules are in rules/hate.yaml. What stays here is the list of their ids that `abuse.prejudice-at-staff`
 * (still in TypeScript) reads through `from`: prejudice aimed at one member of staff is abuse too. It goes when
 * that rule moves and names the ids in its own `from`.
 */
export const PREJUDICE_RULE_IDS: readonly string[] = ['hate.group-demeaned', 'hate.group-hated', 'hate.group-frames', 'hate.tropes', 'hate.objections', 'hate.sexist', 'hate.slur'];
