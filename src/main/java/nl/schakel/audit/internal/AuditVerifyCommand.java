package nl.schakel.audit.internal;

import java.io.PrintStream;

import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.audit.ChainVerification;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The command-line verifier: {@code java -jar schakel.jar --schakel.command=audit-verify}. Prints the
 * result; the process exits with 0 when the chain is intact, 1 when it is broken (see
 * {@code SchakelApplication.main}, which ends command runs with the exit code reported here).
 */
@Component
@ConditionalOnProperty(name = "schakel.command", havingValue = "audit-verify")
class AuditVerifyCommand implements ApplicationRunner, ExitCodeGenerator {

    private final AuditTrail trail;
    private int exitCode = 1;

    AuditVerifyCommand(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void run(ApplicationArguments args) {
        ChainVerification result = trail.verify();
        trail.record(new AuditEvent("AUDIT_VERIFIED", "AUDIT_TRAIL", null, "AUDIT_SUPERVISION",
                result.intact() ? nl.schakel.audit.Outcome.SUCCESS : nl.schakel.audit.Outcome.FAILURE));
        print(result, System.out);
        exitCode = result.intact() ? 0 : 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    static void print(ChainVerification result, PrintStream out) {
        if (result.intact()) {
            out.printf("Audit chain intact: %d records checked.%n", result.recordsChecked());
            out.printf("Checked against %d anchors outside the database.%n", result.anchorsChecked());
        } else {
            out.printf("Audit chain BROKEN at record %d (%s) after %d records checked.%n", result.firstBrokenSeq(),
                    result.problem(), result.recordsChecked());
        }
    }
}
