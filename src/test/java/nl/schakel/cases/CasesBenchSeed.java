package nl.schakel.cases;

import java.util.UUID;

import nl.schakel.cases.CaseEnums.EscalationLevel;
import nl.schakel.cases.CaseEnums.Focus;
import nl.schakel.cases.CaseEnums.ParticipantRole;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seeds cases for the monitoring benchmark (test code, not a test): one case per given signal, led by the signal's
 * municipality, taking the signal in three days after receipt, every second case with an intervention (the
 * catalogue's types in turn, decided ten days after receipt). The benchmark seeds no {@code signal} rows: its caller drops
 * the foreign key of {@code case_signal} to {@code signal} in its throw-away database first.
 */
public final class CasesBenchSeed {

    private CasesBenchSeed() {
    }

    /**
     * @param signals a query of the signals that get a case, with columns {@code signal_id}, {@code municipality_id}
     *        and {@code at} (their receipt); it may use {@code :region}
     */
    public static void seed(JdbcClient jdbc, UUID region, String signals) {
        jdbc.sql("""
                with s as materialized (select gen_random_uuid() as case_id, x.signal_id, x.municipality_id, x.at,
                                               row_number() over () as i from (%s) x),
                f as (insert into case_file (id, region_id, reference, title, focus, escalation_level, legal_basis,
                          status, created_at, updated_at)
                      select case_id, :region, 'B-' || case_id, 'Benchmarkcasus', :focus, :level, 'benchmark',
                             :status, at + interval '3 days', at + interval '3 days' from s),
                p as (insert into case_participant (id, case_id, organisation_id, role, scopes, legal_basis, starts_on)
                      select gen_random_uuid(), case_id, municipality_id, :lead, array[:scope], 'benchmark',
                             cast(at as date) from s),
                i as (insert into case_intervention (id, case_id, type_code, type_version, scope, status,
                          executing_organisation_id, decision_maker, created_at)
                      select gen_random_uuid(), s.case_id, t.codes[1 + s.i %% cardinality(t.codes)], 1, :scope,
                             :decided, s.municipality_id, 'burgemeester', s.at + interval '10 days'
                      from s cross join (select array_agg(code order by code) as codes from intervention_type
                                         where version = 1) t
                      where s.i %% 2 = 0)
                insert into case_signal (case_id, signal_id, added_at, added_by)
                select case_id, signal_id, at + interval '3 days', case_id from s""".formatted(signals))
                .param("region", region).param("focus", Focus.PREMISES.name())
                .param("level", EscalationLevel.LOCAL.name()).param("status", CaseStatus.ACTIVE.name())
                .param("lead", ParticipantRole.LEAD.name()).param("scope", CaseScope.ADMINISTRATIVE.name())
                .param("decided", InterventionStatus.DECIDED.name()).update();
        jdbc.sql("analyze case_file").update();
        jdbc.sql("analyze case_signal").update();
        jdbc.sql("analyze case_participant").update();
        jdbc.sql("analyze case_intervention").update();
    }
}
