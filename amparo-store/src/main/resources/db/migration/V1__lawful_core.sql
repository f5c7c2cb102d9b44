-- Lawful core: users, subjects, authorizations, notification tasks, audit log, statistics.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL. Identifiers are UUID text (VARCHAR(36));
-- instants are TIMESTAMP WITH TIME ZONE (microsecond precision on both); enums are their names.

CREATE TABLE users (
    username      VARCHAR(64)  NOT NULL PRIMARY KEY,
    password_hash VARCHAR(255) NOT NULL,
    roles         VARCHAR(255) NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    demo          BOOLEAN      NOT NULL
);

CREATE TABLE api_tokens (
    token_sha256 VARCHAR(64)  NOT NULL PRIMARY KEY,
    username     VARCHAR(64)  NOT NULL REFERENCES users (username),
    name         VARCHAR(200) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX api_tokens_username ON api_tokens (username);

CREATE TABLE subjects (
    id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    category   VARCHAR(32)  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(64)  NOT NULL,
    demo       BOOLEAN      NOT NULL
);
CREATE INDEX subjects_created_at ON subjects (created_at);

CREATE TABLE authorizations (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    subject_id          VARCHAR(36)   NOT NULL REFERENCES subjects (id),
    purpose             VARCHAR(64)   NOT NULL,
    use_mode            VARCHAR(16)   NOT NULL,
    offence_code        VARCHAR(100),
    offence_max_years   INT,
    data_kinds          VARCHAR(100)  NOT NULL,
    issuing_authority   VARCHAR(500)  NOT NULL,
    legal_basis         VARCHAR(4000) NOT NULL,
    legal_reference     VARCHAR(200)  NOT NULL,
    not_before          TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    urgent_reason       VARCHAR(4000),
    -- requested_at plus the use mode's decision deadline; null when not urgent.
    urgent_deadline     TIMESTAMP WITH TIME ZONE,
    requested_by        VARCHAR(64)   NOT NULL,
    requested_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    decision_by         VARCHAR(64),
    decision_at         TIMESTAMP WITH TIME ZONE,
    decision_reason     VARCHAR(4000),
    end_by              VARCHAR(64),
    end_at              TIMESTAMP WITH TIME ZONE,
    end_reason          VARCHAR(4000),
    demo                BOOLEAN       NOT NULL
);
CREATE INDEX authorizations_subject ON authorizations (subject_id, requested_at);
CREATE INDEX authorizations_status_requested ON authorizations (status, requested_at);
CREATE INDEX authorizations_status_expires ON authorizations (status, expires_at);
CREATE INDEX authorizations_status_deadline ON authorizations (status, urgent_deadline);

-- The scope's areas, in list order, as WKT (POLYGON or MULTIPOLYGON). TEXT: boundaries can exceed 1 MB.
CREATE TABLE authorization_areas (
    authorization_id VARCHAR(36) NOT NULL REFERENCES authorizations (id) ON DELETE CASCADE,
    area_index       INT         NOT NULL,
    wkt              TEXT        NOT NULL,
    PRIMARY KEY (authorization_id, area_index)
);

CREATE TABLE authorization_cameras (
    authorization_id VARCHAR(36)  NOT NULL REFERENCES authorizations (id) ON DELETE CASCADE,
    camera_id        VARCHAR(200) NOT NULL,
    PRIMARY KEY (authorization_id, camera_id)
);

CREATE TABLE notification_tasks (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    authorization_id VARCHAR(36)   NOT NULL REFERENCES authorizations (id),
    subject_id       VARCHAR(36)   NOT NULL REFERENCES subjects (id),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    delay_reason     VARCHAR(4000),
    review_date      DATE,
    handled_by       VARCHAR(64),
    handled_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX notification_tasks_status ON notification_tasks (status, created_at);
CREATE INDEX notification_tasks_subject ON notification_tasks (subject_id);
CREATE INDEX notification_tasks_authorization ON notification_tasks (authorization_id);

-- The hash-chained audit log. Rows are only ever inserted, and deleted oldest-first by the purge.
CREATE TABLE audit_log (
    seq              BIGINT        NOT NULL PRIMARY KEY,
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    username         VARCHAR(64)   NOT NULL,
    roles            VARCHAR(255)  NOT NULL,
    action_name      VARCHAR(32)   NOT NULL,
    object_type      VARCHAR(32)   NOT NULL,
    object_id        VARCHAR(200)  NOT NULL,
    authorization_id VARCHAR(36),
    justification    VARCHAR(4000),
    outcome          VARCHAR(16)   NOT NULL,
    detail           VARCHAR(4000) NOT NULL,
    previous_hash    VARCHAR(64)   NOT NULL,
    entry_hash       VARCHAR(64)   NOT NULL
);
CREATE INDEX audit_log_occurred_at ON audit_log (occurred_at, seq);

-- The last appended entry. Appends lock this single row (SELECT ... FOR UPDATE) to stay linear.
CREATE TABLE audit_head (
    id         INT         NOT NULL PRIMARY KEY CHECK (id = 1),
    seq        BIGINT      NOT NULL,
    entry_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_head (id, seq, entry_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- The last purged entry, where verification starts (AuditAnchor.GENESIS before any purge).
CREATE TABLE audit_anchor (
    id         INT         NOT NULL PRIMARY KEY CHECK (id = 1),
    seq        BIGINT      NOT NULL,
    entry_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_anchor (id, seq, entry_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Non-personal counters for the transparency report.
CREATE TABLE statistics_events (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    kind        VARCHAR(64)  NOT NULL,
    dimension   VARCHAR(200) NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    event_count BIGINT       NOT NULL
);
CREATE INDEX statistics_events_occurred_at ON statistics_events (occurred_at);
