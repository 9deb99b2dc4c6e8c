package nl.wegwijs.applications;

/** Zorg in natura (the municipality arranges it) or a persoonsgebonden budget (the resident buys it). */
public enum DeliveryForm {
    IN_KIND,
    PERSONAL_BUDGET
}
