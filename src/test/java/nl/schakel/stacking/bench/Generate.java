package nl.schakel.stacking.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes a seeded synthetic benchmark: a reference CSV of Dutch-like persons with hard distractors (namesakes,
 * family members at one address, people sharing a phone) and a query CSV of what reporters would write about
 * them, with realistic errors and the true cluster id (empty for persons that should match nothing).
 * <p>
 * {@code Generate --size 100000 --queries 10000 --seed 42 --out target/bench [--zipf-surnames 200000
 * [--zipf-exponent 0.7]]}
 */
public final class Generate {

    static final LocalDate SIGNAL_DATE = LocalDate.of(2026, 3, 1);

    /** The truth about one person; the reference row is written from it as the registry would hold it. */
    record Person(int cluster, int origin, String given, String surname, boolean female, LocalDate dateOfBirth,
                  boolean ageOnly, String phone, String postcode, String houseNumber) {
    }

    private final Random random;
    private final List<Person> reference = new ArrayList<>();
    /** With {@code --zipf-surnames N}: every surname drawn from N made-up surnames by a Zipf law. */
    private ZipfSurnames zipf;
    private int nextCluster = 1;

    Generate(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = Args.parse(args);
        int size = Integer.parseInt(options.getOrDefault("size", "10000"));
        int queries = Integer.parseInt(options.getOrDefault("queries", String.valueOf(Math.min(size, 10000))));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        Path out = Path.of(options.getOrDefault("out", "target/bench"));
        Files.createDirectories(out);
        Generate generate = new Generate(seed);
        if (options.containsKey("zipf-surnames")) {
            generate.zipf = new ZipfSurnames(Integer.parseInt(options.get("zipf-surnames")),
                    Double.parseDouble(options.getOrDefault("zipf-exponent", "0.7")), new Random(seed + 1));
        }
        generate.reference(size);
        List<PersonRow> queryRows = generate.queries(queries);
        Csv.write(out.resolve("ref.csv"), PersonRow.COLUMNS,
                () -> generate.reference.stream().map(p -> referenceRow(p).values()).iterator());
        Csv.write(out.resolve("query.csv"), PersonRow.COLUMNS, queryRows.stream().map(PersonRow::values).toList());
        System.out.printf("Wrote %d reference persons to %s and %d queries to %s (seed %d)%n", size,
                out.resolve("ref.csv"), queries, out.resolve("query.csv"), seed);
    }

    // ---- reference ----

    void reference(int size) {
        while (reference.size() < size) {
            double r = random.nextDouble();
            if (reference.isEmpty() || r >= 0.30) {
                reference.add(fresh());
            } else if (r < 0.10) {
                reference.add(namesake(any()));
            } else if (r < 0.25) {
                reference.add(familyMember(any()));
            } else {
                Person other = fresh();
                reference.add(withPhone(other, any().phone()));
            }
        }
    }

    private Person any() {
        return reference.get(random.nextInt(reference.size()));
    }

    private Person fresh() {
        int origin = origin();
        boolean female = random.nextBoolean();
        return new Person(nextCluster++, origin, given(origin, female), surname(origin, female), female,
                dateOfBirth(), random.nextDouble() < 0.15, phone(), postcode(), houseNumber());
    }

    /** Same name, another person: born 3 to 15 years earlier or later, living elsewhere. */
    Person namesake(Person of) {
        int shift = (3 + random.nextInt(13)) * (random.nextBoolean() ? 1 : -1);
        return new Person(nextCluster++, of.origin(), of.given(), of.surname(), of.female(),
                of.dateOfBirth().plusYears(shift).plusDays(random.nextInt(300)), random.nextDouble() < 0.15,
                phone(), postcode(), houseNumber());
    }

