-- A school's own words for the content checker: a local word to find (with its category and
-- severity), a phrase that is fine at the school though it holds a listed word, and a nickname of
-- the school or of one of its pupils or staff. Changing them rebuilds the school's checker.
CREATE TABLE checker_words (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  trust_id uuid NOT NULL REFERENCES trusts(id),
  school_id uuid NOT NULL REFERENCES schools(id),
  kind text NOT NULL CHECK (kind IN ('word', 'allowed', 'nickname')),
  text text NOT NULL CHECK (length(text) BETWEEN 2 AND 100),
  category text CHECK (category IN ('profanity', 'sexual', 'hate', 'threat', 'bullying')),
  severity text CHECK (severity IN ('block', 'warning', 'info')),
  -- a nickname's person; NULL for a nickname of the school itself
  person_id uuid REFERENCES people(id),
  created_by uuid NOT NULL REFERENCES people(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'word') = (category IS NOT NULL AND severity IS NOT NULL)),
  CHECK (person_id IS NULL OR kind = 'nickname')
);
-- One of each per school, whatever its case: the same nickname may still name two people.
CREATE UNIQUE INDEX checker_words_once ON checker_words (school_id, kind, lower(text), coalesce(person_id::text, ''));
CREATE INDEX checker_words_school ON checker_words (trust_id, school_id);

GRANT SELECT, INSERT, DELETE ON checker_words TO lanyard_app;
ALTER TABLE checker_words ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON checker_words
  USING (trust_id = lanyard_trust() AND lanyard_school_visible(school_id))
  WITH CHECK (trust_id = lanyard_trust() AND lanyard_school_visible(school_id));
