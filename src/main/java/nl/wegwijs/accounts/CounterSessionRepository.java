package nl.wegwijs.accounts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CounterSessionRepository extends JpaRepository<CounterSession, UUID> {

    /** The open session of an employee: at most one at a time. */
    Optional<CounterSession> findFirstByEmployeeIdAndEndedAtIsNull(UUID employeeId);

    List<CounterSession> findByEndedAtIsNull();
}
