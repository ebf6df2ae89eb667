package nl.schakel.stacking;

/** The sex of a person as far as it can be compared; "other" and "unknown" are not compared at all. */
public enum Sex { FEMALE, MALE }
