-- Sociale kaart, shaped on Open Referral HSDS 3.0. Ids are HSDS ids (strings) kept from the
-- dataset. Portable SQL: runs on PostgreSQL and on H2 in PostgreSQL mode.
-- Wegwijs fields: access type and the two facets are taxonomy terms (attributes); the owner is
-- assurer_email, the last-checked date assured_date; status is active, inactive or draft.

CREATE TABLE directory_organization (
    id             VARCHAR(100) PRIMARY KEY,
    name           VARCHAR(300) NOT NULL,
    alternate_name VARCHAR(300),
    description    TEXT,
    email          VARCHAR(300),
    website        VARCHAR(1000)
);

CREATE TABLE directory_service (
    id                      VARCHAR(100) PRIMARY KEY,
    organization_id         VARCHAR(100) NOT NULL REFERENCES directory_organization (id),
    name                    VARCHAR(300) NOT NULL,
    alternate_name          VARCHAR(300),
    description             TEXT,
    url                     VARCHAR(1000),
    email                   VARCHAR(300),
    status                  VARCHAR(30)  NOT NULL,
    application_process     TEXT,
    eligibility_description TEXT,
    fees_description        TEXT,
    minimum_age             INTEGER,
    maximum_age             INTEGER,
    assured_date            DATE,
    assurer_email           VARCHAR(300),
    last_modified           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX directory_service_organization ON directory_service (organization_id);
CREATE INDEX directory_service_modified ON directory_service (last_modified);

CREATE TABLE directory_location (
    id             VARCHAR(100) PRIMARY KEY,
    location_type  VARCHAR(30) NOT NULL,
    url            VARCHAR(1000),
    name           VARCHAR(300),
    alternate_name VARCHAR(300),
    description    TEXT,
    transportation TEXT,
    latitude       DOUBLE PRECISION,
    longitude      DOUBLE PRECISION
);

CREATE TABLE directory_address (
    id             VARCHAR(100) PRIMARY KEY,
    location_id    VARCHAR(100) NOT NULL REFERENCES directory_location (id) ON DELETE CASCADE,
    attention      VARCHAR(300),
    address_1      VARCHAR(300),
    address_2      VARCHAR(300),
    city           VARCHAR(200),
    region         VARCHAR(200),
    state_province VARCHAR(200),
    postal_code    VARCHAR(20),
    country        VARCHAR(10),
    address_type   VARCHAR(30),
    position       INTEGER NOT NULL
);
CREATE INDEX directory_address_location ON directory_address (location_id);

CREATE TABLE directory_accessibility (
    id          VARCHAR(100) PRIMARY KEY,
    location_id VARCHAR(100) NOT NULL REFERENCES directory_location (id) ON DELETE CASCADE,
    description TEXT,
    details     TEXT,
    url         VARCHAR(1000),
    position    INTEGER NOT NULL
);
CREATE INDEX directory_accessibility_location ON directory_accessibility (location_id);

CREATE TABLE directory_service_at_location (
    id          VARCHAR(100) PRIMARY KEY,
    service_id  VARCHAR(100) NOT NULL REFERENCES directory_service (id) ON DELETE CASCADE,
    location_id VARCHAR(100) NOT NULL REFERENCES directory_location (id),
    description TEXT,
    position    INTEGER NOT NULL
);
CREATE INDEX directory_sal_service ON directory_service_at_location (service_id);
CREATE INDEX directory_sal_location ON directory_service_at_location (location_id);

CREATE TABLE directory_phone (
    id           VARCHAR(100) PRIMARY KEY,
    service_id   VARCHAR(100) NOT NULL REFERENCES directory_service (id) ON DELETE CASCADE,
    phone_number VARCHAR(100) NOT NULL,
    extension    VARCHAR(50),
    type         VARCHAR(30),
    description  TEXT,
    position     INTEGER NOT NULL
);
CREATE INDEX directory_phone_service ON directory_phone (service_id);

CREATE TABLE directory_schedule (
    id             VARCHAR(100) PRIMARY KEY,
    service_id     VARCHAR(100) NOT NULL REFERENCES directory_service (id) ON DELETE CASCADE,
    valid_from     DATE,
    valid_to       DATE,
    dtstart        DATE,
    time_zone      VARCHAR(60),
    until_date     DATE,
    repeat_count   INTEGER,
    wkst           VARCHAR(2),
    freq           VARCHAR(10),
    repeat_interval INTEGER,
    byday          VARCHAR(100),
    byweekno       VARCHAR(200),
    bymonthday     VARCHAR(200),
    byyearday      VARCHAR(200),
    description    TEXT,
    opens_at       VARCHAR(8),
    closes_at      VARCHAR(8),
    schedule_link  VARCHAR(1000),
    attending_type VARCHAR(100),
    notes          TEXT,
    position       INTEGER NOT NULL
);
CREATE INDEX directory_schedule_service ON directory_schedule (service_id);

CREATE TABLE directory_cost_option (
    id                 VARCHAR(100) PRIMARY KEY,
    service_id         VARCHAR(100) NOT NULL REFERENCES directory_service (id) ON DELETE CASCADE,
    valid_from         DATE,
    valid_to           DATE,
    option_label       VARCHAR(300),
    currency           VARCHAR(3),
    amount             DOUBLE PRECISION,
    amount_description TEXT,
    position           INTEGER NOT NULL
);
CREATE INDEX directory_cost_option_service ON directory_cost_option (service_id);

CREATE TABLE directory_language (
    id         VARCHAR(100) PRIMARY KEY,
    service_id VARCHAR(100) NOT NULL REFERENCES directory_service (id) ON DELETE CASCADE,
    name       VARCHAR(100),
    code       VARCHAR(20),
    note       TEXT,
    position   INTEGER NOT NULL
);
CREATE INDEX directory_language_service ON directory_language (service_id);

CREATE TABLE directory_service_area (
    id          VARCHAR(100) PRIMARY KEY,
    service_id  VARCHAR(100) NOT NULL REFERENCES directory_service (id) ON DELETE CASCADE,
    name        VARCHAR(300),
    description TEXT,
    extent      TEXT,
    extent_type VARCHAR(30),
    uri         VARCHAR(1000),
    position    INTEGER NOT NULL
);
CREATE INDEX directory_service_area_service ON directory_service_area (service_id);

CREATE TABLE directory_taxonomy_term (
    id          VARCHAR(200) PRIMARY KEY,
    code        VARCHAR(200),
    name        VARCHAR(300) NOT NULL,
    description TEXT,
    parent_id   VARCHAR(200),
    taxonomy    VARCHAR(200),
    language    VARCHAR(20),
    taxonomy_id VARCHAR(200),
    term_uri    VARCHAR(1000)
);

CREATE TABLE directory_attribute (
    id               VARCHAR(100) PRIMARY KEY,
    service_id       VARCHAR(100) NOT NULL REFERENCES directory_service (id) ON DELETE CASCADE,
    link_type        VARCHAR(100),
    link_entity      VARCHAR(100),
    taxonomy_term_id VARCHAR(200) NOT NULL REFERENCES directory_taxonomy_term (id),
    attribute_value  TEXT,
    label            VARCHAR(300),
    position         INTEGER NOT NULL
);
CREATE INDEX directory_attribute_service ON directory_attribute (service_id);
CREATE INDEX directory_attribute_term ON directory_attribute (taxonomy_term_id);

-- Counts every change to the directory, so the search index can tell whether it is current.
CREATE TABLE directory_revision (
    id       INTEGER PRIMARY KEY,
    revision BIGINT  NOT NULL
);
INSERT INTO directory_revision (id, revision) VALUES (1, 0);
