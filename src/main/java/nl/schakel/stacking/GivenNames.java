package nl.schakel.stacking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Groups of given names that refer to the same name: spelling variants of transliterated names, Dutch formal
 * names and their call names (roepnamen), and common diminutives. A small table of frequent names in the Dutch
 * context and in signals; a name outside it simply has no group.
 */
final class GivenNames {

    private static final List<List<String>> GROUPS = List.of(
            List.of("mohamed", "mohammed", "muhammad", "mohammad", "muhammed", "mohamad", "mohamet", "mehmet",
                    "mhamed", "mo"),
            List.of("ahmed", "ahmad", "ahmet", "achmed", "ahmat"),
            List.of("johannes", "jan", "hans", "johan", "joop", "hannes", "jo", "john"),
            List.of("hendrik", "henk", "henri", "henry", "hein"),
            List.of("cornelis", "kees", "cor", "cees"),
            List.of("jacobus", "jacob", "jakob", "jaap", "koos", "jacques"),
            List.of("pieter", "piet", "peter", "petrus"),
            List.of("willem", "wim", "willy", "william", "wil"),
            List.of("gerrit", "gert", "gerard", "geert", "gerardus"),
            List.of("youssef", "yousef", "yusuf", "youssouf", "joesoef", "jusuf", "yosef"),
            List.of("mustafa", "mustapha", "moustafa", "mustafah", "mostafa"),
            List.of("hassan", "hasan", "hassane"),
            List.of("hussein", "husein", "hussain", "hoessein", "huseyin"),
            List.of("ibrahim", "ebrahim", "brahim", "ibrahima"),
            List.of("abdullah", "abdallah", "abdellah", "abdulla"),
            List.of("omar", "umar", "omer", "oumar"),
            List.of("said", "saeed", "saied", "sayed"),
            List.of("rachid", "rashid", "rasheed", "rachied"),
            List.of("karim", "kareem", "karime"),
            List.of("fatima", "fatma", "fadma", "fatimah", "tima"),
            List.of("khadija", "khadidja", "hadija", "chadija", "khadijah"),
            List.of("aisha", "aicha", "aischa", "ayse", "aysha", "ayesha"),
            List.of("maria", "marie", "mia", "mieke", "ria", "marja", "mariya"),
            List.of("elisabeth", "elizabeth", "liesbeth", "els", "betty", "bep", "elizaveta", "lisa"),
            List.of("catharina", "katharina", "katarina", "catarina", "ekaterina", "katerina", "katja", "trijntje"),
            List.of("alexander", "aleksander", "aleksandr", "oleksandr", "sander", "alex", "sascha", "sasha"),
            List.of("natalia", "natalja", "nataliya", "natalya", "natasha", "natasja", "natascha"),
            List.of("andrei", "andrej", "andrey", "andriy", "andrzej", "andrii"),
            List.of("aleksei", "alexei", "alexey", "aleksey", "oleksii", "oleksiy"),
            List.of("mikhail", "mihail", "michail", "mihai", "michael", "michiel", "mykhailo"),
            List.of("ioana", "ana", "anna", "anne", "anja", "annie"),
            List.of("gheorghe", "georgi", "georgiy", "george", "jurgen", "joris"));

    private static final Map<String, Integer> GROUP_OF = index();

    private GivenNames() {
    }

    /** The group a folded given name belongs to, if it is in the table. */
    static Optional<Integer> group(String foldedName) {
        return Optional.ofNullable(GROUP_OF.get(foldedName));
    }

    static boolean sameGroup(String a, String b) {
        Optional<Integer> group = group(a);
        return group.isPresent() && group.equals(group(b));
    }

    /** The first name of the group, the key candidates are retrieved by; the name itself outside the table. */
    static String canonical(String foldedName) {
        return group(foldedName).map(i -> GROUPS.get(i).get(0)).orElse(foldedName);
    }

    private static Map<String, Integer> index() {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < GROUPS.size(); i++) {
            for (String name : GROUPS.get(i)) {
                index.putIfAbsent(name, i);
            }
        }
        return Map.copyOf(index);
    }
}
