package nl.wegwijs.accounts;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Records the DigiD-machtiging a resident signed in with, once the sign-in has succeeded, so the
 * audit log names them as the one who acted. Renewed (and audited as a change) at every sign-in.
 */
@Component
class MandateFromSignIn {

    private final Representations representations;
    private final RepresentationRepository stored;
    private final AuditLog audit;
    private final CurrentPerson currentPerson;

    MandateFromSignIn(Representations representations, RepresentationRepository stored, AuditLog audit,
            CurrentPerson currentPerson) {
        this.representations = representations;
        this.stored = stored;
        this.audit = audit;
        this.currentPerson = currentPerson;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof SignedInOidcUser user)) {
            return;
        }
        user.mandate().ifPresent(mandate -> {
            var actor = currentPerson.require().id();
            boolean known = stored.findByActorAccountIdAndRepresenteeBsn(actor.value(), mandate.representeeBsn())
                    .stream().anyMatch(representation -> representation.basis() == RepresentationBasis.DIGID_MANDATE);
            representations.recordMandate(actor, mandate.representee(), mandate.representeeName(), mandate.scope(),
                    mandate.validUntil()).ifPresent(recorded -> audit.record(
                            known ? AuditAction.CHANGED : AuditAction.CREATED, Representations.OBJECT,
                            recorded.id().value().toString(), mandate.representee()));
        });
    }
}
