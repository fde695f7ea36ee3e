-- Issue 13: expect to stay (retention intention) joins recommendation and overall satisfaction as a KPI question
-- impact can be measured against.
alter table survey_import drop constraint survey_import_impact_question_check;
alter table survey_import add constraint survey_import_impact_question_check
    check (impact_question in ('RECOMMEND', 'OVERALL_SATISFACTION', 'EXPECT_TO_STAY'));
