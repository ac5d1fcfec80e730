-- Whether a pupil's parents have agreed to their photo being published: the checker refuses an
-- official post whose images tag a pupil without it.
ALTER TABLE people ADD COLUMN photo_consent boolean NOT NULL DEFAULT false;
