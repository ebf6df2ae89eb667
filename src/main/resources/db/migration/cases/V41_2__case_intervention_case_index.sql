-- The interventions of a case by its id (issue 14, monitoring at scale): the report's funnel step "intervention"
-- asks, per signal taken into a case, whether the case has an intervention. Without this index that was a scan of
-- all interventions per case (seen at 10^6 signals with 10^5 cases in the monitoring benchmark: minutes).
create index case_intervention_case_idx on case_intervention (case_id);
