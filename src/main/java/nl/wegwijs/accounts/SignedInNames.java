package nl.wegwijs.accounts;

import java.util.Optional;
import nl.wegwijs.shared.security.SignedInName;
import org.springframework.stereotype.Component;

/** Gives the shell's header the display name of the signed-in account. */
@Component
class SignedInNames implements SignedInName {

    private final CurrentPerson currentPerson;

    SignedInNames(CurrentPerson currentPerson) {
        this.currentPerson = currentPerson;
    }

    @Override
    public Optional<String> current() {
        return currentPerson.get().map(SignedInPerson::displayName);
    }
}
