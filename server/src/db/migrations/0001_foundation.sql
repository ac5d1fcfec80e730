-- Foundation: trusts, schools, people, roles, sign-in, mail outbox, audit log.
-- Every tenant table carries trust_id. Row-level security is the second fence behind the
-- application's authorize(): queries made for a person run as the non-owner role lanyard_app,
-- with the person's trust and schools in transaction-local settings.

DO $$ BEGIN
  CREATE ROLE lanyard_app NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;

-- The connecting user must be able to SET ROLE lanyard_app (a superuser can anyway).
DO $$ BEGIN
  EXECUTE format('GRANT lanyard_app TO %I', current_user);
EXCEPTION WHEN others THEN NULL;
END $$;

CREATE FUNCTION lanyard_trust() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('lanyard.trust_id', true), '')::uuid $$;

CREATE FUNCTION lanyard_schools() RETURNS uuid[] LANGUAGE sql STABLE AS
$$ SELECT coalesce(nullif(current_setting('lanyard.school_ids', true), ''), '{}')::uuid[] $$;

-- True for trust-wide roles (trust admin, trust board): they reach every school of the trust.
CREATE FUNCTION lanyard_trust_wide() RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT coalesce(current_setting('lanyard.trust_wide', true), '') = 'on' $$;

CREATE FUNCTION lanyard_school_visible(school uuid) RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT school IS NULL OR lanyard_trust_wide() OR school = ANY (lanyard_schools()) $$;

CREATE TABLE trusts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE schools (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  trust_id uuid NOT NULL REFERENCES trusts(id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  short_name text,
  town text,
  postcode text,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (trust_id, name)
);
CREATE INDEX schools_trust ON schools (trust_id);

-- A person belongs to one school, or to the trust as a whole (school_id NULL) when they work
-- across schools; roles say what they do where.
CREATE TABLE people (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  trust_id uuid NOT NULL REFERENCES trusts(id),
  school_id uuid REFERENCES schools(id),
  kind text NOT NULL,
  given_name text NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
  family_name text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
  email text,
  date_of_birth date,
  year_group text,
  left_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  -- several policies turn on a pupil's (or former pupil's) age: a pupil always has a birth date
  CHECK (kind <> 'pupil' OR (date_of_birth IS NOT NULL AND school_id IS NOT NULL)),
  CHECK (left_on IS NULL OR kind = 'pupil')
);
CREATE INDEX people_trust_school ON people (trust_id, school_id);

CREATE TABLE parent_links (
  trust_id uuid NOT NULL REFERENCES trusts(id),
  school_id uuid NOT NULL REFERENCES schools(id),
  parent_id uuid NOT NULL REFERENCES people(id),
  pupil_id uuid NOT NULL REFERENCES people(id),
  relationship text NOT NULL DEFAULT 'parent',
  PRIMARY KEY (parent_id, pupil_id)
);
CREATE INDEX parent_links_pupil ON parent_links (pupil_id);

CREATE TABLE role_assignments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  trust_id uuid NOT NULL REFERENCES trusts(id),
  person_id uuid NOT NULL REFERENCES people(id),
  school_id uuid REFERENCES schools(id),
  role text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE NULLS NOT DISTINCT (person_id, school_id, role)
);
CREATE INDEX role_assignments_trust_school ON role_assignments (trust_id, school_id);

CREATE TABLE accounts (
  person_id uuid PRIMARY KEY REFERENCES people(id),
  trust_id uuid NOT NULL REFERENCES trusts(id),
  email text NOT NULL UNIQUE CHECK (email = lower(email)),
  password_hash text,
  status text NOT NULL CHECK (status IN ('invited', 'active', 'disabled')),
  created_at timestamptz NOT NULL DEFAULT now(),
  activated_at timestamptz
);

-- Single-use links for invitations and password resets; only the token's hash is kept.
CREATE TABLE one_time_tokens (
  token_hash text PRIMARY KEY,
  trust_id uuid NOT NULL REFERENCES trusts(id),
  person_id uuid NOT NULL REFERENCES people(id),
  purpose text NOT NULL CHECK (purpose IN ('invite', 'reset')),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);

