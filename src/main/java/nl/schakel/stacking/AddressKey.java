package nl.schakel.stacking;

/**
 * The comparable key of an address.
 *
 * @param value     "3511AB:12:A" (postcode, house number, addition) or "utrecht:oudegracht:12:A" when the
 *                  postcode is unknown
 * @param precision how much a shared key says: a postcode with house number identifies one address; street
 *                  and city do too, but are typed in more ways, so they find fewer of the true matches
 */
public record AddressKey(String value, Precision precision) {

    public enum Precision { POSTCODE_AND_NUMBER, STREET_AND_CITY }
}
