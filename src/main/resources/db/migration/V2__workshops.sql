-- Workshops: a room served with `hotseat serve` on one day. Runs played there name it, so a
-- cohort's runs can be found together and a trainee who drops can take their run up again, also
-- after the server has been restarted.
CREATE TABLE workshops (
    id          TEXT PRIMARY KEY,   -- the room and the day: "onboarding-2026-03-01"
    room        TEXT NOT NULL,
    day         TEXT NOT NULL,      -- ISO date, the server's local day
    opened_at   TEXT NOT NULL
);

ALTER TABLE runs ADD COLUMN workshop_id TEXT REFERENCES workshops (id);
CREATE INDEX runs_by_workshop ON runs (workshop_id, trainee);

-- The public keys trainees connected with, each remembered as one trainee's identity (the SSH
-- key's SHA-256 fingerprint, as ssh-keygen -l prints it).
CREATE TABLE trainee_keys (
    fingerprint TEXT PRIMARY KEY,
    trainee     TEXT NOT NULL,
    first_seen  TEXT NOT NULL
);
CREATE INDEX trainee_keys_by_trainee ON trainee_keys (trainee);
