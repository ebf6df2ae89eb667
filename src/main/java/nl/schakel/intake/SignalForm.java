package nl.schakel.intake;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.schakel.catalogue.CatalogueItem;
import nl.schakel.signal.AddressEntry;
import nl.schakel.signal.Entries;
import nl.schakel.signal.OnlineEntry;
import nl.schakel.signal.OrganisationEntry;
import nl.schakel.signal.PersonEntry;
import nl.schakel.signal.PhoneEntry;
import nl.schakel.signal.ReporterType;
import nl.schakel.signal.VehicleEntry;
import nl.schakel.signal.Vulnerability;
import org.jspecify.annotations.Nullable;

/**
 * Everything a signal can hold (domain §5), as typed into the form or sent by a partner system. Only
 * a short description is required; everything else helps when known.
 *
 * @param municipalityId the municipality the signal concerns, or null when the reporter does not know
 * @param anonymous whether the reporter stays anonymous; if not, name and contact are sealed
 * @param discussedWithManager route step 1, only on the internal form
 * @param managerId the manager it was discussed with, only on the internal form
 * @param step which button of the browser form was pressed: add a row, edit, review (the default), send, or
 *        (public form in steps) next and back
 * @param website the honeypot of the public form: people never see it, so only a robot fills it in
 * @param page the page of the public form in steps the form was sent from (decision 0027)
 * @param uploads the token of the files chosen on the public form's upload page (decision 0027)
 */
