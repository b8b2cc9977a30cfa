-- the sample's own table; Spring Batch creates its tables itself (spring.batch.jdbc.initialize-schema)
CREATE TABLE IF NOT EXISTS soundcloud_track (
	urn VARCHAR(100) NOT NULL,
	title VARCHAR(500),
	user_urn VARCHAR(100),
	genre VARCHAR(200),
	duration_ms BIGINT
);
