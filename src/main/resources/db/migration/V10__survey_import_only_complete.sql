-- Only completed analyses are stored (a running import lives in memory; a failed one stores nothing), so the
-- status, progress and error columns of survey_import were never anything but DONE, 1 and empty.
alter table survey_import
    drop column status,
    drop column progress,
    drop column error_key,
    drop column error_row,
    drop column error_column,
    drop column error_value,
    drop column error_args;
