package nl.wegwijs.e2e;

import org.springframework.jdbc.core.JdbcTemplate;

/** Journeys that open the wizard start from no unfinished meldings, whatever an earlier journey left behind. */
final class UnfinishedMeldings {

    private UnfinishedMeldings() {
    }

    static void forget(JdbcTemplate jdbc) {
        jdbc.update("DELETE FROM wmo_document WHERE case_id IS NULL");
        jdbc.update("DELETE FROM melding_draft WHERE submitted_case IS NULL");
    }
}
