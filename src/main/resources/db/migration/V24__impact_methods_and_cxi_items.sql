-- Issue 13: impact as the source defines it. Both impact methods are stored for every moment result: the satisfaction
-- driver in the existing impact columns (with its interval now), the experience effect in new ones. Imports stored
-- before this have no experience effect (effect_n 0, effect_unknown 'NOT_COMPUTED') and were placed by the driver.
alter table survey_moment_result
    add column impact_lower95          double precision,
    add column impact_upper95          double precision,
    add column effect_impact           double precision,
    add column effect_n                integer not null default 0,
    add column effect_lower95          double precision,
    add column effect_upper95          double precision,
    add column effect_reliable         boolean not null default false,
    add column effect_quadrant         varchar(40),
    add column effect_priority         double precision,
    add column exposed_n               integer not null default 0,
    add column exposed_mean            double precision,
    add column exposed_nps             double precision,
    add column unexposed_n             integer not null default 0,
    add column unexposed_mean          double precision,
    add column unexposed_nps           double precision,
    add column nps_difference          double precision,
    add column nps_difference_lower95  double precision,
    add column nps_difference_upper95  double precision,
    add column mean_difference         double precision,
    add column mean_difference_lower95 double precision,
    add column mean_difference_upper95 double precision,
    add column effect_unknown          varchar(30);
update survey_moment_result set effect_unknown = 'NOT_COMPUTED';

-- The method that placed and ranked an import's moments; earlier imports were placed by the satisfaction driver.
alter table survey_import
    add column impact_method varchar(30) not null default 'SATISFACTION_DRIVER'
        check (impact_method in ('EXPERIENCE_EFFECT', 'SATISFACTION_DRIVER'));

-- The tenant's default method: the source's experience effect for tenants from now on; tenants that had tuned their
-- settings keep the driver they have been reading, until they switch.
alter table measurement_settings
    add column impact_method varchar(30) not null default 'EXPERIENCE_EFFECT'
        check (impact_method in ('EXPERIENCE_EFFECT', 'SATISFACTION_DRIVER'));
update measurement_settings set impact_method = 'SATISFACTION_DRIVER';

-- CXi's three items per group, so an index that is unknown (an item not mapped) shows what is known.
alter table survey_segment_result
    add column cxi_needs     double precision,
    add column cxi_easy      double precision,
    add column cxi_enjoyable double precision;
