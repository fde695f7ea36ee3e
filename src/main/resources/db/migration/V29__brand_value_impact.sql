-- Issue 13, the impact matrix's second aspect: how experiencing a moment relates to how strongly customers experience
-- each brand value. A survey column may ask about one of the tenant's brand values ("to what extent do you experience
-- us as honest", 1–5 or 1–10); the mapping keeps which.
alter table survey_import_column
    add column brand_value_id uuid references brand_value (id) on delete set null;
alter table survey_column_mapping
    add column brand_value_id uuid references brand_value (id) on delete cascade;

-- Per import and brand value asked: its answers over all respondents. A brand value deleted from the brand
-- foundation takes its results along (the brand view shows the brand as it is).
create table survey_brand_value_result (
    id              uuid              primary key,
    tenant_id       uuid              not null references tenant (id),
    import_id       uuid              not null references survey_import (id) on delete cascade,
    brand_value_id  uuid              not null references brand_value (id) on delete cascade,
    position        integer           not null,
    scale_max       integer           not null check (scale_max in (5, 10)),
    answered        integer           not null,
    mean            double precision,
    version         bigint            not null
);
create index survey_brand_value_result_import_idx on survey_brand_value_result (tenant_id, import_id);

-- Per brand value result and moment: the impact both ways, as survey_moment_result stores it for the KPI.
create table survey_brand_moment_impact (
    id                      uuid              primary key,
    tenant_id               uuid              not null references tenant (id),
    brand_result_id         uuid              not null references survey_brand_value_result (id) on delete cascade,
    moment_id               uuid              not null references moment (id) on delete cascade,
    position                integer           not null,
    impact                  double precision,
    impact_n                integer           not null,
    impact_lower95          double precision,
    impact_upper95          double precision,
    reliable                boolean           not null,
    quadrant                varchar(40),
    priority                double precision,
    effect_impact           double precision,
    effect_n                integer           not null,
    effect_lower95          double precision,
    effect_upper95          double precision,
    effect_reliable         boolean           not null,
    effect_quadrant         varchar(40),
    effect_priority         double precision,
    exposed_n               integer           not null,
    exposed_mean            double precision,
    exposed_nps             double precision,
    unexposed_n             integer           not null,
    unexposed_mean          double precision,
    unexposed_nps           double precision,
    nps_difference          double precision,
    nps_difference_lower95  double precision,
    nps_difference_upper95  double precision,
    mean_difference         double precision,
    mean_difference_lower95 double precision,
    mean_difference_upper95 double precision,
    effect_unknown          varchar(30),
    version                 bigint            not null
);
create index survey_brand_moment_impact_result_idx on survey_brand_moment_impact (tenant_id, brand_result_id);
create index survey_brand_moment_impact_moment_idx on survey_brand_moment_impact (tenant_id, moment_id);
