-- Default policies for the record types their owners now implement (issue 15): read notices, the free text of
-- meeting minutes, capacity history, closed cases and ended care trajectories. Version 1 each, for every record from the start.
insert into retention_policy (id, record_type, outcome, version, period_months, source_rule, action, legal_basis,
        effective_from, created_at) values
    (gen_random_uuid(), 'NOTICE', '', 1, 6, 'LAST_ACTIVITY', 'DELETE',
     'AVG art. 5 lid 1 onder c en e (minimale gegevensverwerking, opslagbeperking): een gelezen melding aan een gebruiker heeft na 6 maanden geen doel meer; het signaal of de casus zelf blijft volgens zijn eigen termijn.',
     date '2000-01-01', now()),
    (gen_random_uuid(), 'MEETING_MINUTES', '', 1, 24, 'CLOSED_AT', 'ANONYMISE',
     'AVG art. 5 lid 1 onder e en WGS: de vrije tekst van agenda en afgeronde acties wordt 2 jaar na het overleg verwijderd; besluiten (als code), aanwezigheid en datum blijven voor de verantwoording.',
     date '2000-01-01', now()),
    (gen_random_uuid(), 'CAPACITY_HISTORY', '', 1, 24, 'LAST_ACTIVITY', 'DELETE',
     'AVG art. 5 lid 1 onder e: de geschiedenis van de opvangcapaciteit (met wie hem bijwerkte) wordt 2 jaar na vastleggen verwijderd; de actuele stand en de telling van onvervulde vragen blijven.',
     date '2000-01-01', now()),
    (gen_random_uuid(), 'CASE', '', 1, 60, 'CLOSED_AT', 'ANONYMISE',
     'WGS en AVG art. 5 lid 1 onder e: een afgesloten casus wordt 5 jaar na afsluiten ontdaan van vrije tekst; het statistische skelet (datums, interventies, deelnemende organisaties, signalen) blijft zodat gerapporteerde cijfers gelijk blijven. Een lopend bezwaar of recente activiteit houdt hem vast.',
     date '2000-01-01', now()),
    (gen_random_uuid(), 'TRAJECTORY', '', 1, 60, 'END_OF_INTERVENTION', 'ANONYMISE',
     'AVG art. 5 lid 1 onder e en art. 9 (bijzondere persoonsgegevens): een beëindigd zorgtraject wordt 5 jaar na het einde ontdaan van wat de persoon noemt; leeftijd, gemeente, verblijfsstatus, uitbuitingsvormen en B8 blijven voor de cijfers en de CoMensha-registratie.',
     date '2000-01-01', now());
