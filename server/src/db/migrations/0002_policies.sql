-- Policies: documents with versions. A trust policy (school_id NULL) applies to every school of
-- the trust unless a school has its own. Each version carries its text (Markdown; headings are
-- clause anchors) and, once attached, a policy pack (YAML) whose rules cite those clauses.

CREATE TABLE policies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  trust_id uuid NOT NULL REFERENCES trusts(id),
  school_id uuid REFERENCES schools(id),
  title text NOT NULL CHECK (length(title) BETWEEN 2 AND 200),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX policies_trust_school ON policies (trust_id, school_id);

CREATE TABLE policy_versions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  trust_id uuid NOT NULL REFERENCES trusts(id),
  -- the policy's school, kept here too so row-level security needs no join
  school_id uuid REFERENCES schools(id),
  policy_id uuid NOT NULL REFERENCES policies(id),
  version_no integer NOT NULL CHECK (version_no > 0),
  text_md text NOT NULL,
  text_sha256 text NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'awaiting_ratification', 'ratified', 'superseded', 'withdrawn')),
  governing_committee text,
  responsible_title text,
  responsible_person_id uuid REFERENCES people(id),
  review_months integer CHECK (review_months BETWEEN 1 AND 60),
  ratified_on date,
  next_review_on date,
  pack_yaml text,
  pack_source text,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES people(id),
  UNIQUE (policy_id, version_no),
  CHECK (status <> 'ratified' OR ratified_on IS NOT NULL)
);
-- Only one version of a policy is in force at a time.
CREATE UNIQUE INDEX policy_versions_one_in_force ON policy_versions (policy_id) WHERE status = 'ratified';

GRANT SELECT, INSERT, UPDATE ON policies, policy_versions TO lanyard_app;

ALTER TABLE policies ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON policies
  USING (trust_id = lanyard_trust() AND lanyard_school_visible(school_id))
  WITH CHECK (trust_id = lanyard_trust() AND lanyard_school_visible(school_id));

ALTER TABLE policy_versions ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON policy_versions
  USING (trust_id = lanyard_trust() AND lanyard_school_visible(school_id))
  WITH CHECK (trust_id = lanyard_trust() AND lanyard_school_visible(school_id));
