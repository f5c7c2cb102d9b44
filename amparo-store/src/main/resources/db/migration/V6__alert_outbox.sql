-- Notices of alert changes waiting for delivery to external channels (webhook, MQTT), written in
-- the transaction that changed the alert and kept until delivered.
CREATE TABLE alert_outbox (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    alert_id        VARCHAR(36)   NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
    channel         VARCHAR(16)   NOT NULL,
    payload         VARCHAR(1000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(500)
);
CREATE INDEX alert_outbox_due ON alert_outbox (delivered_at, next_attempt_at);
