-- Issue 13: the mapping each import was analysed with, column by column (ignored columns included), so the analysis
-- can say what it mapped and what it ignored. Imports stored before this have no rows: their mapping is not known.
create table survey_import_column (
    id         uuid          primary key,
    tenant_id  uuid          not null references tenant (id),
    import_id  uuid          not null references survey_import (id) on delete cascade,
    position   integer       not null,
    header     varchar(255)  not null,
    role       varchar(30)   not null,
    moment_id  uuid          references moment (id) on delete set null,
    label      varchar(255),
    version    bigint        not null,
    constraint survey_import_column_uk unique (tenant_id, import_id, position)
);
create index survey_import_column_import_idx on survey_import_column (tenant_id, import_id);
