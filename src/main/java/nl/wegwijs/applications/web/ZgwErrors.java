package nl.wegwijs.applications.web;

import java.util.UUID;
import nl.wegwijs.applications.CaseNotFound;
import nl.wegwijs.shared.RedactedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every failure of the ZGW export as an RFC 9457 problem; an unknown or malformed reference is a 404. */
@RestControllerAdvice(assignableTypes = ZgwController.class)
class ZgwErrors {

    private static final Logger log = LoggerFactory.getLogger(ZgwErrors.class);

    @ExceptionHandler(CaseNotFound.class)
    ProblemDetail notFound(CaseNotFound e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No case with this reference");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail wrongMethod(HttpRequestMethodNotSupportedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.METHOD_NOT_ALLOWED, e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "This needs the CONSULTANT or ADMIN role");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("ZGW export failure, reference {}", reference, RedactedException.of(e));
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; reference " + reference);
    }
}
