-- A camera's own API token for frame uploads: only its SHA-256 (hex) is stored, shown once at registration.
-- Cameras registered before this version have none: their frames are uploaded by an administrator.
ALTER TABLE cameras ADD COLUMN token_sha256 VARCHAR(64);
