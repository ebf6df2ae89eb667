-- What the matcher compares, normalised once when a person is stored, so that a lookup compares ready values
-- instead of parsing and normalising the name of every candidate again. The normalisation is Java (Dutch-aware
-- Double Metaphone, given-name groups) and cannot be repeated in SQL, so rows stored before keep
-- normalised = false and are normalised when read (SubjectRegistry).
alter table subject_person
    add column normalised       boolean not null default false,
    -- The folded given names in order; null when the person has no name at all.
    add column given_names      text[],
    add column particles        text,
    add column surname_key      text,
    add column surname_phonetic text[],
    add column nationality_key  text;
