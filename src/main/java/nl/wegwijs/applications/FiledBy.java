package nl.wegwijs.applications;

/** Who filed the melding: the resident, someone acting for them, or the front desk at the counter. */
public enum FiledBy {
    SELF,
    REPRESENTATIVE,
    COUNTER
}
