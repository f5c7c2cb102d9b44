-- Protection orders: where the protected person is told of keep-apart alerts (webhook:<url> or
-- mqtt:<topic>), and the outbox rows that go to such a per-rule destination instead of the
-- agency's configured one.
ALTER TABLE monitoring_rules ADD COLUMN protected_channel VARCHAR(500);
ALTER TABLE alert_outbox ADD COLUMN destination VARCHAR(500);
