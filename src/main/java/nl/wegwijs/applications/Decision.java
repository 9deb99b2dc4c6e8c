package nl.wegwijs.applications;

/** What the consultant decided; {@code provision} and {@code form} may be null when refused. */
public record Decision(DecisionOutcome outcome, Provision provision, DeliveryForm form, String reasons) {
}
