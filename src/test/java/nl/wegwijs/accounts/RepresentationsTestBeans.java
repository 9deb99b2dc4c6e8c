package nl.wegwijs.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock the test moves forward, and one module's worth of applications for the carer's dashboard. */
@TestConfiguration(proxyBeanMethods = false)
class RepresentationsTestBeans {

    static final String APPLICATION_TITLE = "Aanvraag huishoudelijke hulp";

    @Bean
    @Primary
    ShiftedClock shiftedClock() {
        return new ShiftedClock();
    }

    @Bean
    RepresenteeMatters applicationsOfTheResident() {
        return new RepresenteeMatters() {
            @Override
            public Matter matter() {
                return Matter.APPLICATIONS;
            }

            @Override
            public List<MatterItem> itemsOf(Bsn representee, Locale locale) {
                return representee.value().equals("999990019")
                        ? List.of(new MatterItem(Matter.APPLICATIONS, APPLICATION_TITLE, "In behandeling",
                                Instant.parse("2026-11-20T10:00:00Z"), null))
                        : List.of();
            }
        };
    }
}
