package nl.wegwijs.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wegwijs.directory.search.DirectoryIndex;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

class HsdsErrorsTest {

    @Test
    void aSearchBeforeTheIndexIsBuiltIsAskedToComeBackNotAFailure() {
        ResponseEntity<ProblemDetail> answer = new HsdsErrors().notReady(new DirectoryIndex.NotReadyException());
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(answer.getBody().getDetail()).contains("try again in a few seconds");
    }
}
