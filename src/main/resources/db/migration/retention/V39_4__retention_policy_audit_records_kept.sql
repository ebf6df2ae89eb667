-- The audit trail is kept (issue 15): the verifier checks every chain from its first record (genesis) against the
-- anchors, and cannot start at a later anchored record, so deleting a chain's oldest records would report them as
-- missing. Audit records name ids and codes only, never the content of what was destroyed.
insert into retention_policy (id, record_type, outcome, version, period_months, source_rule, action, legal_basis,
        effective_from, created_at) values
    (gen_random_uuid(), 'AUDIT_RECORD', '', 1, 84, 'CLOSED_AT', 'KEEP',
     'Bewaren. NEN 7513 en AVG art. 5 lid 2 en art. 32 (verantwoording en beveiliging): het logboek toont wie wat met persoonsgegevens deed en moet aantoonbaar ongeschonden zijn. De controle van de keten begint bij het eerste record; oude records verwijderen zou de keten breken. Het logboek bevat alleen kenmerken en codes, geen inhoud. Na 7 jaar opnieuw beoordelen.',
     date '2000-01-01', now());
