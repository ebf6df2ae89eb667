package nl.schakel.monitoring.internal;

import nl.schakel.routing.ReferralFigures;
import nl.schakel.signal.SignalCensus;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Catches up once: on a start where monitoring holds no facts yet while signals exist (a database from before
 * this module), every signal and referral is recorded. Idempotent: a second run writes the same rows again.
 */
@Component
@Order(100)
class FactBackfill implements ApplicationRunner {

    private final SignalCensus census;
    private final ReferralFigures referrals;
    private final FactRecorder recorder;
    private final JdbcClient jdbc;

    FactBackfill(SignalCensus census, ReferralFigures referrals, FactRecorder recorder, JdbcClient jdbc) {
        this.census = census;
        this.referrals = referrals;
        this.recorder = recorder;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select exists (select 1 from monitoring_signal_fact)").query(Boolean.class).single()) {
            return;
        }
        backfill();
    }

    void backfill() {
        census.all().forEach(recorder::refresh);
        referrals.all().forEach(recorder::referral);
    }
}
