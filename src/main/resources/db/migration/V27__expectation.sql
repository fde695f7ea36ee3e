-- Issue 13: satisfaction relative to expectation. Per moment result: how many answered the moment's expectation
-- question and the share "better than expected"; per tenant and per import: the share a 9+ moment must reach.
alter table survey_moment_result
    add column expectation_n              integer not null default 0,
    add column share_better_than_expected double precision;
alter table measurement_settings
    add column above_expectation_share_target numeric(4, 3) not null default 0.5;
alter table survey_import
    add column above_expectation_share_target numeric(4, 3) not null default 0.5;
