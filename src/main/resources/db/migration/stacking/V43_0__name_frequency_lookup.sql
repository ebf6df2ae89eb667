-- Issue 11 (decision 0039): name frequencies are kept up to date as persons are stored. A name not counted yet is
-- counted among the region's persons then, by surname key or first given name: these indexes keep that one lookup
-- per stored person cheap however large the registry is.
create index subject_person_surname_key on subject_person (surname_key);
create index subject_person_first_given_name on subject_person ((given_names[1]));
