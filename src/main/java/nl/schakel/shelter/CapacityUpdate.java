package nl.schakel.shelter;

/** New figures a provider reports for one of its services. */
public record CapacityUpdate(String unit, int total, int funded, int available, int reserved, int waitlist,
        CapacityStatus status) {
}
