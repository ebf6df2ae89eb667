package nl.schakel.shelter.api;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.schakel.shelter.CapacityBoard;
import nl.schakel.shelter.CapacityStatus;
import nl.schakel.shelter.CapacityUpdate;
import org.jspecify.annotations.Nullable;

/**
 * One service's places in the partner API. Never an address.
 *
 * @param freshness CURRENT, NOT_CURRENT (older than 24 hours) or STALE (older than 72 hours); null when never reported
 */
@Schema(name = "Capacity")
public record CapacityV1(UUID serviceId, String serviceName, UUID providerOrganisationId, String providerName,
        @Nullable String unit, @Nullable Integer total, @Nullable Integer funded, @Nullable Integer available,
        @Nullable Integer reserved, @Nullable Integer waitlist, @Nullable CapacityStatus status,
        @Nullable Instant updatedAt, @Nullable String freshness) {

    static CapacityV1 of(CapacityBoard.Line line) {
        var s = line.service();
        var f = line.figure();
        return new CapacityV1(s.id(), s.name(), s.providerOrganisationId(), s.providerName(),
                f == null ? null : f.unit(), f == null ? null : f.total(), f == null ? null : f.funded(),
                f == null ? null : f.available(), f == null ? null : f.reserved(), f == null ? null : f.waitlist(),
                f == null ? null : f.status(), f == null ? null : f.updatedAt(),
                line.freshness() == null ? null : line.freshness().name());
    }

    /** New figures for one of the token organisation's own services. */
    @Schema(name = "CapacityReport")
    public record Report(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 60) @NotBlank @Size(max = 60) @Nullable String unit,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull @Min(0) @Max(10000) @Nullable Integer total,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull @Min(0) @Max(10000) @Nullable Integer funded,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull @Min(0) @Max(10000) @Nullable Integer available,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull @Min(0) @Max(10000) @Nullable Integer reserved,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull @Min(0) @Max(10000) @Nullable Integer waitlist,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull @Nullable CapacityStatus status) {

        boolean consistent() {
            return available == null || total == null || available <= total;
        }

        CapacityUpdate update() {
            return new CapacityUpdate(unit.strip(), total, funded, available, reserved, waitlist, status);
        }
    }
}
