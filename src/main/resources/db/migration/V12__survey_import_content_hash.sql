-- The SHA-256 of an imported survey file's bytes, so the same file imported again for the same journey is noticed
-- (and asked about) instead of counting twice. Imports stored before this have no hash.
alter table survey_import add column content_hash varchar(64);
create index survey_import_journey_content_hash on survey_import (tenant_id, journey_id, content_hash);
