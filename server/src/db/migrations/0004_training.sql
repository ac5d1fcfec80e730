-- Training records: who completed which course when, until when it counts, and the evidence.
CREATE TABLE training_records (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  trust_id uuid NOT NULL REFERENCES trusts(id),
  school_id uuid REFERENCES schools(id),
  person_id uuid NOT NULL REFERENCES people(id),
  course text NOT NULL CHECK (length(course) BETWEEN 2 AND 200),
  completed_on date NOT NULL,
  expires_on date,
  evidence text,
  recorded_by uuid NOT NULL REFERENCES people(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (expires_on IS NULL OR expires_on >= completed_on)
);
CREATE INDEX training_records_school ON training_records (trust_id, school_id, course);

GRANT SELECT, INSERT ON training_records TO lanyard_app;
ALTER TABLE training_records ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON training_records
  USING (trust_id = lanyard_trust() AND lanyard_school_visible(school_id))
  WITH CHECK (trust_id = lanyard_trust() AND lanyard_school_visible(school_id));
