package nl.schakel.stacking.bench;

import java.util.List;
import java.util.Map;

/** Small name lists by origin, and the spelling variants and nicknames reporters use. */
final class Names {

    record Origin(String nationality, List<String> male, List<String> female, List<String> surnames,
                  double weight) {
    }

    /** Dutch surnames are partly composed (root + suffix) so that they are as diverse as real ones. */
    static final List<String> DUTCH_ROOTS = List.of("Berg", "Bos", "Dijk", "Meer", "Veen", "Hof", "Brink", "Kamp",
            "Wal", "Heuvel", "Akker", "Velde", "Linden", "Haar", "Hout", "Molen", "Beek", "Bosch", "Broek", "Graaf",
            "Leeuw", "Wetering", "Laan", "Horst", "Pol", "Werf", "Steen", "Vliet", "Zande", "Wiel");
    static final List<String> DUTCH_PARTICLES = List.of("van", "van der", "van den", "de", "van de", "ter", "ten");
    static final List<String> DUTCH_PATRONYMS = List.of("Jan", "Pieter", "Dirk", "Klaas", "Gerrit", "Hendrik",
            "Willem", "Kor", "Thijs", "Maart", "Huib", "Lamb", "Rein", "Wou", "Siem", "Jel", "Bouw", "Tjeerd");
    static final List<String> DUTCH_SUFFIXES = List.of("sen", "se", "s", "ssen", "ma", "stra", "inga", "ing");
    static final List<String> DUTCH_PLAIN = List.of("De Jong", "Smit", "Visser", "Bakker", "Mulder", "Meijer",
            "Boer", "Vos", "Peters", "Hendriks", "Dekker", "Brouwer", "Koster", "Prins", "Kuijpers", "Schouten",
            "Huisman", "Verhoeven", "Kok", "Vermeulen", "Kramer", "Jacobs", "Vink", "Post", "Blom", "Maas");

    static final List<Origin> ORIGINS = List.of(
            new Origin("Nederlandse",
                    List.of("Johannes", "Hendrik", "Cornelis", "Pieter", "Willem", "Jacobus", "Gerrit", "Daan", "Bram",
                            "Thijs", "Sven", "Ruben", "Lucas", "Jeroen", "Bas", "Mark", "Kevin", "Dennis", "Joost",
                            "Stefan", "Niels", "Tim", "Rick", "Wouter", "Maarten", "Erik", "Sander", "Paul"),
                    List.of("Maria", "Elisabeth", "Catharina", "Anna", "Johanna", "Sanne", "Lotte", "Femke", "Iris",
                            "Eva", "Lisa", "Anouk", "Fleur", "Esther", "Marieke", "Ingrid", "Petra", "Linda",
                            "Sophie", "Julia", "Romy", "Noor", "Daphne", "Kim", "Naomi", "Yvonne", "Marloes"),
                    List.of(), 0.40),
            new Origin("Marokkaanse",
                    List.of("Mohamed", "Ahmed", "Youssef", "Mustafa", "Hassan", "Rachid", "Karim", "Said", "Omar",
                            "Ibrahim", "Abdelkader", "Bilal", "Hamza", "Nordin", "Khalid", "Driss", "Redouan",
                            "Anouar", "Soufiane", "Ayoub", "Mehdi", "Tarik", "Jamal", "Nabil"),
                    List.of("Fatima", "Khadija", "Aicha", "Naima", "Malika", "Samira", "Nadia", "Souad", "Latifa",
                            "Hafsa", "Imane", "Salma", "Zineb", "Loubna", "Meryem", "Hanane", "Siham", "Ikram",
                            "Nora", "Yasmina", "Karima", "Asmae"),
                    List.of("El Amrani", "Amrani", "Bouzid", "El Idrissi", "Benali", "Ouali", "Tahiri", "Boukhari",
                            "Azzouzi", "Chakir", "El Khattabi", "Haddouchi", "Bakkali", "Ziani", "Mansouri",
                            "Belhaj", "Aouragh", "Benaissa", "Boulahrouz", "El Moussaoui", "Achahbar", "Ait Taleb",
                            "El Hamdaoui", "Bouchtaoui", "Ouchan", "Zaoui", "El Ouakili", "Kaddouri", "Lahlou",
                            "Rahmouni", "Messaoudi", "Aberkane", "Bouazza", "Chaouch", "Dahmani", "Essafi"),
                    0.18),
            new Origin("Turkse",
                    List.of("Mehmet", "Mustafa", "Ahmet", "Ali", "Huseyin", "Hasan", "Ibrahim", "Ismail", "Osman",
                            "Yusuf", "Murat", "Emre", "Burak", "Kemal", "Serkan", "Volkan", "Onur", "Cem", "Erkan"),
                    List.of("Ayse", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Merve", "Esra", "Ozlem", "Sibel",
                            "Derya", "Gul", "Leyla", "Songul", "Filiz", "Dilek", "Tugba", "Yasemin"),
                    List.of("Yilmaz", "Kaya", "Demir", "Sahin", "Celik", "Yildiz", "Yildirim", "Ozturk", "Aydin",
                            "Ozdemir", "Arslan", "Dogan", "Kilic", "Aslan", "Cetin", "Kara", "Koc", "Kurt", "Ozkan",
                            "Simsek", "Polat", "Korkmaz", "Erdogan", "Karatas", "Tekin", "Aksoy", "Gunes", "Bulut"),
                    0.14),
            new Origin("Poolse",
                    List.of("Piotr", "Krzysztof", "Andrzej", "Tomasz", "Pawel", "Michal", "Marcin", "Jakub", "Kamil",
                            "Lukasz", "Grzegorz", "Mateusz", "Adam", "Marek", "Wojciech", "Dariusz", "Rafal"),
                    List.of("Anna", "Katarzyna", "Malgorzata", "Agnieszka", "Barbara", "Ewa", "Magdalena", "Joanna",
                            "Aleksandra", "Monika", "Zofia", "Natalia", "Karolina", "Marta", "Dorota", "Justyna"),
                    List.of("Nowak", "Kowalski", "Wisniewski", "Wojcik", "Kowalczyk", "Kaminski", "Lewandowski",
                            "Zielinski", "Szymanski", "Wozniak", "Dabrowski", "Kozlowski", "Jankowski", "Mazur",
                            "Kwiatkowski", "Krawczyk", "Piotrowski", "Grabowski", "Nowakowski", "Pawlowski",
                            "Michalski", "Zajac", "Krol", "Wieczorek", "Jablonski", "Majewski", "Olszewski"),
                    0.12),
            new Origin("Roemeense",
                    List.of("Ion", "Andrei", "Mihai", "Alexandru", "Gheorghe", "Constantin", "Florin", "Adrian",
                            "Marian", "Vasile", "Cristian", "Daniel", "Ionut", "Bogdan", "Catalin", "Sorin", "Dorin"),
                    List.of("Maria", "Elena", "Ioana", "Andreea", "Mihaela", "Ana", "Cristina", "Gabriela", "Daniela",
                            "Alina", "Florentina", "Georgiana", "Roxana", "Simona", "Bianca", "Larisa", "Denisa"),
                    List.of("Popescu", "Popa", "Pop", "Radu", "Dumitru", "Stan", "Stoica", "Gheorghe", "Matei",
                            "Ciobanu", "Ionescu", "Rusu", "Constantin", "Mihai", "Munteanu", "Florea", "Dinu",
                            "Georgescu", "Lazar", "Tudor", "Moldovan", "Barbu", "Dobre", "Nistor", "Marin", "Ene"),
                    0.09),
            new Origin("Bulgaarse",
                    List.of("Georgi", "Ivan", "Dimitar", "Nikolay", "Petar", "Hristo", "Stoyan", "Todor", "Vasil",
                            "Stefan", "Plamen", "Krasimir", "Angel", "Yordan", "Boris", "Kaloyan", "Martin"),
                    List.of("Maria", "Ivanka", "Elena", "Yordanka", "Desislava", "Petya", "Gergana", "Mariya",
                            "Tsvetelina", "Nikoleta", "Viktoria", "Radostina", "Kristina", "Silviya", "Galina"),
                    List.of("Ivanov", "Georgiev", "Dimitrov", "Petrov", "Nikolov", "Hristov", "Stoyanov", "Todorov",
                            "Iliev", "Vasilev", "Atanasov", "Petkov", "Angelov", "Kolev", "Yordanov", "Marinov",
                            "Popov", "Stefanov", "Mihaylov", "Krastev", "Dimov", "Kostov", "Pavlov", "Ruschev"),
                    0.07));

