// The content checker's shared words (DESIGN.md) and the shapes every category works with.

export const CHECKER_CATEGORIES = [
  'pupil_name',
  'staff_name',
  'personal_data',
  'profanity',
  'sexual',
  'hate',
  'threat',
  'bullying',
  'commercial',
  'school_identification',
  'child_specific',
  'photo_consent',
] as const;
export type CheckerCategory = (typeof CHECKER_CATEGORIES)[number];

export const TEXT_KINDS = ['official_post', 'comment', 'personal_post'] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

/** block: must not be published; warning: needs a second look; info: worth knowing. */
export type Severity = 'block' | 'warning' | 'info';

export interface Finding {
  category: CheckerCategory;
  /** UTF-16 offsets into the original text, end exclusive */
  start: number;
  end: number;
  severity: Severity;
  /** plain English, for the person about to publish */
  reason: string;
  /**
   * The school's policy clause for this category, when its pack names one (see withClauses): the
   * clause's anchor, a colon and a space, then the clause's own words, e.g.
   * "terms-of-use: Must not be used in an abusive or hateful manner". Anchors hold no colon.
   */
  clause?: string;
  /**
   * Text that can be written in as it is, in place of `replaces` (or of the finding's own span when
   * `replaces` is absent): "a Year 5 pupil", or a whole rewritten sentence. Never advice; an empty
   * string means the range is simply taken out.
   */
  suggestion?: string;
  /** the range `suggestion` replaces, as UTF-16 offsets into the original text, end exclusive */
  replaces?: { start: number; end: number };
  /** what to do when there is no text to write in ("Remove the number; ...") */
  advice?: string;
}

/** The roster file's shape, the same the app exports. */
export interface Roster {
  school: { name: string; short: string; town: string; postcode: string; address?: string; phone?: string; email?: string; nicknames?: string[] };
  /** aka: other names the school knows them by ("Ollie B", "Mr T"), found as that person */
  pupils: { given: string; family: string; dob: string; year: string; photoConsent: boolean; aka?: string[] }[];
  staff: { given: string; family: string; role: string; aka?: string[] }[];
}

/** What a category sees of a text: the original, and its normalised form with a map back. */
export interface Prepared {
  original: string;
  /** lower-cased, accents and look-alike letters folded, zero-width and combining marks removed */
  folded: string;
  /** folded[i] came from original[offsets[i]]; offsets[folded.length] is original.length */
  offsets: Int32Array;
  kind: TextKind;
  /** images attached to the post, with the pupils tagged in them */
  images?: { tagged: string[] }[];
}

/** A category compiled for one school: built once, run on every text. */
export type CategoryCheck = (text: Prepared) => Finding[];

/** Which categories apply to which kind of text (issue 5): the rest apply to all. */
export const ONLY_FOR: Partial<Record<CheckerCategory, TextKind[]>> = {
  child_specific: ['official_post'],
  photo_consent: ['official_post'],
  school_identification: ['personal_post'],
};

export const MAX_TEXT_LENGTH = 50_000;
