/**
 * Sharing or promising photos or video of pupils or staff without consent (003 §4, 001 §4.1, 004 cyber-bullying
 * "circulating photos or video clips"). One's own child alone, and asking where official photos are, stay quiet.
 */
import { any, re, test } from '../rule';
import type { Rule } from '../rule';

const message = 'This shares or offers photos or video of pupils or staff. The school asks for consent first.';
const source = '003 §4; 001 §4.1; 004';

const MEDIA = any(['pics?', 'photos?', 'pictures?', 'videos?', 'vids?', 'footage', 'clips?', 'screenshots?', 'selfies?', 'snaps?']);
const SUBJECT = any([
  '(?:mr|mrs|miss|ms|sir) [a-z*]+',
  "[a-z]+'s (?:face|staff photo)",
  'the (?:teacher|head|ta|head of year|dinner lady|receptionist|kids|children|class|pupils)',
  'my (?:tutor group|form|class|year \\d+s|kids at|little ones)',
  'year \\d{1,2}s?',
  'y\\d{1,2}s?',
  'reception',
  'the (?:lad|boy|girl|kid)',
  'our [a-z]+ and',
  'them',
  'him',
  'her',
  'everyone',
  'the whole class',
  'the staff',
]);

export const photoRules: readonly Rule[] = [
  {
    id: 'photo.sharing-images',
    category: 'photo',
    message,
    source,
    scope: 'school',
    patterns: [
      re('\\b(?<hit>', MEDIA, ' (?:of|with) ', SUBJECT, ')'),
      re("\\b(?<hit>(?:here'?s|here are|posting|sharing|uploading|put(?:ting)? up|might post|going to post|gonna post|will post|i'?ll post|anyone got|has anyone got|got a|took a|taking) (?:a |the |some |my |few |a few |these |this |that |our )?", MEDIA, ')\\b'),
      re('\\b(?<hit>', MEDIA, " (?:below|attached|above|in the comments|👇|⬇️))"),
      re("\\b(?<hit>(?:screenshotted|screenshot|filmed|recorded|videoed) (?:it|him|her|them|the))"),
      re("\\b(?<hit>tag yourselves|tag your (?:kids|little ones)|group chat (?:pic|photo))\\b"),
      re("\\b(?<hit>posted (?:these|them|this|the (?:photos|pics|videos)))\\b"),
    ],
    unless: [
      test("\\b(?:we know the rules|just (?:my|our|isla'?s|his|her) (?:own )?(?:bit|child|one)|only (?:my|our) (?:own )?(?:child|kid)|with (?:their|parents'?|parental) (?:consent|permission)|no (?:photos|pictures|filming))\\b"),
      test("\\b(?:where (?:will|can|do) (?:the|we)|when will the|order (?:a few|some|the)|official (?:photos|photographer)|school photos?|crime scene|of the dog|of my (?:dog|cat|dinner|garden))\\b"),
    ],
    cases: {
      fires: [
        'Here are some pics of the Year 3 class at the swimming gala, tag your kids!',
        'I have a video of Mr Pike losing it at the gate, might post it later.',
      ],
      quiet: ['When will the school photos be ready to order?', 'Took a photo of my own son on his first day, so grown up.'],
    },
  },
];
