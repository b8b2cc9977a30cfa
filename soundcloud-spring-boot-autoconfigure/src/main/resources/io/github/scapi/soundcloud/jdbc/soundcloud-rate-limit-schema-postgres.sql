CREATE TABLE soundcloud_rate_limit (
  limit_group varchar(100) NOT NULL,
  blocked_until timestamptz DEFAULT NULL,
  window_start timestamptz DEFAULT NULL,
  used bigint DEFAULT 0 NOT NULL,
  PRIMARY KEY (limit_group)
);
