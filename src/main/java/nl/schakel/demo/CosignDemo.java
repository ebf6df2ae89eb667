package nl.schakel.demo;

import java.util.List;
import java.util.UUID;

import nl.schakel.intake.CosignSettings;
import nl.schakel.intake.SignalIntake;
import nl.schakel.signal.ReporterType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Manager co-signing in the demo region (route step 1, decision 0034): Gemeente Utrecht asks for it, and a signal of
 * "melder" waits for "leidinggevende", so the manager has work on first start. Runs after {@link SignalsDemo}, whose
 * professionals' signals went straight to the officer before co-signing was switched on. Off in the tests, like the
 * signal demo ({@code schakel.demo.signals=false}): their Utrecht does not ask for co-signing unless a test says so.
 */
@Component
@ConditionalOnProperty(name = "schakel.demo.signals", havingValue = "true", matchIfMissing = true)
class CosignDemo implements DemoContribution {

    private final ObjectProvider<SignalIntake> intake;
    private final ObjectProvider<CosignSettings> settings;

    CosignDemo(ObjectProvider<SignalIntake> intake, ObjectProvider<CosignSettings> settings) {
        this.intake = intake;
        this.settings = settings;
    }

    /** Last: once Utrecht co-signs, the other contributions' signals from its reporters would wait as well. */
    @Override
    public int order() {
        return 500;
    }

    @Override
    public void seed(DemoRegion region) {
        if (intake.getIfAvailable() == null || settings.getIfAvailable() == null) {
            return; // a module test that starts the demo region without this capability
        }
        UUID utrecht = region.organisation("Gemeente Utrecht").id().value();
        settings.getObject().switchOnForDemo(utrecht);
        intake.getObject().receiveInternal(SignalsDemo.user(region, "melder"), SignalsDemo.form("Bij de "
                + "parkeervergunning voor een busje gaf de aanvrager als adres een loods op het bedrijventerrein. Hij zei "
                + "dat daar 's nachts twaalf man slapen die voor hem werken.", utrecht, ReporterType.ENFORCEMENT, null,
                null), List.of(), null);
    }
}
