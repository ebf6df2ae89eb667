package nl.schakel.organisations;

/** A region: the area whose municipalities and partners share one Schakel. */
public record Region(RegionId id, String code, String name) {
}
