-- Each name a stream gives a person, once, and whether a record there marks them confidential:
-- the confidential names are derived from these few rows instead of from every record that names
-- someone. Every read model has the table (and its copy for a rebuild aside); the people read model
-- fills it.

CREATE TABLE rm_timeline_name (
    stream_id VARCHAR(100) NOT NULL,
    person_id VARCHAR(100) NOT NULL,
    name      VARCHAR(300) NOT NULL,
    flagged   BOOLEAN      NOT NULL,
    PRIMARY KEY (stream_id, person_id, name, flagged)
);

CREATE TABLE rm_timeline_name_aside (
    stream_id VARCHAR(100) NOT NULL,
    person_id VARCHAR(100) NOT NULL,
    name      VARCHAR(300) NOT NULL,
    flagged   BOOLEAN      NOT NULL,
    PRIMARY KEY (stream_id, person_id, name, flagged)
);

CREATE TABLE rm_summary_name (
    stream_id VARCHAR(100) NOT NULL,
    person_id VARCHAR(100) NOT NULL,
    name      VARCHAR(300) NOT NULL,
    flagged   BOOLEAN      NOT NULL,
    PRIMARY KEY (stream_id, person_id, name, flagged)
);

CREATE TABLE rm_summary_name_aside (
    stream_id VARCHAR(100) NOT NULL,
    person_id VARCHAR(100) NOT NULL,
    name      VARCHAR(300) NOT NULL,
    flagged   BOOLEAN      NOT NULL,
    PRIMARY KEY (stream_id, person_id, name, flagged)
);

CREATE TABLE rm_figures_name (
    stream_id VARCHAR(100) NOT NULL,
    person_id VARCHAR(100) NOT NULL,
    name      VARCHAR(300) NOT NULL,
    flagged   BOOLEAN      NOT NULL,
    PRIMARY KEY (stream_id, person_id, name, flagged)
);

CREATE TABLE rm_figures_name_aside (
    stream_id VARCHAR(100) NOT NULL,
    person_id VARCHAR(100) NOT NULL,
    name      VARCHAR(300) NOT NULL,
    flagged   BOOLEAN      NOT NULL,
    PRIMARY KEY (stream_id, person_id, name, flagged)
);

CREATE TABLE rm_people_name (
    stream_id VARCHAR(100) NOT NULL,
    person_id VARCHAR(100) NOT NULL,
    name      VARCHAR(300) NOT NULL,
    flagged   BOOLEAN      NOT NULL,
    PRIMARY KEY (stream_id, person_id, name, flagged)
);

CREATE TABLE rm_people_name_aside (
    stream_id VARCHAR(100) NOT NULL,
    person_id VARCHAR(100) NOT NULL,
    name      VARCHAR(300) NOT NULL,
    flagged   BOOLEAN      NOT NULL,
    PRIMARY KEY (stream_id, person_id, name, flagged)
);

CREATE TABLE rm_overview_name (
    stream_id VARCHAR(100) NOT NULL,
    person_id VARCHAR(100) NOT NULL,
    name      VARCHAR(300) NOT NULL,
    flagged   BOOLEAN      NOT NULL,
    PRIMARY KEY (stream_id, person_id, name, flagged)
);

CREATE TABLE rm_overview_name_aside (
    stream_id VARCHAR(100) NOT NULL,
    person_id VARCHAR(100) NOT NULL,
    name      VARCHAR(300) NOT NULL,
    flagged   BOOLEAN      NOT NULL,
    PRIMARY KEY (stream_id, person_id, name, flagged)
);
