package nl.wegwijs.accounts;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, UUID> {

    Optional<Account> findByUsernameIgnoreCase(String username);

    Optional<Account> findByOidcIssuerAndOidcSubject(String oidcIssuer, String oidcSubject);

    Optional<Account> findByBsn(String bsn);

}
