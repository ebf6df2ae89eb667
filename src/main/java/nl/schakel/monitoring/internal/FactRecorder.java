package nl.schakel.monitoring.internal;

import java.util.Optional;
import java.util.UUID;

import nl.schakel.handling.ClassificationLevel;
import nl.schakel.handling.ClassificationLevels;
import nl.schakel.handling.SignalClassified;
import nl.schakel.handling.SignalClosed;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.OrganisationId;
import nl.schakel.organisations.OrganisationType;
import nl.schakel.organisations.Organisations;
import nl.schakel.routing.ReferralChanged;
import nl.schakel.routing.ReferralFigures;
import nl.schakel.routing.ReferralId;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalReceived;
import nl.schakel.signal.SignalStatusChanged;
import nl.schakel.signal.Signals;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps monitoring's facts from the other modules' events (decision 0028): on each event the signal's fact is
 * read anew through the facades and stored whole, so events that arrive late, twice or out of order still
 * end in the right row. In the same transaction the daily aggregates of the days the signal touches are
 * recomputed from the facts (decision 0032).
 */
@Component
class FactRecorder {

    private final Signals signals;
    private final ClassificationLevels classifications;
    private final ReferralFigures referrals;
    private final Organisations organisations;
    private final FactStore store;
    private final DailyAggregates aggregates;

    FactRecorder(Signals signals, ClassificationLevels classifications, ReferralFigures referrals,
            Organisations organisations, FactStore store, DailyAggregates aggregates) {
        this.signals = signals;
        this.classifications = classifications;
        this.referrals = referrals;
        this.organisations = organisations;
        this.store = store;
        this.aggregates = aggregates;
    }

    @ApplicationModuleListener
    void on(SignalReceived event) {
        refresh(event.signalId());
    }

    @ApplicationModuleListener
    void on(SignalStatusChanged event) {
        refresh(event.signalId());
    }

    @ApplicationModuleListener
    void on(SignalClassified event) {
        refresh(event.signalId());
    }

    @ApplicationModuleListener
    void on(SignalClosed event) {
        refresh(event.signalId());
    }

    @ApplicationModuleListener
    void on(ReferralChanged event) {
        store.lock(event.signalId().value());
        record(event.signalId());
        referral(event.referralId());
        aggregates.recompute(event.signalId());
    }

    /** Stores the signal's fact as it is now and recomputes the daily aggregates it touches. */
    @Transactional
    public void refresh(SignalId id) {
        store.lock(id.value());
        record(id);
        aggregates.recompute(id);
    }

    /** Stores the signal's fact as it is now (not the aggregates); nothing when the signal is gone. */
    @Transactional
    public void record(SignalId id) {
        signals.forProcessing(id).ifPresent(signal -> {
            UUID region = signals.regionOf(id).orElseThrow();
            boolean municipal = type(signal.receivingOrganisationId())
                    .filter(t -> t == OrganisationType.MUNICIPALITY).isPresent();
            String level = classifications.current(id).map(ClassificationLevel::name).orElse(null);
            store.upsert(SignalFact.of(signal, region, municipal, level));
        });
    }

    /** Stores the referral's fact as it is now (its signal's fact first, when missing); not the aggregates. */
    @Transactional
    public void referral(ReferralId id) {
        referrals.figure(id).ifPresent(r -> {
            if (!store.hasSignal(r.signalId().value())) {
                record(r.signalId());
            }
            String partnerType = type(r.partnerOrganisationId()).map(Enum::name).orElse("OTHER_PARTNER");
            store.upsert(r, partnerType);
        });
    }

    private Optional<OrganisationType> type(UUID organisation) {
        return organisations.find(new OrganisationId(organisation)).map(Organisation::type);
    }
}
