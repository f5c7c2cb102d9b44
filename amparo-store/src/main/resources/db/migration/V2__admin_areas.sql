-- Administrative areas imported from boundary files. TEXT: a province's WKT can exceed 1 MB.
CREATE TABLE admin_areas (
    id          VARCHAR(200) NOT NULL PRIMARY KEY,
    name        VARCHAR(500) NOT NULL,
    admin_level INT          NOT NULL,
    iso_code    VARCHAR(20),
    wkt         TEXT         NOT NULL
);
CREATE INDEX admin_areas_level ON admin_areas (admin_level, name);