    /** Same surname and address, another given name and age; a third share the household's phone. */
    Person familyMember(Person of) {
        boolean female = random.nextBoolean();
        String given = given(of.origin(), female);
        while (given.equals(of.given())) {
            given = given(of.origin(), female);
        }
        int shift = (1 + random.nextInt(30)) * (random.nextBoolean() ? 1 : -1);
        LocalDate born = of.dateOfBirth().plusYears(shift).plusDays(random.nextInt(200));
        if (born.isAfter(SIGNAL_DATE.minusYears(1))) {
            born = of.dateOfBirth().minusYears(Math.abs(shift));
        }
        String surname = female == of.female() ? of.surname() : genderedSurname(of.surname(), female);
        return new Person(nextCluster++, of.origin(), given, surname, female, born, random.nextDouble() < 0.15,
                random.nextDouble() < 0.3 ? of.phone() : phone(), of.postcode(), of.houseNumber());
    }

    private static Person withPhone(Person p, String phone) {
        return new Person(p.cluster(), p.origin(), p.given(), p.surname(), p.female(), p.dateOfBirth(), p.ageOnly(),
                phone, p.postcode(), p.houseNumber());
    }

    static PersonRow referenceRow(Person p) {
        return new PersonRow("R" + p.cluster(), "C" + p.cluster(), p.given(), p.surname(), p.female() ? "F" : "M",
                p.ageOnly() ? "" : p.dateOfBirth().toString(),
                p.ageOnly() ? String.valueOf(ageAtSignal(p)) : "", Names.ORIGINS.get(p.origin()).nationality(),
                p.phone(), p.postcode(), p.houseNumber(), "");
    }

    // ---- queries ----

