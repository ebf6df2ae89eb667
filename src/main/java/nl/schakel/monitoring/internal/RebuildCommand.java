package nl.schakel.monitoring.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The command {@code java -jar schakel.jar --schakel.command=monitoring-rebuild}: records every signal's and
 * referral's facts anew and recomputes the daily aggregates (decision 0032), prints how many, and ends with 0
 * (see {@code SchakelApplication.main}).
 */
@Component
@ConditionalOnProperty(name = "schakel.command", havingValue = "monitoring-rebuild")
class RebuildCommand implements ApplicationRunner, ExitCodeGenerator {

    private final FactBackfill backfill;
    private int exitCode = 1;

    RebuildCommand(FactBackfill backfill) {
        this.backfill = backfill;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        long signals = backfill.backfill();
        System.out.printf("Monitoring rebuilt: facts and daily aggregates of %d signals in %.1f s.%n", signals,
                (System.nanoTime() - start) / 1e9);
        exitCode = 0;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