-- Sessions and sign-in throttles are read before anyone is known, so only the owner
-- role touches them (lanyard_app has no grant).
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  trust_id uuid NOT NULL REFERENCES trusts(id),
  person_id uuid NOT NULL REFERENCES people(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_person ON sessions (person_id);

CREATE TABLE sign_in_throttles (
  key text PRIMARY KEY,
  failures integer NOT NULL DEFAULT 0,
  last_failure_at timestamptz NOT NULL DEFAULT now(),
  locked_until timestamptz
);

CREATE TABLE mail_outbox (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  trust_id uuid NOT NULL REFERENCES trusts(id),
  school_id uuid REFERENCES schools(id),
  to_address text NOT NULL,
  subject text NOT NULL,
  -- the body can hold a sign-in link: encrypted at rest with LANYARD_SECRET_KEY
  body_encrypted text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  transport text NOT NULL CHECK (transport IN ('outbox', 'smtp')),
  sent_at timestamptz,
  error text
);
CREATE INDEX mail_outbox_trust_created ON mail_outbox (trust_id, created_at DESC);

-- Append-only, hash-chained per trust: each event's hash covers the previous hash.
CREATE TABLE audit_events (
  id uuid PRIMARY KEY,
  trust_id uuid NOT NULL REFERENCES trusts(id),
  seq bigint NOT NULL,
  school_id uuid REFERENCES schools(id),
  actor_person_id uuid REFERENCES people(id),
  action text NOT NULL,
  resource_type text NOT NULL,
  resource_id text,
  detail jsonb NOT NULL DEFAULT '{}'::jsonb,
  occurred_at timestamptz NOT NULL,
  prev_hash text NOT NULL,
  hash text NOT NULL,
  UNIQUE (trust_id, seq)
);
CREATE INDEX audit_events_school ON audit_events (trust_id, school_id, seq DESC);

-- The head of each trust's chain, locked while an event is appended so appends are serial.
CREATE TABLE audit_heads (
  trust_id uuid PRIMARY KEY REFERENCES trusts(id),
  seq bigint NOT NULL,
  hash text NOT NULL
);

-- Even the owner cannot rewrite history by accident; a deliberate tamper needs a superuser.
CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only';
END $$;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();

-- Grants for the application role.
GRANT SELECT ON trusts TO lanyard_app;
GRANT SELECT, INSERT, UPDATE ON schools, people, accounts, one_time_tokens, mail_outbox TO lanyard_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON role_assignments, parent_links TO lanyard_app;
GRANT SELECT, INSERT ON audit_events TO lanyard_app;
GRANT SELECT, INSERT, UPDATE ON audit_heads TO lanyard_app;
GRANT EXECUTE ON FUNCTION lanyard_trust(), lanyard_schools(), lanyard_trust_wide(), lanyard_school_visible(uuid) TO lanyard_app;

-- Row-level security: trust always; school where the row has one.
ALTER TABLE trusts ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON trusts USING (id = lanyard_trust());

ALTER TABLE schools ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON schools
  USING (trust_id = lanyard_trust() AND (lanyard_trust_wide() OR id = ANY (lanyard_schools())))
  WITH CHECK (trust_id = lanyard_trust() AND (lanyard_trust_wide() OR id = ANY (lanyard_schools())));

ALTER TABLE people ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON people
  USING (trust_id = lanyard_trust() AND lanyard_school_visible(school_id))
  WITH CHECK (trust_id = lanyard_trust() AND lanyard_school_visible(school_id));

ALTER TABLE parent_links ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON parent_links
  USING (trust_id = lanyard_trust() AND lanyard_school_visible(school_id))
  WITH CHECK (trust_id = lanyard_trust() AND lanyard_school_visible(school_id));

ALTER TABLE role_assignments ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON role_assignments
  USING (trust_id = lanyard_trust() AND lanyard_school_visible(school_id))
  WITH CHECK (trust_id = lanyard_trust() AND lanyard_school_visible(school_id));

ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON accounts USING (trust_id = lanyard_trust()) WITH CHECK (trust_id = lanyard_trust());

ALTER TABLE one_time_tokens ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON one_time_tokens USING (trust_id = lanyard_trust()) WITH CHECK (trust_id = lanyard_trust());

ALTER TABLE mail_outbox ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON mail_outbox
  USING (trust_id = lanyard_trust() AND lanyard_school_visible(school_id))
  WITH CHECK (trust_id = lanyard_trust() AND lanyard_school_visible(school_id));

ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_read ON audit_events FOR SELECT
  USING (trust_id = lanyard_trust() AND lanyard_school_visible(school_id));
CREATE POLICY tenant_append ON audit_events FOR INSERT WITH CHECK (trust_id = lanyard_trust());

ALTER TABLE audit_heads ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON audit_heads USING (trust_id = lanyard_trust()) WITH CHECK (trust_id = lanyard_trust());
