-- A password someone else chose (the generated first administrator password, or one an administrator set for a
-- new account) must be changed by its user at the first sign-in; the flag holds until they do.
ALTER TABLE users ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE users ADD COLUMN password_changed_at TIMESTAMP WITH TIME ZONE;
