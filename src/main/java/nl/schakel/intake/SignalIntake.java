package nl.schakel.intake;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.attachments.Attachments;
import nl.schakel.attachments.Upload;
import nl.schakel.audit.AuditActor;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.catalogue.IndicatorCatalogue;
import nl.schakel.catalogue.IndicatorCatalogues;
import nl.schakel.intake.internal.ReceiptCodes;
import nl.schakel.intake.internal.SignalReader;
import nl.schakel.intake.internal.SignalWriter;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.OrganisationId;
import nl.schakel.organisations.OrganisationType;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.Region;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
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

    private final SignalWriter writer;
    private final Organisations organisations;
    private final IndicatorCatalogues catalogues;
    private final Attachments attachments;
    private final PasswordEncoder slowHash;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final IntakeProperties properties;

    SignalIntake(SignalWriter writer, Organisations organisations, IndicatorCatalogues catalogues,
            Attachments attachments, PasswordEncoder slowHash, AuditTrail audit, ApplicationEventPublisher events,
            IntakeProperties properties) {
        this.writer = writer;
        this.organisations = organisations;
        this.catalogues = catalogues;
        this.attachments = attachments;
        this.slowHash = slowHash;
        this.audit = audit;
        this.events = events;
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
        SignalId id = store(form, Channel.ONLINE_FORM, null, uploads, Optional.empty());
        String code = ReceiptCodes.generate();
        String normalised = ReceiptCodes.normalise(code).orElseThrow();
        writer.followUpByReceipt(id, normalised, slowHash.encode(normalised));
        return new Receipt(id, code);
    }

    /** From a logged-in professional: the identity is the account's, followed up on "my signals". */
    @Transactional
    public SignalId receiveInternal(SchakelUser reporter, SignalForm form, List<Upload> uploads,
            @Nullable UUID managerUserId) {
        SignalForm named = form.asNamedReporter(reporter.displayName(), reporter.organisationName());
        SignalId id = store(named, Channel.INTERNAL, managerUserId, uploads, Optional.of(reporter));
        writer.followUpByAccount(id, reporter.userId());
        return id;
    }

    /** From a partner system through the API; the partner organisation is the reporter. */
    @Transactional
    public SignalId receiveFromPartner(AuditActor partner, String partnerName, Channel channel, SignalForm form) {
        SignalForm named = form.asNamedReporter(form.reporterName() == null ? partnerName : form.reporterName(),
                partnerName);
        return store(named, channel, null, List.of(), Optional.of(partner));
    }

    private SignalId store(SignalForm form, Channel channel, @Nullable UUID managerUserId, List<Upload> uploads,
            Optional<AuditActor> actor) {
        Region region = region().orElseThrow(() -> new IllegalStateException("the intake's region does not exist"));
        IndicatorCatalogue catalogue = catalogues.current();
        SignalForm clean = known(form.withoutIdentityIfAnonymous().filled(), catalogue);
        Optional<Organisation> municipality = municipality(region, clean.municipalityId());
        UUID receiving = municipality.map(o -> o.id().value()).orElseGet(() -> fallback(region));
        SignalId id = writer.insert(clean, new SignalWriter.Routing(region.id().value(),
                municipality.map(o -> o.id().value()).orElse(null), receiving, channel, catalogue.version(),
                managerUserId, actor.map(SignalIntake::reporterKey).orElse(null)));
        attachments.store(SignalReader.ATTACHMENT_OWNER, id.value(), uploads);
        audit.record(AuditEvent.success("SIGNAL_RECEIVED", "SIGNAL", id, PURPOSE), actor);
        events.publishEvent(new SignalReceived(id, receiving, clean.acute()));
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
