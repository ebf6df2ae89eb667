package nl.schakel.monitoring.internal;

import nl.schakel.routing.ReferralFigures;
import nl.schakel.signal.SignalCensus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rebuilds monitoring's facts and daily aggregates from the signals and referrals (decision 0032). Runs by itself
 * only on a start where monitoring holds no facts yet while there are signals, and no more than
 * {@code schakel.monitoring.auto-rebuild-max-signals} (10,000) of them, so that a start never waits long; a larger
 * database is rebuilt by the command {@code --schakel.command=monitoring-rebuild} ({@link RebuildCommand}).
 * Idempotent: a second run writes the same rows again. Not during another command.
 */
@Component
@Order(100)
class FactBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FactBackfill.class);

    private final SignalCensus census;
    private final ReferralFigures referrals;
    private final FactRecorder recorder;
    private final DailyAggregates aggregates;
    private final JdbcClient jdbc;
    private final long maxSignals;
    private final String command;

    FactBackfill(SignalCensus census, ReferralFigures referrals, FactRecorder recorder, DailyAggregates aggregates,
            JdbcClient jdbc, @Value("${schakel.monitoring.auto-rebuild-max-signals:10000}") long maxSignals,
            @Value("${schakel.command:}") String command) {
        this.census = census;
        this.referrals = referrals;
        this.recorder = recorder;
        this.aggregates = aggregates;
        this.jdbc = jdbc;
        this.maxSignals = maxSignals;
        this.command = command;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!command.isEmpty()
                || jdbc.sql("select exists (select 1 from monitoring_signal_fact)").query(Boolean.class).single()) {
            return;
        }
        long signals = census.count();
        if (signals == 0) {
            return;
        }
        if (signals > maxSignals) {
            log.warn("Monitoring holds no figures while there are {} signals, more than {} to rebuild on start: "
                    + "run --schakel.command=monitoring-rebuild", signals, maxSignals);
            return;
        }
        backfill();
    }

    /** Records every signal and referral anew, then recomputes every daily aggregate; returns the signals done. */
    long backfill() {
        var ids = census.all();
        ids.forEach(recorder::record);
        referrals.all().forEach(recorder::referral);
        aggregates.rebuild();
        return ids.size();
    }
}
