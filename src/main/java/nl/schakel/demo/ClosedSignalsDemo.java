package nl.schakel.demo;

import java.util.List;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.handling.ClosingOutcome;
import nl.schakel.handling.FeedbackTemplate;
import nl.schakel.handling.SignalHandling;
import nl.schakel.intake.Receipt;
import nl.schakel.intake.ReporterFollowUp;
import nl.schakel.intake.SignalIntake;
import nl.schakel.signal.PersonEntry;
import nl.schakel.signal.ReporterType;
import nl.schakel.signal.SignalId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Signals at the end of the route (issue 16): one closed after the reporter was told there was no trafficking, and
 * one an anonymous resident sent that was closed for lack of information, after which the resident wrote again —
 * a new message from the reporter on a closed signal, which the workbench shows among what needs the officer.
 * Off with {@link SignalsDemo} in the tests' own demo region.
 */
@Component
@ConditionalOnProperty(name = "schakel.demo.signals", havingValue = "true", matchIfMissing = true)
class ClosedSignalsDemo implements DemoContribution {

    private final ObjectProvider<SignalIntake> intake;
    private final ObjectProvider<SignalHandling> handling;
    private final ObjectProvider<ReporterFollowUp> followUp;

    ClosedSignalsDemo(ObjectProvider<SignalIntake> intake, ObjectProvider<SignalHandling> handling,
            ObjectProvider<ReporterFollowUp> followUp) {
        this.intake = intake;
        this.handling = handling;
        this.followUp = followUp;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void seed(DemoRegion region) {
        if (intake.getIfAvailable() == null || handling.getIfAvailable() == null
                || followUp.getIfAvailable() == null) {
            return; // a module test that starts the demo region without these capabilities
        }
        SchakelUser officer = SignalsDemo.user(region, "af.utrecht");
        UUID utrecht = region.organisation("Gemeente Utrecht").id().value();

        SignalId told = intake.getObject().receiveInternal(SignalsDemo.user(region, "melder"), SignalsDemo.form(
                "Een schoonmaker van het kantoor werkt elke avond tot middernacht.", utrecht, ReporterType.FRONT_DESK,
                null, PersonEntry.Sex.UNKNOWN, null), List.of(), null);
        handling.getObject().informReporter(officer, told, FeedbackTemplate.NO_TRAFFICKING,
                "Wij hebben uw signaal bekeken en vonden geen aanwijzingen voor uitbuiting. Dank voor uw melding.");
        handling.getObject().close(officer, told, ClosingOutcome.NO_TRAFFICKING, null, null);

        Receipt thin = intake.getObject().receivePublic(SignalsDemo.form("Iemand vertelde over een feest waar meisjes "
                + "geld moesten afgeven.", utrecht, ReporterType.RESIDENT, null, PersonEntry.Sex.UNKNOWN, null),
                List.of());
        handling.getObject().informReporter(officer, thin.signalId(), FeedbackTemplate.INSUFFICIENT_INFORMATION,
                "Dank voor uw melding. Zonder plaats of datum kunnen wij er nu niets mee; weet u meer, laat het weten.");
        handling.getObject().close(officer, thin.signalId(), ClosingOutcome.INSUFFICIENT_INFORMATION, null, null);
        followUp.getObject().replyByReceipt(thin.code(), "Het feest was in een woning aan de Amsterdamsestraatweg, "
                + "afgelopen zaterdag.");
    }
}
