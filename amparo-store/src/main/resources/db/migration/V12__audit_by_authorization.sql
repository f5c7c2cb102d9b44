-- An authorization's timeline counts its uses from the audit log (AuditLog.usage): without this index
-- that read scans the whole chain, which grows by every action of every user.
CREATE INDEX audit_log_authorization ON audit_log (authorization_id);
