-- Face identification: cameras, watchlist entries with sealed templates, encrypted evidence metadata, sightings,
-- face matches and their verdicts. Portable SQL (H2 2.x and PostgreSQL). Template ciphertexts are BYTEA
-- (nonce || AES-GCM ciphertext || tag); evidence blobs live encrypted in files, their metadata here. Faces that
-- match nobody have no table: they are never stored.

CREATE TABLE cameras (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    name        VARCHAR(200)  NOT NULL,
    latitude    DOUBLE PRECISION NOT NULL,
    longitude   DOUBLE PRECISION NOT NULL,
    province    VARCHAR(200)  NOT NULL,
    source_url  VARCHAR(2000),
    enabled     BOOLEAN       NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(64)   NOT NULL
);
CREATE INDEX cameras_name ON cameras (name);

-- Personal data under an authorization: erased with it when it is rejected or lapses undecided.
CREATE TABLE face_evidence (
    id               VARCHAR(36)  NOT NULL PRIMARY KEY,
    authorization_id VARCHAR(36)  NOT NULL REFERENCES authorizations (id),
    kind             VARCHAR(32)  NOT NULL,
    media_type       VARCHAR(100) NOT NULL,
    sha256           CHAR(64)     NOT NULL,
    size_bytes       BIGINT       NOT NULL,
    stored_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX face_evidence_authorization ON face_evidence (authorization_id);

-- One entry per authorization: one named subject (CHARTER section 2).
CREATE TABLE watchlist_entries (
    id               VARCHAR(36) NOT NULL PRIMARY KEY,
    subject_id       VARCHAR(36) NOT NULL REFERENCES subjects (id),
    authorization_id VARCHAR(36) NOT NULL UNIQUE REFERENCES authorizations (id),
    enrolled_by      VARCHAR(64) NOT NULL,
    enrolled_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE watchlist_templates (
    id                VARCHAR(36) NOT NULL PRIMARY KEY,
    entry_id          VARCHAR(36) NOT NULL REFERENCES watchlist_entries (id) ON DELETE CASCADE,
    position          INT         NOT NULL,
    sealed            BYTEA       NOT NULL,
    template_sha256   CHAR(64)    NOT NULL,
    photo_evidence_id VARCHAR(36) NOT NULL REFERENCES face_evidence (id),
    photo_sha256      CHAR(64)    NOT NULL
);
CREATE INDEX watchlist_templates_entry ON watchlist_templates (entry_id, position);

-- Permitted matches only: the policy re-checked camera, area and time before the row was written.
CREATE TABLE face_sightings (
    id                VARCHAR(36) NOT NULL PRIMARY KEY,
    entry_id          VARCHAR(36) NOT NULL REFERENCES watchlist_entries (id),
    subject_id        VARCHAR(36) NOT NULL REFERENCES subjects (id),
    authorization_id  VARCHAR(36) NOT NULL REFERENCES authorizations (id),
    camera_id         VARCHAR(36) NOT NULL REFERENCES cameras (id),
    latitude          DOUBLE PRECISION NOT NULL,
    longitude         DOUBLE PRECISION NOT NULL,
    captured_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    similarity        DOUBLE PRECISION NOT NULL,
    probe_evidence_id VARCHAR(36) NOT NULL REFERENCES face_evidence (id),
    probe_sha256      CHAR(64)    NOT NULL
);
CREATE INDEX face_sightings_authorization ON face_sightings (authorization_id);
CREATE INDEX face_sightings_subject ON face_sightings (subject_id, captured_at);

CREATE TABLE face_matches (
    id                VARCHAR(36) NOT NULL PRIMARY KEY,
    sighting_id       VARCHAR(36) NOT NULL UNIQUE REFERENCES face_sightings (id),
    enrolled_photo_id VARCHAR(36) NOT NULL REFERENCES face_evidence (id),
    gallery_version   CHAR(64)    NOT NULL,
    raised_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    status            VARCHAR(32) NOT NULL
);
CREATE INDEX face_matches_status ON face_matches (status, raised_at);
CREATE INDEX face_matches_raised ON face_matches (raised_at);

-- One verdict per person and match: the primary key makes a second one impossible.
CREATE TABLE face_match_verdicts (
    match_id    VARCHAR(36) NOT NULL REFERENCES face_matches (id) ON DELETE CASCADE,
    username    VARCHAR(64) NOT NULL,
    verdict     VARCHAR(16) NOT NULL,
    decided_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    position    INT         NOT NULL,
    PRIMARY KEY (match_id, username)
);