public record SignalForm(
        @NotBlank(message = "{intake.description.required}")
        @Size(min = 10, max = 10000, message = "{intake.description.size}") @Nullable String description,
        @Size(max = 200, message = "{intake.field.tooLong}") @Nullable String observedWhen,
        @Nullable UUID municipalityId,
        @Size(max = 300, message = "{intake.field.tooLong}") @Nullable String locationAddress,
        @Nullable List<@Valid PersonEntry> persons,
        @Nullable List<@Valid AddressEntry> addresses,
        @Nullable List<@Valid OrganisationEntry> organisations,
        @Nullable List<@Valid PhoneEntry> phones,
        @Nullable List<@Valid OnlineEntry> onlineIdentities,
        @Nullable List<@Valid VehicleEntry> vehicles,
        @Nullable Set<String> indicators,
        @Size(max = 2000, message = "{intake.field.tooLong}") @Nullable String otherIndicators,
        @Nullable Set<String> exploitationForms,
        @Nullable Set<Vulnerability> vulnerabilities,
        @Nullable Boolean dangerToReporter,
        @Nullable Boolean dangerToVictim,
        @Nullable Boolean doNotInform,
        @Nullable Boolean acute,
        @Nullable Boolean smuggling,
        @Nullable ReporterType reporterType,
        @Nullable Boolean anonymous,
        @Size(max = 200, message = "{intake.field.tooLong}") @Nullable String reporterName,
        @Size(max = 200, message = "{intake.field.tooLong}") @Nullable String reporterOrganisation,
        @Size(max = 30, message = "{intake.field.tooLong}") @Nullable String reporterPhone,
        @Email(message = "{intake.reporterEmail.invalid}") @Size(max = 320, message = "{intake.field.tooLong}")
        @Nullable String reporterEmail,
        @Nullable Boolean discussedWithManager,
        @Nullable UUID managerId,
        @Nullable String step,
        @Nullable String website,
        @Size(max = 40, message = "{intake.field.tooLong}") @Nullable String page,
        @Size(max = 100, message = "{intake.field.tooLong}") @Nullable String uploads) {

    /** Everything but the public form's navigation (page and uploads): the internal form and partner systems. */
    public SignalForm(@Nullable String description, @Nullable String observedWhen, @Nullable UUID municipalityId,
            @Nullable String locationAddress, @Nullable List<PersonEntry> persons, @Nullable List<AddressEntry> addresses,
            @Nullable List<OrganisationEntry> organisations, @Nullable List<PhoneEntry> phones,
            @Nullable List<OnlineEntry> onlineIdentities, @Nullable List<VehicleEntry> vehicles,
            @Nullable Set<String> indicators, @Nullable String otherIndicators, @Nullable Set<String> exploitationForms,
            @Nullable Set<Vulnerability> vulnerabilities, @Nullable Boolean dangerToReporter,
            @Nullable Boolean dangerToVictim, @Nullable Boolean doNotInform, @Nullable Boolean acute,
            @Nullable Boolean smuggling, @Nullable ReporterType reporterType, @Nullable Boolean anonymous,
            @Nullable String reporterName, @Nullable String reporterOrganisation, @Nullable String reporterPhone,
            @Nullable String reporterEmail, @Nullable Boolean discussedWithManager, @Nullable UUID managerId,
            @Nullable String step, @Nullable String website) {
        this(description, observedWhen, municipalityId, locationAddress, persons, addresses, organisations, phones,
                onlineIdentities, vehicles, indicators, otherIndicators, exploitationForms, vulnerabilities,
                dangerToReporter, dangerToVictim, doNotInform, acute, smuggling, reporterType, anonymous, reporterName,
                reporterOrganisation, reporterPhone, reporterEmail, discussedWithManager, managerId, step, website,
                null, null);
    }

    /** Checkboxes that are not ticked are not sent at all: missing means no (anonymity excepted). */
    public SignalForm {
        dangerToReporter = Boolean.TRUE.equals(dangerToReporter);
        dangerToVictim = Boolean.TRUE.equals(dangerToVictim);
        doNotInform = Boolean.TRUE.equals(doNotInform);
        acute = Boolean.TRUE.equals(acute);
        smuggling = Boolean.TRUE.equals(smuggling);
        // Anonymous unless the reporter explicitly chose to give their name: the safe default.
        anonymous = !Boolean.FALSE.equals(anonymous);
        discussedWithManager = Boolean.TRUE.equals(discussedWithManager);
        // Only the description is required: who reports may stay unsaid.
        reporterType = reporterType == null ? ReporterType.UNKNOWN : reporterType;
        step = step == null || step.isBlank() ? REVIEW : step;
    }

    /** The buttons of the browser form (the value of {@code step}). */
    public static final String ADD = "add";
    public static final String EDIT = "edit";
    public static final String REVIEW = "review";
    public static final String SEND = "send";
    /** The public form in steps: the next page, or the page before. */
    public static final String NEXT = "next";
    public static final String BACK = "back";

    /** Whether a robot filled in the field people cannot see. */
    public boolean honeypotFilled() {
        return website != null && !website.isBlank();
    }

    /** Rows shown for typing when nothing has been entered yet. */
    public static final int BLANK_ROWS = 1;

    public static SignalForm empty(boolean anonymous) {
        return new SignalForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                false, false, false, false, false, null, anonymous, null, null, null, null, false, null, null, null).forDisplay();
    }

    /**
     * On the public form, someone who does not stay anonymous must say how to reach them. (Internal
     * reporters and partner systems are known by their account or token.)
     */
    public boolean contactGivenWhenNotAnonymous() {
        return anonymous || !Entries.allBlank(reporterName) && !Entries.allBlank(reporterPhone, reporterEmail);
    }

    public List<PersonEntry> filledPersons() {
        return Entries.filled(persons, PersonEntry::isBlank);
    }

    public List<AddressEntry> filledAddresses() {
        return Entries.filled(addresses, AddressEntry::isBlank);
    }

    public List<OrganisationEntry> filledOrganisations() {
        return Entries.filled(organisations, OrganisationEntry::isBlank);
    }

    public List<PhoneEntry> filledPhones() {
        return Entries.filled(phones, PhoneEntry::isBlank);
    }

    public List<OnlineEntry> filledOnlineIdentities() {
        return Entries.filled(onlineIdentities, OnlineEntry::isBlank);
    }

    public List<VehicleEntry> filledVehicles() {
        return Entries.filled(vehicles, VehicleEntry::isBlank);
    }

    public Set<String> indicatorCodes() {
        return indicators == null ? Set.of() : Set.copyOf(indicators);
    }

    /** Whether any of these catalogue entries is ticked, e.g. to show a group of the signalenkaart opened. */
    public boolean ticksAnyOf(List<CatalogueItem> items) {
        Set<String> ticked = indicatorCodes();
        return items.stream().anyMatch(item -> ticked.contains(item.code()));
    }

    public Set<String> exploitationFormCodes() {
        return exploitationForms == null ? Set.of() : Set.copyOf(exploitationForms);
    }

    public Set<Vulnerability> vulnerabilityFlags() {
        return vulnerabilities == null || vulnerabilities.isEmpty() ? EnumSet.noneOf(Vulnerability.class)
                : EnumSet.copyOf(vulnerabilities);
    }

    /** The same content with one blank row to type in for every repeatable part. */
    public SignalForm forDisplay() {
        return withRows(Entries.withBlankRows(filledPersons(), filledPersons().size() + BLANK_ROWS,
                        PersonEntry::blank),
                Entries.withBlankRows(filledAddresses(), filledAddresses().size() + BLANK_ROWS, AddressEntry::blank),
                Entries.withBlankRows(filledOrganisations(), filledOrganisations().size() + BLANK_ROWS,
                        OrganisationEntry::blank),
                Entries.withBlankRows(filledPhones(), filledPhones().size() + BLANK_ROWS, PhoneEntry::blank),
                Entries.withBlankRows(filledOnlineIdentities(), filledOnlineIdentities().size() + BLANK_ROWS,
                        OnlineEntry::blank),
                Entries.withBlankRows(filledVehicles(), filledVehicles().size() + BLANK_ROWS, VehicleEntry::blank));
    }

    /** The content as it will be stored: blank rows dropped. */
    public SignalForm filled() {
        SignalForm rows = withRows(filledPersons(), filledAddresses(), filledOrganisations(), filledPhones(),
                filledOnlineIdentities(), filledVehicles());
        return new SignalForm(description, observedWhen, municipalityId, locationAddress, rows.persons, rows.addresses,
                rows.organisations, rows.phones, rows.onlineIdentities, rows.vehicles, indicatorCodes(),
                otherIndicators, exploitationFormCodes(), vulnerabilityFlags(), dangerToReporter, dangerToVictim,
                doNotInform, acute, smuggling, reporterType, anonymous, reporterName, reporterOrganisation,
                reporterPhone, reporterEmail, discussedWithManager, managerId, step, website);
    }

    private SignalForm withRows(List<PersonEntry> newPersons, List<AddressEntry> newAddresses,
            List<OrganisationEntry> newOrganisations, List<PhoneEntry> newPhones, List<OnlineEntry> newOnline,
            List<VehicleEntry> newVehicles) {
        return new SignalForm(description, observedWhen, municipalityId, locationAddress, newPersons, newAddresses,
                newOrganisations, newPhones, newOnline, newVehicles, indicators, otherIndicators, exploitationForms,
                vulnerabilities, dangerToReporter, dangerToVictim, doNotInform, acute, smuggling, reporterType,
                anonymous, reporterName, reporterOrganisation, reporterPhone, reporterEmail, discussedWithManager, managerId, step, website);
    }

    /** The same content reported by a known person or organisation (internal form, partner systems). */
    public SignalForm asNamedReporter(String name, @Nullable String organisation) {
        return new SignalForm(description, observedWhen, municipalityId, locationAddress, persons, addresses,
                organisations, phones, onlineIdentities, vehicles, indicators, otherIndicators, exploitationForms,
                vulnerabilities, dangerToReporter, dangerToVictim, doNotInform, acute, smuggling, reporterType,
                false, name, organisation, reporterPhone, reporterEmail, discussedWithManager, managerId, step, website);
    }

    /** The same content with other indicator and exploitation-form codes. */
    public SignalForm withCatalogueCodes(Set<String> indicatorCodes, Set<String> formCodes) {
        return new SignalForm(description, observedWhen, municipalityId, locationAddress, persons, addresses,
                organisations, phones, onlineIdentities, vehicles, indicatorCodes, otherIndicators, formCodes,
                vulnerabilities, dangerToReporter, dangerToVictim, doNotInform, acute, smuggling, reporterType,
                anonymous, reporterName, reporterOrganisation, reporterPhone, reporterEmail, discussedWithManager, managerId, step, website);
    }

    /** Identity fields cleared: for anonymous reports, nothing of them may be kept. */
    public SignalForm withoutIdentityIfAnonymous() {
        if (!anonymous) {
            return this;
        }
        return new SignalForm(description, observedWhen, municipalityId, locationAddress, persons, addresses,
                organisations, phones, onlineIdentities, vehicles, indicators, otherIndicators, exploitationForms,
                vulnerabilities, dangerToReporter, dangerToVictim, doNotInform, acute, smuggling, reporterType,
                true, null, null, null, null, discussedWithManager, managerId, step, website);
    }
}
