package nl.schakel.shelter;

/** Who pays for a place (004 §8.5). */
public enum Payer {
    MUNICIPALITY, JEUGDWET, COA_NIDOS, STATE_COSM, STATE_OMM, STATE_NLA_CRISIS
}
