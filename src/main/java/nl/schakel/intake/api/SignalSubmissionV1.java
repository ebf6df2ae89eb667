package nl.schakel.intake.api;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.schakel.intake.SignalForm;
import nl.schakel.signal.AddressEntry;
import nl.schakel.signal.OnlineEntry;
import nl.schakel.signal.OrganisationEntry;
import nl.schakel.signal.PersonEntry;
import nl.schakel.signal.PhoneEntry;
import nl.schakel.signal.ReporterType;
import nl.schakel.signal.VehicleEntry;
import nl.schakel.signal.Vulnerability;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/v1/signals}, version 1: the partner API's own record, so the HTML forms can
 * change without changing the API. Only {@code channel}, {@code signal} and {@code signal.description} are
 * required; the constraints are those of {@link SignalForm}, so the answers to mistakes are the same.
 *
 * @param channel how the partner received the signal
 * @param signal what the signal holds
 */
@Schema(name = "SignalSubmission", description = "A signal handed over by a partner system.")
record SignalSubmissionV1(
        @NotNull(message = "{api.channel.required}") @Nullable PartnerChannel channel,
        @NotNull(message = "{api.signal.required}") @Valid @Nullable SignalV1 signal) {

    /** What the signal holds (domain §5). Who reports is the token's organisation. */
    @Schema(name = "Signal")
    record SignalV1(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "What was seen or heard.")
            @NotBlank(message = "{intake.description.required}")
            @Size(min = 10, max = 10000, message = "{intake.description.size}") @Nullable String description,
            @Size(max = 200, message = "{intake.field.tooLong}") @Nullable String observedWhen,
            @Schema(description = "One of GET /api/v1/municipalities; without it the region's fallback municipality "
                    + "receives the signal.") @Nullable UUID municipalityId,
            @Size(max = 300, message = "{intake.field.tooLong}") @Nullable String locationAddress,
            @Nullable List<@Valid PersonEntry> persons,
            @Nullable List<@Valid AddressEntry> addresses,
            @Nullable List<@Valid OrganisationEntry> organisations,
            @Nullable List<@Valid PhoneEntry> phones,
            @Nullable List<@Valid OnlineEntry> onlineIdentities,
            @Nullable List<@Valid VehicleEntry> vehicles,
            @Schema(description = "Indicator codes of the current catalogue; unknown codes are ignored.")
            @Nullable Set<String> indicators,
            @Size(max = 2000, message = "{intake.field.tooLong}") @Nullable String otherIndicators,
            @Schema(description = "Exploitation-form codes; unknown codes are ignored.")
            @Nullable Set<String> exploitationForms,
            @Nullable Set<Vulnerability> vulnerabilities,
            @Nullable Boolean dangerToReporter,
            @Nullable Boolean dangerToVictim,
            @Nullable Boolean doNotInform,
            @Nullable Boolean acute,
            @Nullable Boolean smuggling,
            @Schema(description = "Who reported it to the partner; UNKNOWN when absent.")
            @Nullable ReporterType reporterType,
            @Schema(description = "The partner's contact person; the partner organisation when absent.")
            @Size(max = 200, message = "{intake.field.tooLong}") @Nullable String reporterName,
            @Size(max = 30, message = "{intake.field.tooLong}") @Nullable String reporterPhone,
            @Email(message = "{intake.reporterEmail.invalid}") @Size(max = 320, message = "{intake.field.tooLong}")
            @Nullable String reporterEmail) {

        /** The domain command; a partner always reports by name (its own), never anonymously. */
        SignalForm toForm() {
            return new SignalForm(description, observedWhen, municipalityId, locationAddress, persons, addresses,
                    organisations, phones, onlineIdentities, vehicles, indicators, otherIndicators, exploitationForms,
                    vulnerabilities, dangerToReporter, dangerToVictim, doNotInform, acute, smuggling, reporterType,
                    false, reporterName, null, reporterPhone, reporterEmail, false);
        }
    }
}
