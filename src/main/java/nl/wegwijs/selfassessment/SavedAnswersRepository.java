package nl.wegwijs.selfassessment;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SavedAnswersRepository extends JpaRepository<SavedAnswers, String> {

    @Modifying
    @Query("delete from SavedAnswers s where s.expiresAt <= :now")
    int deleteExpired(Instant now);
}
