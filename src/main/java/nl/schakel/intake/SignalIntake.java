package nl.schakel.intake;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.attachments.Upload;
import nl.schakel.audit.AuditActor;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.catalogue.IndicatorCatalogue;
import nl.schakel.catalogue.IndicatorCatalogues;
import nl.schakel.intake.internal.FollowUps;
import nl.schakel.intake.internal.ReceiptCodes;
import nl.schakel.intake.internal.ReporterIdentity;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.OrganisationId;
import nl.schakel.organisations.OrganisationType;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.Region;
import nl.schakel.signal.Channel;
import nl.schakel.signal.NewSignal;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalRecords;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static java.util.stream.Collectors.toSet;

/**
 * Receives signals through every channel. A signal goes to the designated officers of the municipality
 * it concerns, or of the region's fallback municipality when that is unknown. Codes of indicators and
 * forms that the current catalogue does not know are dropped, so a signal only ever refers to known
 * entries of the catalogue version it records.
 */
@Service
public class SignalIntake {

    private static final String PURPOSE = "REPORTING";

    private final SignalRecords records;
    private final FollowUps followUps;
    private final Organisations organisations;
    private final IndicatorCatalogues catalogues;
    private final PasswordEncoder slowHash;
    private final AuditTrail audit;
    private final IntakeProperties properties;
    private final Cosigning cosigning;

    SignalIntake(SignalRecords records, FollowUps followUps, Organisations organisations,
            IndicatorCatalogues catalogues, PasswordEncoder slowHash, AuditTrail audit, IntakeProperties properties,
            Cosigning cosigning) {
        this.cosigning = cosigning;
        this.records = records;
        this.followUps = followUps;
        this.organisations = organisations;
        this.catalogues = catalogues;
        this.slowHash = slowHash;
        this.audit = audit;
        this.properties = properties;
    }

    /** The region served and its municipalities, for the form's choice. */
    public List<Organisation> municipalities() {
        return region().map(r -> organisations.inRegion(r.id()).stream()
                .filter(o -> o.type() == OrganisationType.MUNICIPALITY && o.active()).toList()).orElse(List.of());
    }

    public boolean available() {
        return region().isPresent();
    }

    /** From the public form: always followed up with a receipt code, whether or not the reporter is named. */
    @Transactional
    public Receipt receivePublic(SignalForm form, List<Upload> uploads) {
        SignalId id = store(form, Channel.ONLINE_FORM, null, uploads, Optional.empty(), false);
        String code = ReceiptCodes.generate();
        String normalised = ReceiptCodes.normalise(code).orElseThrow();
        followUps.byReceipt(id, normalised, slowHash.encode(normalised));
        return new Receipt(id, code);
    }

    /**
     * From a logged-in professional: the identity is the account's, followed up on "my signals". Where their
     * organisation asks for it, the signal first waits for a manager's co-signature (route step 1); an acute signal
     * never waits, its managers are told instead (decision 0034).
     */
    @Transactional
    public SignalId receiveInternal(SchakelUser reporter, SignalForm form, List<Upload> uploads,
            @Nullable UUID managerUserId) {
        SignalForm named = form.asNamedReporter(reporter.displayName(), reporter.organisationName());
        boolean asked = cosigning.asksOf(reporter);
        boolean waits = asked && !Boolean.TRUE.equals(named.acute());
        SignalId id = store(named, Channel.INTERNAL, managerUserId, uploads, Optional.of(reporter), waits);
        followUps.byAccount(id, reporter.userId());
        if (waits) {
            cosigning.await(id, reporter);
        } else if (asked) {
            cosigning.passedAsAcute(id, reporter);
        }
        return id;
    }

    /** From a partner system through the API; the partner organisation is the reporter. */
    @Transactional
    public SignalId receiveFromPartner(AuditActor partner, String partnerName, Channel channel, SignalForm form) {
        SignalForm named = form.asNamedReporter(form.reporterName() == null ? partnerName : form.reporterName(),
                partnerName);
        return store(named, channel, null, List.of(), Optional.of(partner), false);
    }

    private SignalId store(SignalForm form, Channel channel, @Nullable UUID managerUserId, List<Upload> uploads,
            Optional<AuditActor> actor, boolean awaitingCosignature) {
        Region region = region().orElseThrow(() -> new IllegalStateException("the intake's region does not exist"));
        IndicatorCatalogue catalogue = catalogues.current();
        SignalForm clean = known(form.withoutIdentityIfAnonymous().filled(), catalogue);
        Optional<Organisation> municipality = municipality(region, clean.municipalityId());
        UUID receiving = municipality.map(o -> o.id().value()).orElseGet(() -> fallback(region));
        NewSignal command = command(clean, new NewSignal.Origin(region.id().value(),
                municipality.map(o -> o.id().value()).orElse(null), receiving, channel, catalogue.version(),
                managerUserId, actor.map(SignalIntake::reporterKey).orElse(null)));
        SignalId id = awaitingCosignature ? records.recordAwaitingCosignature(command, uploads)
                : records.record(command, uploads);
        if (!clean.anonymous()) {
            followUps.sealIdentity(id, new ReporterIdentity(blankToNull(clean.reporterName()),
                    blankToNull(clean.reporterOrganisation()), blankToNull(clean.reporterPhone()),
                    blankToNull(clean.reporterEmail())));
        }
        audit.record(AuditEvent.success("SIGNAL_RECEIVED", "SIGNAL", id, PURPOSE), actor);
        return id;
    }

    /**
     * An opaque key per reporter, to count distinct reporters of a subject: a partner system counts as
     * its organisation, a professional as a hash of their account.
     */
    private static String reporterKey(AuditActor actor) {
        if ("API_CLIENT".equals(actor.roleCode())) {
            return "P:" + actor.organisationId();
        }
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(actor.userId().toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return "A:" + java.util.HexFormat.of().formatHex(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The signal module's command: the form's content without the reporter's identity. */
    private static NewSignal command(SignalForm form, NewSignal.Origin origin) {
        return new NewSignal(origin, form.reporterType(), form.description(), form.observedWhen(),
                form.locationAddress(), form.indicatorCodes(), form.otherIndicators(), form.exploitationFormCodes(),
                form.vulnerabilityFlags(), new NewSignal.Flags(form.dangerToReporter(), form.dangerToVictim(),
                        form.doNotInform(), form.acute(), form.smuggling(), form.discussedWithManager(),
                        form.anonymous()),
                form.filledPersons(), form.filledAddresses(), form.filledOrganisations(), form.filledPhones(),
                form.filledOnlineIdentities(), form.filledVehicles());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static SignalForm known(SignalForm form, IndicatorCatalogue catalogue) {
        return form.withCatalogueCodes(
                form.indicatorCodes().stream().filter(c -> catalogue.indicator(c).isPresent()).collect(toSet()),
                form.exploitationFormCodes().stream().filter(c -> catalogue.exploitationForm(c).isPresent())
                        .collect(toSet()));
    }

    private Optional<Organisation> municipality(Region region, @Nullable UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return organisations.find(new OrganisationId(id)).filter(o -> o.regionId().equals(region.id())
                && o.type() == OrganisationType.MUNICIPALITY && o.active());
    }

    private UUID fallback(Region region) {
        return organisations.inRegion(region.id()).stream()
                .filter(o -> o.name().equals(properties.fallbackMunicipality()) && o.active())
                .findFirst().orElseThrow(() -> new IllegalStateException("the fallback municipality does not exist"))
                .id().value();
    }

    private Optional<Region> region() {
        return organisations.region(properties.regionCode());
    }
}
