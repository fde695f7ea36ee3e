-- Issue 9, item 12: a segment column is shown under a human label chosen when mapping ("Customer type" for a
-- column headed "segment"), remembered with the journey's mapping and stored with each import's segment results.
-- Null: show the column's header, as before.
alter table survey_column_mapping add column label varchar(100);
alter table survey_segment_result add column segment_label varchar(100);
