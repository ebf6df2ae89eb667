package nl.schakel.stacking.bench;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One person as a CSV row of the benchmark: raw text as a reporter (query) or the registry (reference) has it.
 * Empty strings stand for unknown values.
 *
 * @param cluster the ground truth: the person's cluster id; empty for a query that should match nothing
 * @param errors  in queries, the error types applied ("typo;age"), for analysing misses; empty in the reference
 * @param street  street name of an address without a Dutch postcode (with {@code houseNumber} and {@code place})
 * @param identity an identity number (a social security number in FEBRL), for Duke's configuration on all fields
 */
record PersonRow(String id, String cluster, String given, String surname, String sex, String dateOfBirth,
                 String age, String nationality, String phone, String postcode, String houseNumber,
                 String errors, String street, String place, String identity) {

    static final List<String> COLUMNS = List.of("id", "cluster", "given_name", "surname", "sex", "date_of_birth",
            "age", "nationality", "phone", "postcode", "house_number", "errors");

    /** A row without street, place and identity number (the generator's). */
    PersonRow(String id, String cluster, String given, String surname, String sex, String dateOfBirth, String age,
            String nationality, String phone, String postcode, String houseNumber, String errors) {
        this(id, cluster, given, surname, sex, dateOfBirth, age, nationality, phone, postcode, houseNumber, errors,
                "", "", "");
    }

    /** The values of {@link #COLUMNS}. */
    List<String> values() {
        return List.of(id, cluster, given, surname, sex, dateOfBirth, age, nationality, phone, postcode,
                houseNumber, errors);
    }

    static String orEmpty(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }
}
