-- Devices (phones, trackers, agency units) and their bindings to subjects under authorizations.

CREATE TABLE devices (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    identifier   VARCHAR(100) NOT NULL UNIQUE,
    kind         VARCHAR(16)  NOT NULL,
    label        VARCHAR(100) NOT NULL,
    token_sha256 VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    enabled      BOOLEAN      NOT NULL
);

-- A device has at most one open binding (bound_until IS NULL); closed ones stay as history.
CREATE TABLE device_bindings (
    device_id        VARCHAR(36) NOT NULL REFERENCES devices (id),
    bound_from       TIMESTAMP WITH TIME ZONE NOT NULL,
    bound_until      TIMESTAMP WITH TIME ZONE,
    subject_id       VARCHAR(36) NOT NULL REFERENCES subjects (id),
    authorization_id VARCHAR(36) NOT NULL REFERENCES authorizations (id),
    bound_by         VARCHAR(64) NOT NULL,
    PRIMARY KEY (device_id, bound_from)
);
CREATE INDEX device_bindings_authorization ON device_bindings (authorization_id);
CREATE INDEX device_bindings_subject ON device_bindings (subject_id);
