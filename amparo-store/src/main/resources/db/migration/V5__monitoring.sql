-- Zones, monitoring orders with their rules, and the alerts their breaches raise.

-- A zone names nobody by itself: a circle (centre and radius in metres) or polygons as WKT.
CREATE TABLE zones (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    shape         VARCHAR(8)   NOT NULL,
    centre_lat    DOUBLE PRECISION,
    centre_lon    DOUBLE PRECISION,
    radius_m      DOUBLE PRECISION,
    area_wkt      TEXT,
    created_by    VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One subject's device under one authorization; goes with the subject or authorization it names.
CREATE TABLE monitoring_orders (
    id               VARCHAR(36) NOT NULL PRIMARY KEY,
    authorization_id VARCHAR(36) NOT NULL REFERENCES authorizations (id) ON DELETE CASCADE,
    subject_id       VARCHAR(36) NOT NULL REFERENCES subjects (id) ON DELETE CASCADE,
    device_id        VARCHAR(36) NOT NULL REFERENCES devices (id),
    status           VARCHAR(8)  NOT NULL,
    created_by       VARCHAR(64) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX monitoring_orders_authorization ON monitoring_orders (authorization_id);
CREATE INDEX monitoring_orders_status ON monitoring_orders (status);

-- The fields a rule kind does not use are NULL; zone_ids is a comma-separated list of zone ids.
CREATE TABLE monitoring_rules (
    order_id            VARCHAR(36)   NOT NULL REFERENCES monitoring_orders (id) ON DELETE CASCADE,
    rule_id             VARCHAR(16)   NOT NULL,
    position            INTEGER       NOT NULL,
    kind                VARCHAR(16)   NOT NULL,
    zone_ids            VARCHAR(2000) NOT NULL,
    protected_device_id VARCHAR(36)   REFERENCES devices (id),
    distance_m          DOUBLE PRECISION,
    max_gap_seconds     BIGINT,
    threshold_percent   DOUBLE PRECISION,
    margin_m            DOUBLE PRECISION NOT NULL,
    dwell_seconds       BIGINT        NOT NULL,
    dwell_fixes         INTEGER       NOT NULL,
    schedule            VARCHAR(2000),
    PRIMARY KEY (order_id, rule_id)
);

-- The position is the subject's triggering fix, never the protected person's.
CREATE TABLE alerts (
    id               VARCHAR(36) NOT NULL PRIMARY KEY,
    type             VARCHAR(24) NOT NULL,
    order_id         VARCHAR(36) NOT NULL REFERENCES monitoring_orders (id) ON DELETE CASCADE,
    rule_id          VARCHAR(16) NOT NULL,
    subject_id       VARCHAR(36) NOT NULL,
    authorization_id VARCHAR(36) NOT NULL,
    status           VARCHAR(16) NOT NULL,
    raised_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    latitude         DOUBLE PRECISION,
    longitude        DOUBLE PRECISION,
    acknowledged_by  VARCHAR(64),
    acknowledged_at  TIMESTAMP WITH TIME ZONE,
    escalated_at     TIMESTAMP WITH TIME ZONE,
    resolved_by      VARCHAR(64),
    resolved_at      TIMESTAMP WITH TIME ZONE,
    resolution_note  VARCHAR(500)
);
CREATE INDEX alerts_order_rule ON alerts (order_id, rule_id, status);
CREATE INDEX alerts_raised_at ON alerts (raised_at);
CREATE INDEX alerts_status ON alerts (status, raised_at);
CREATE INDEX alerts_authorization ON alerts (authorization_id);
