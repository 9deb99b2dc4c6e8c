package nl.wegwijs.accounts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a carer's request must satisfy before it can be stored; each problem names its field. */
final class ConsentRequestRules {

    static final int MAX_YEARS = 5;

    private ConsentRequestRules() {
    }

    /** The problems in {@code request} by {@code actor} on {@code today}; empty when it may be stored. */
    static List<RepresentationRejected.Problem> problems(ConsentRequest request, Account actor, LocalDate today) {
        var problems = new ArrayList<RepresentationRejected.Problem>();
        Optional<Bsn> bsn = Bsn.parse(request.representeeBsn());
        if (request.representeeBsn() == null || request.representeeBsn().isBlank()) {
            problems.add(problem("representeeBsn", "bsn.missing"));
        } else if (bsn.isEmpty()) {
            problems.add(problem("representeeBsn", "bsn.invalid"));
        } else if (bsn.equals(actor.bsn())) {
            problems.add(problem("representeeBsn", "bsn.own"));
        }
        String name = request.representeeName() == null ? "" : request.representeeName().strip();
        if (name.isEmpty()) {
            problems.add(problem("representeeName", "name.missing"));
        } else if (name.length() > 200) {
            problems.add(problem("representeeName", "name.too-long"));
        }
        if (request.basis() == null || request.basis() == RepresentationBasis.COUNTER
                || request.basis() == RepresentationBasis.DIGID_MANDATE) {
            problems.add(problem("basis", "basis.invalid"));
        } else if (request.basis().needsEvidence()
                && (request.evidence() == null || request.evidence().isBlank())) {
            problems.add(problem("evidence", "evidence.missing"));
        } else if (request.evidence() != null && request.evidence().strip().length() > 300) {
            problems.add(problem("evidence", "evidence.too-long"));
        }
        if (request.scope() == null || request.scope().isEmpty()) {
            problems.add(problem("scope", "scope.missing"));
        }
        if (request.validUntil() != null && !request.validUntil().isAfter(today)) {
            problems.add(problem("validUntil", "until.past"));
        } else if (request.validUntil() != null && request.validUntil().isAfter(today.plusYears(MAX_YEARS))) {
            problems.add(problem("validUntil", "until.too-far"));
        }
        return problems;
    }

    private static RepresentationRejected.Problem problem(String field, String code) {
        return new RepresentationRejected.Problem(field, code);
    }
}
