-- Acknowledgements: who read and accepted which version (with the hash of the text they read),
-- when and how. Like the audit log they are never edited or deleted.
CREATE TABLE acknowledgements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  trust_id uuid NOT NULL REFERENCES trusts(id),
  school_id uuid REFERENCES schools(id),
  policy_version_id uuid NOT NULL REFERENCES policy_versions(id),
  person_id uuid NOT NULL REFERENCES people(id),
  text_sha256 text NOT NULL,
  method text NOT NULL CHECK (method IN ('web', 'api', 'paper')),
  recorded_by uuid NOT NULL REFERENCES people(id),
  acknowledged_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (policy_version_id, person_id)
);
CREATE INDEX acknowledgements_version ON acknowledgements (policy_version_id);
CREATE TRIGGER acknowledgements_no_update BEFORE UPDATE OR DELETE ON acknowledgements
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();

-- A campaign asks everyone a ratified version applies to to acknowledge it by a date.
CREATE TABLE ack_campaigns (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  trust_id uuid NOT NULL REFERENCES trusts(id),
  school_id uuid REFERENCES schools(id),
  policy_version_id uuid NOT NULL UNIQUE REFERENCES policy_versions(id),
  due_on date NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Requests for permission and declarations sent from an answer of "ask the policy".
CREATE TABLE policy_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  trust_id uuid NOT NULL REFERENCES trusts(id),
  school_id uuid NOT NULL REFERENCES schools(id),
  person_id uuid NOT NULL REFERENCES people(id),
  kind text NOT NULL CHECK (kind IN ('permission', 'declaration')),
  situation jsonb NOT NULL,
  policy_version_id uuid NOT NULL REFERENCES policy_versions(id),
  rule_ids text[] NOT NULL,
  decider_role text,
  -- the person's own words can hold personal details: encrypted at rest
  note_encrypted text,
  status text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'approved', 'refused', 'noted', 'withdrawn')),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX policy_requests_school ON policy_requests (trust_id, school_id, created_at DESC);

-- Reminders already sent, so a timer that runs again does not send them twice.
CREATE TABLE reminders_sent (
  key text PRIMARY KEY,
  trust_id uuid NOT NULL REFERENCES trusts(id),
  sent_at timestamptz NOT NULL DEFAULT now()
);

GRANT SELECT, INSERT ON acknowledgements, ack_campaigns, policy_requests, reminders_sent TO lanyard_app;

ALTER TABLE acknowledgements ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON acknowledgements
  USING (trust_id = lanyard_trust() AND lanyard_school_visible(school_id))
  WITH CHECK (trust_id = lanyard_trust() AND lanyard_school_visible(school_id));
ALTER TABLE ack_campaigns ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON ack_campaigns
  USING (trust_id = lanyard_trust() AND lanyard_school_visible(school_id))
  WITH CHECK (trust_id = lanyard_trust() AND lanyard_school_visible(school_id));
ALTER TABLE policy_requests ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON policy_requests
  USING (trust_id = lanyard_trust() AND lanyard_school_visible(school_id))
  WITH CHECK (trust_id = lanyard_trust() AND lanyard_school_visible(school_id));
ALTER TABLE reminders_sent ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON reminders_sent USING (trust_id = lanyard_trust()) WITH CHECK (trust_id = lanyard_trust());
