-- Kept location fixes: of subjects' devices under an authorization, or of agency units (no subject).
-- Fixes of devices under no authorization are never stored; only counted in dropped_fixes.

CREATE TABLE location_fixes (
    device_id        VARCHAR(36) NOT NULL REFERENCES devices (id),
    fix_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    subject_id       VARCHAR(36) REFERENCES subjects (id) ON DELETE CASCADE,
    authorization_id VARCHAR(36) REFERENCES authorizations (id) ON DELETE CASCADE,
    latitude         DOUBLE PRECISION NOT NULL,
    longitude        DOUBLE PRECISION NOT NULL,
    accuracy_m       DOUBLE PRECISION,
    speed_mps        DOUBLE PRECISION,
    bearing_deg      DOUBLE PRECISION,
    altitude_m       DOUBLE PRECISION,
    battery_pct      DOUBLE PRECISION,
    hdop             DOUBLE PRECISION,
    source           VARCHAR(16) NOT NULL,
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (device_id, fix_at)
);
CREATE INDEX location_fixes_subject ON location_fixes (subject_id, fix_at);
CREATE INDEX location_fixes_authorization ON location_fixes (authorization_id);
CREATE INDEX location_fixes_fix_at ON location_fixes (fix_at);

-- Counts of fixes not kept, per device ("unknown" for unregistered identifiers) and reason.
CREATE TABLE dropped_fixes (
    device_key VARCHAR(36) NOT NULL,
    reason     VARCHAR(64) NOT NULL,
    dropped    BIGINT      NOT NULL,
    PRIMARY KEY (device_key, reason)
);
