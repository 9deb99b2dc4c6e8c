package nl.wegwijs.applications;

/**
 * A case as the resident (or someone acting for them) sees it under "Mijn aanvragen".
 * {@code mayMessage} is false for a carer whose representation does not cover messages (the
 * detail then holds no messages); {@code mayChangeContact} false when it does not cover personal details.
 */
public record MyCase(CaseDetail detail, boolean ownCase, boolean mayMessage, boolean mayChangeContact) {
}