    List<PersonRow> queries(int count) {
        List<PersonRow> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Person truth;
            boolean inReference = random.nextDouble() < 0.8;
            Set<String> errors = new LinkedHashSet<>();
            if (inReference) {
                truth = any();
            } else {
                double r = random.nextDouble();
                truth = r < 0.35 ? namesake(any()) : r < 0.7 ? familyMember(any()) : fresh();
                errors.add(r < 0.35 ? "absent-namesake" : r < 0.7 ? "absent-family" : "absent-fresh");
            }
            rows.add(distort(i, truth, inReference, errors));
        }
        return rows;
    }

    private PersonRow distort(int number, Person truth, boolean inReference, Set<String> errors) {
        String given = truth.given();
        String surname = truth.surname();
        String dateOfBirth = truth.dateOfBirth().toString();
        String age = "";
        String sex = truth.female() ? "F" : "M";
        String nationality = Names.ORIGINS.get(truth.origin()).nationality();
        String phone = truth.phone();
        String postcode = truth.postcode();
        String houseNumber = truth.houseNumber();
        if (random.nextDouble() < 0.20) {
            if (random.nextBoolean()) {
                surname = Typos.typo(surname, random);
            } else {
                given = Typos.typo(given, random);
            }
            errors.add("typo");
        }
        if (random.nextDouble() < 0.15) {
            String variant = Typos.variant(given, Names.VARIANTS, random);
            String phonetic = variant.equals(given) ? Typos.phonetic(surname, random) : surname;
            if (!variant.equals(given) || !phonetic.equals(surname)) {
                given = variant;
                surname = phonetic;
                errors.add("phonetic");
            }
        }
        double r = random.nextDouble();
        if (r < 0.08) {
            List<String> nicknames = Names.NICKNAMES.get(given);
            given = nicknames == null ? given.charAt(0) + "." : nicknames.get(random.nextInt(nicknames.size()));
            errors.add(nicknames == null ? "initial" : "nickname");
        } else if (r < 0.14) {
            given = given.charAt(0) + ".";
            errors.add("initial");
        }
        if (surname.contains(" ") && random.nextDouble() < 0.4) {
            surname = Typos.particle(surname, random);
            errors.add("particle");
        }
        if (random.nextDouble() < 0.05) {
            String swap = given;
            given = surname;
            surname = swap;
            errors.add("swapped");
        }
        if (random.nextDouble() < 0.35) {
            double noise = random.nextDouble();
            int estimate = ageAtSignal(truth) + (noise < 0.7 ? 0 : noise < 0.9 ? 1 : 2) * (random.nextBoolean() ? 1 : -1);
            dateOfBirth = "";
            age = String.valueOf(estimate);
            errors.add("age");
        }
        if (random.nextDouble() < 0.30) {
            int drops = 1 + random.nextInt(3);
            for (int i = 0; i < drops; i++) {
                switch (random.nextInt(5)) {
                    case 0 -> { dateOfBirth = ""; age = ""; }
                    case 1 -> sex = "";
                    case 2 -> nationality = "";
                    case 3 -> phone = "";
                    default -> { postcode = ""; houseNumber = ""; }
                }
            }
            errors.add("missing");
        }
        if (!phone.isEmpty() && random.nextDouble() < 0.6) {
            phone = Typos.phoneFormat(phone, random);
        }
        if (!nationality.isEmpty() && random.nextDouble() < 0.3) {
            nationality = nationality.substring(0, nationality.length() - 1);   // "Marokkaans"
        }
        return new PersonRow("Q" + number, inReference ? "C" + truth.cluster() : "", given, surname, sex,
                dateOfBirth, age, nationality, phone, postcode, houseNumber, String.join(";", errors));
    }

    // ---- values ----

    private int origin() {
        double r = random.nextDouble();
        for (int i = 0; i < Names.ORIGINS.size(); i++) {
            r -= Names.ORIGINS.get(i).weight();
            if (r < 0) {
                return i;
            }
        }
        return 0;
    }

    private String given(int origin, boolean female) {
        List<String> names = female ? Names.ORIGINS.get(origin).female() : Names.ORIGINS.get(origin).male();
        return names.get(random.nextInt(names.size()));
    }

    private String surname(int origin, boolean female) {
        if (zipf != null) {
            return zipf.next();
        }
        if (origin == 0) {
            return dutchSurname();
        }
        List<String> names = Names.ORIGINS.get(origin).surnames();
        return genderedSurname(names.get(random.nextInt(names.size())), female);
    }

    private String dutchSurname() {
        double r = random.nextDouble();
        if (r < 0.4) {
            return pick(Names.DUTCH_PARTICLES) + " " + pick(Names.DUTCH_ROOTS);
        }
        if (r < 0.75) {
            return pick(Names.DUTCH_PATRONYMS) + pick(Names.DUTCH_SUFFIXES);
        }
        return r < 0.85 ? pick(Names.DUTCH_ROOTS) : pick(Names.DUTCH_PLAIN);
    }

    /** Polish and Bulgarian surnames take a female form. */
    private static String genderedSurname(String surname, boolean female) {
        if (female && surname.endsWith("ski")) {
            return surname.substring(0, surname.length() - 1) + "a";
        }
        if (female && surname.endsWith("ov") || female && surname.endsWith("ev")) {
            return surname + "a";
        }
        if (!female && surname.endsWith("ska")) {
            return surname.substring(0, surname.length() - 1) + "i";
        }
        if (!female && (surname.endsWith("ova") || surname.endsWith("eva"))) {
            return surname.substring(0, surname.length() - 1);
        }
        return surname;
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private LocalDate dateOfBirth() {
        return LocalDate.of(1960, 1, 1).plusDays(random.nextInt(50 * 365));
    }

    private String phone() {
        return "+316" + (1 + random.nextInt(5)) + String.format("%07d", random.nextInt(10_000_000));
    }

    private String postcode() {
        String letters = "ABCDEGHJKLMNPRTVWXZ";
        return (1000 + random.nextInt(9000)) + "" + letters.charAt(random.nextInt(letters.length()))
                + letters.charAt(random.nextInt(letters.length()));
    }

    private String houseNumber() {
        int number = 1 + random.nextInt(250);
        return random.nextDouble() < 0.1 ? number + "" + (char) ('a' + random.nextInt(3)) : String.valueOf(number);
    }

    static int ageAtSignal(Person p) {
        return Period.between(p.dateOfBirth(), SIGNAL_DATE).getYears();
    }
}
