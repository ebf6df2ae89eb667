package nl.schakel.retention.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.audit.Outcome;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The dry run: {@code java -jar schakel.jar --schakel.command=retention-dry-run} lists what the nightly job would
 * anonymise, delete or hold today — type, id, policy version, action, due date, hold — and changes nothing.
 */
@Component
@ConditionalOnProperty(name = "schakel.command", havingValue = "retention-dry-run")
class RetentionDryRunCommand implements ApplicationRunner, ExitCodeGenerator {

    private final RetentionPlan plan;
    private final AuditTrail audit;
    private final Clock clock;

    RetentionDryRunCommand(RetentionPlan plan, AuditTrail audit, Clock clock) {
        this.plan = plan;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock);
        audit.record(new AuditEvent("RETENTION_DRY_RUN", "RETENTION_POLICY", null, "RETENTION", Outcome.SUCCESS));
        print(today, plan.dueOn(today), System.out);
    }

    @Override
    public int getExitCode() {
        return 0;
    }

    static void print(LocalDate today, List<Planned> planned, PrintStream out) {
        out.printf("Retention dry run for %s: %d records due; nothing changed.%n", today, planned.size());
        for (Planned p : planned) {
            out.printf("%s %s policy v%d %s due %s%s%n", p.type(), p.id(), p.policy().version(), p.policy().action(),
                    p.dueOn(), p.hold() == null ? "" : " HELD " + p.hold());
        }
    }
}
