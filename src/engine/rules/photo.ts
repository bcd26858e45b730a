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
    triggers: ['pic', 'pics', 'photo', 'photos', 'picture', 'pictures', 'video', 'videos', 'vid', 'vids', 'footage', 'clip', 'clips', 'screenshot', 'screenshots', 'screenshotted', 'selfie', 'selfies', 'snap', 'snaps', 'filmed', 'recorded', 'videoed', 'tag', 'posted', 'snapped', 'put', 'puts', 'posting', 'uploaded', 'uploading', 'stuck', 'shared', 'sharing', 'added', 'adding'],
    patterns: [
      re('\\b(?<hit>', MEDIA, ' (?:of|with) ', SUBJECT, ')'),
      re("\\b(?<hit>(?:here'?s|here are|posting|sharing|uploading|put(?:ting)? up|might post|going to post|gonna post|will post|i'?ll post|anyone got|has anyone got|got a|took a|taking) (?:a |the |some |my |few |a few |these |this |that |our )?(?:class |group |team |whole |full |school )?", MEDIA, ')\\b'),
      re('\\b(?<hit>', MEDIA, " (?:below|attached|above|in the comments|👇|⬇️))"),
      re("\\b(?<hit>(?:screenshotted|screenshot|filmed|recorded|videoed) (?:it|him|her|them|the))"),
      re("\\b(?<hit>tag yourselves|tag your (?:kids|little ones)|group chat (?:pic|photo))\\b"),
      re("\\b(?<hit>(?:put|puts|posted|posting|uploaded|uploading|stuck|shared|sharing|added|adding) (?:all |loads of |some |a few )?(?:the |my |some |these |those )?(?:\\w+ ){0,3}", MEDIA, " (?:on|onto|up on|to|in) (?:my |the |our |a )?(?:tiktok|instagram|insta|facebook|fb|youtube|snapchat|page|story|stories|group|profile|reels?|channel))"),
      re("\\b(?<hit>posted (?:these|them|this|the (?:photos|pics|videos)))\\b"),
    ],
    unless: [
      // Consent, or only one's own child in the picture (003 §4 asks for consent; one's own child is quiet).
      test("\\b(?:(?:know|follow|following|followed|read) the (?:rules|policy)|(?:just|only) (?:my|our|\\w+'?s) (?:own )?(?:bit|child|kid|son|daughter|one|part)|only (?:my|our) (?:own )?(?:child|kid|son|daughter)|with (?:their|parents'?|parental|everyone'?s|the school'?s) (?:consent|permission|ok|blessing)|no (?:photos|pictures|filming|videos)|(?:cropped|blurred|hidden) (?:out|the other|everyone))\\b"),
      // Asking where the official photos are, or pictures of things rather than people.
      test("\\b(?:where (?:will|can|do|are) (?:the|we)|when will the|order (?:a few|some|the|extra)|official (?:photos|photographer|pictures)|school photos?|class photos? (?:order|day|proofs)|photos? of (?:the|my|our) (?:dog|cat|pet|dinner|garden|cake|house|car|damage|mess|lunch|food|puppy|kitten|room|drawing|homework|project|artwork)|of my (?:dog|cat|dinner|garden))\\b"),
    ],
    cases: {
      fires: [
        'Here are some pics of the Year 5 class at the swimming gala, tag your kids!',
        'Filmed the dinner lady losing her temper at lunch, will stick it on here tonight.',
        'I have a video of Mr Pike losing it at the gate, might post it later.',
        'Uploaded all the sports day clips to my Instagram story, loads of the kids are in them!',
      ],
      quiet: [
        'When will the school photos be ready to order?',
        'Took a photo of my own son on his first day, so grown up.',
        'Here is a photo of the damage to the bike shed roof, can someone fix it?',
      ],
    },
  },
];