    /** Nicknames and call names a reporter may know instead of the formal name. */
    static final Map<String, List<String>> NICKNAMES = Map.ofEntries(
            Map.entry("Johannes", List.of("Jan", "Hans", "Johan")), Map.entry("Hendrik", List.of("Henk", "Hein")),
            Map.entry("Cornelis", List.of("Kees", "Cor")), Map.entry("Pieter", List.of("Piet", "Peter")),
            Map.entry("Willem", List.of("Wim", "Willy")), Map.entry("Jacobus", List.of("Jaap", "Koos")),
            Map.entry("Gerrit", List.of("Gert")), Map.entry("Maria", List.of("Marie", "Mieke", "Ria")),
            Map.entry("Elisabeth", List.of("Liesbeth", "Els", "Bep")), Map.entry("Catharina", List.of("Katja")),
            Map.entry("Alexandru", List.of("Alex")), Map.entry("Mohamed", List.of("Mo")),
            Map.entry("Anna", List.of("Anja")), Map.entry("Sander", List.of("Alex")));

    /** Spelling variants of transliterated given names. */
    static final Map<String, List<String>> VARIANTS = Map.ofEntries(
            Map.entry("Mohamed", List.of("Mohammed", "Muhammad", "Mohammad")),
            Map.entry("Ahmed", List.of("Ahmad", "Achmed")), Map.entry("Youssef", List.of("Yousef", "Yusuf")),
            Map.entry("Mustafa", List.of("Mustapha", "Moustafa")), Map.entry("Hassan", List.of("Hasan")),
            Map.entry("Rachid", List.of("Rashid")), Map.entry("Karim", List.of("Kareem")),
            Map.entry("Said", List.of("Saeed")), Map.entry("Fatima", List.of("Fatma")),
            Map.entry("Khadija", List.of("Khadidja", "Chadija")), Map.entry("Aicha", List.of("Aisha")),
            Map.entry("Huseyin", List.of("Hussein")), Map.entry("Ibrahim", List.of("Brahim")),
            Map.entry("Omar", List.of("Umar")), Map.entry("Mariya", List.of("Maria")),
            Map.entry("Natalia", List.of("Natalja")));

    private Names() {
    }
}
