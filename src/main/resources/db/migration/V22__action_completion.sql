-- The life cycle's gates ask, for hundreds of journeys at once, when each journey's actions were last completed and
-- last changed (issue 11, the cockpit benchmark). Working that out from the action history took most of a second for
-- a tenant with 100,000 actions, so an action now keeps the moment it was completed, and the last change per journey
-- is read from an index.

-- When the action last reached done (else effect verified, which follows done); null while it is not completed.
alter table improvement_action add column completed_at timestamptz;

-- From the history: the last change to done, else the last to effect verified; an action created as done was
-- completed when it was created.
update improvement_action a
set completed_at = coalesce(
        (select coalesce(max(e.at) filter (where e.to_status = 'DONE'), max(e.at))
         from action_event e
         where e.action_id = a.id and e.kind = 'STATUS' and e.to_status in ('DONE', 'EFFECT_VERIFIED')),
        a.created_at)
where a.status in ('DONE', 'EFFECT_VERIFIED');

create index improvement_action_journey_updated_idx on improvement_action (tenant_id, journey_id, updated_at);

-- The gates' questions (which moments have committed actions, when the last action was completed) are answered from
-- the journey index alone, without visiting the table.
drop index improvement_action_journey_idx;
create index improvement_action_journey_idx on improvement_action (tenant_id, journey_id, status)
    include (created_at, completed_at, moment_ids);
