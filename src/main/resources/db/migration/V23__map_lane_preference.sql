-- Each user's lanes on the journey canvas (issue 12): their order and the hidden ones, as lane ids separated by
-- commas. One row per user and tenant; a user without a row sees the default layout.
create table map_lane_preference (
    id         uuid          primary key,
    tenant_id  uuid          not null references tenant (id),
    user_id    uuid          not null references app_user (id),
    lane_order varchar(500)  not null,
    hidden     varchar(500)  not null,
    version    bigint        not null,
    constraint map_lane_preference_uk unique (tenant_id, user_id)
);
