-- The KPI question a survey's impacts were measured against: recommendation (as before) or overall satisfaction.
alter table survey_import
    add column impact_question varchar(30) not null default 'RECOMMEND'
        check (impact_question in ('RECOMMEND', 'OVERALL_SATISFACTION'));
