package nl.schakel.care;

/** Why a municipality is responsible: registered there in the BRP, found there, or agreed between municipalities. */
public enum MunicipalityReason {
    BRP, FOUND_HERE, AGREED
}
