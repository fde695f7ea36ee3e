-- Issue 13: groups of respondents by a combination of segment values (region North × customer type New) are stored
-- beside the single ones, their columns and values joined by a tab; four long headers do not fit 255 characters.
-- The store writes each group once per import, so the unique constraint (which would limit the key's length) goes.
alter table survey_segment_result drop constraint survey_segment_result_uk;
alter table survey_segment_result alter column segment_column type text;
alter table survey_segment_result alter column segment_value type text;

-- The smallest group whose figures are shown: below it they are hidden, so no one reads noise or recognises a
-- respondent. A tenant setting, applied when figures are shown (not stored per import).
alter table measurement_settings
    add column minimum_group_size integer not null default 10 check (minimum_group_size between 1 and 1000);
