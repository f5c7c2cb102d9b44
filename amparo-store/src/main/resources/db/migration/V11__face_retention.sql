-- Legal holds on face matches (CHARTER section 6): a match attached to an open case keeps its sighting,
-- verdicts and probe crop past their maximum age until the hold is released. At most one active hold per
-- match (enforced by the service under the match's row lock). Holds go with their match: when the purge
-- deletes it after release, or when everything produced under a rejected authorization is erased.
-- Portable SQL (H2 2.x and PostgreSQL).

CREATE TABLE legal_holds (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    match_id       VARCHAR(36)  NOT NULL REFERENCES face_matches (id) ON DELETE CASCADE,
    case_reference VARCHAR(100) NOT NULL,
    placed_by      VARCHAR(64)  NOT NULL,
    placed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    released_by    VARCHAR(64),
    released_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX legal_holds_match ON legal_holds (match_id, released_at);
