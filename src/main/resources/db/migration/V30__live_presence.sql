-- Issue 14, several nodes: who has which journey open, for every node to read. Each node writes its own tabs and
-- refreshes them every few seconds; a row left unrefreshed belonged to a node that died and is removed by any other.
-- Nothing here outlives a few seconds of a node's life, so it carries no version and no history.
create table live_presence (
    tenant_id          uuid         not null references tenant (id) on delete cascade,
    topic_id           uuid         not null,
    session_key        uuid         not null,
    user_id            uuid         not null,
    display_name       varchar(200) not null,
    editing_object_id  uuid,
    editing_part       varchar(40),
    refreshed_at       timestamptz  not null,
    primary key (tenant_id, topic_id, session_key)
);
create index live_presence_refreshed on live_presence (refreshed_at);
create index live_presence_session on live_presence (session_key);
