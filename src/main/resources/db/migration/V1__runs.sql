-- Hotseat's runs, one schema for SQLite and PostgreSQL (portable SQL only: TEXT, INTEGER, BIGINT,
-- natural keys, no auto-increment). Times are ISO-8601 UTC text ("2026-03-01T10:00:00Z"), which
-- sorts and compares as time in both. Flags are 0 or 1.

-- Who played.
CREATE TABLE trainees (
    name        TEXT PRIMARY KEY,
    first_seen  TEXT NOT NULL
);

-- Each version of a scenario a run was played on, stored once: its id, the SHA-256 of the file's
-- bytes, where it was read from, and the file's text.
CREATE TABLE scenario_versions (
    scenario_id TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    title       TEXT,
    source      TEXT,
    content     TEXT,
    first_seen  TEXT NOT NULL,
    PRIMARY KEY (scenario_id, sha256)
);

-- One row a run. A run's row is claimed (inserted with its id alone) before its first save, so
-- that no two runs get the same id; a claimed row has no started_at until that save.
CREATE TABLE runs (
    id              TEXT PRIMARY KEY,
    trainee         TEXT REFERENCES trainees (name),
    scenario_id     TEXT,
    scenario_sha256 TEXT,
    scenario_title  TEXT,
    scenario_source TEXT,
    seed            BIGINT,
    mode            TEXT,
    started_at      TEXT,
    updated_at      TEXT,
    finished        INTEGER NOT NULL DEFAULT 0,
    outcome         TEXT NOT NULL DEFAULT 'unfinished',
    ending_id       TEXT,
    overall_score   INTEGER,
    grade           TEXT,
    calmness        INTEGER,
    acknowledgment  INTEGER,
    resolution      INTEGER,
    turn_count      INTEGER NOT NULL DEFAULT 0,
    hints_used      INTEGER NOT NULL DEFAULT 0,
    undos           INTEGER NOT NULL DEFAULT 0,
    FOREIGN KEY (scenario_id, scenario_sha256) REFERENCES scenario_versions (scenario_id, sha256)
);
CREATE INDEX runs_by_started ON runs (started_at);
CREATE INDEX runs_by_trainee ON runs (trainee, started_at);
CREATE INDEX runs_by_scenario ON runs (scenario_id, started_at);

-- Each run's debrief as of its last save, as one JSON document (the shape `hotseat debrief RUN
-- --format json` writes under "debrief"), kept apart so that listing runs reads small rows.
CREATE TABLE run_debriefs (
    run_id          TEXT PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,
    debrief         TEXT NOT NULL
);

-- Everything the trainee did, in order: replies (an option or typed words), hints and undos.
-- Append-only: a reply taken back stays here, followed by its undo.
CREATE TABLE actions (
    run_id          TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    at              TEXT NOT NULL,
    kind            TEXT NOT NULL,
    option_number   INTEGER,
    reply_text      TEXT,
    calmness        INTEGER,
    acknowledgment  INTEGER,
    resolution      INTEGER,
    PRIMARY KEY (run_id, seq)
);

-- The turns that stand (after undos), as the debrief shows them: the customer's line, the reply,
-- its scores, the mood, and where the conversation went next (the route; NULL while unknown).
CREATE TABLE turns (
    run_id          TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    number          INTEGER NOT NULL,
    node_id         TEXT NOT NULL,
    customer_line   TEXT,
    reply_text      TEXT,
    reply_kind      TEXT,
    calmness        INTEGER NOT NULL,
    acknowledgment  INTEGER NOT NULL,
    resolution      INTEGER NOT NULL,
    mood_before     INTEGER NOT NULL,
    mood_after      INTEGER NOT NULL,
    hint_used       INTEGER NOT NULL DEFAULT 0,
    mood_trigger    TEXT,     -- when the mood sent the conversation elsewhere after this reply: how
    routed_to       TEXT,     -- the node the conversation went to next, or the ending reached
    best_available  INTEGER NOT NULL DEFAULT 0,
    fell_short      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (run_id, number)
);

-- Why each score moved: the rule, the words, the points, and the habit it shows.
CREATE TABLE evidence (
    run_id          TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    turn_number     INTEGER NOT NULL,
    seq             INTEGER NOT NULL,
    dimension       TEXT NOT NULL,
    rule            TEXT NOT NULL,
    matched         TEXT,
    effect          INTEGER NOT NULL,
    practice        TEXT,
    PRIMARY KEY (run_id, turn_number, seq)
);

-- The habits a run's debrief named: its strengths and what to work on, in order.
CREATE TABLE habits (
    run_id          TEXT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL,
    position        INTEGER NOT NULL,
    practice        TEXT NOT NULL,
    example         TEXT,
    PRIMARY KEY (run_id, kind, position)
);

-- Folders of JSON run files already imported, so that each is imported once.
CREATE TABLE imports (
    folder          TEXT PRIMARY KEY,
    imported_at     TEXT NOT NULL,
    runs            INTEGER NOT NULL
);
