package nl.wegwijs.applications;

import org.springframework.stereotype.Component;

/** Builds the read models of a case from its entity and its history, messages and documents. */
@Component
class CaseFiles {

    private final CaseStatusEntryRepository history;
    private final CaseMessageRepository messages;
    private final CaseDocumentRepository documents;

    CaseFiles(CaseStatusEntryRepository history, CaseMessageRepository messages, CaseDocumentRepository documents) {
        this.history = history;
        this.messages = messages;
        this.documents = documents;
    }

    CaseSummary summary(WmoCase wmoCase) {
        return new CaseSummary(wmoCase.reference(), wmoCase.subjectName(), wmoCase.filedBy(), wmoCase.team(),
                wmoCase.status(), wmoCase.meldingAt(), wmoCase.nextDeadline(), wmoCase.consultant() != null);
    }

    CaseDetail detail(WmoCase wmoCase) {
        var timeline = history.findByCaseIdOrderByOccurredAtAscIdAsc(wmoCase.id()).stream()
                .map(entry -> new TimelineEntry(entry.status(), entry.occurredAt())).toList();
        var thread = messages.findByCaseIdOrderByPostedAtAsc(wmoCase.id()).stream().map(CaseMessage::view).toList();
        var files = documents.findByCaseIdOrderByUploadedAtAsc(wmoCase.id()).stream().map(CaseDocument::summary)
                .toList();
        return new CaseDetail(wmoCase.reference(), wmoCase.subject(), wmoCase.subjectName(), wmoCase.filedBy(),
                wmoCase.team(), wmoCase.consultant(), wmoCase.status(), wmoCase.answers(), wmoCase.meldingAt(),
                wmoCase.planDue(), wmoCase.investigationDue(), wmoCase.conversation(), wmoCase.report(),
                wmoCase.reportAt(), wmoCase.reportResponse(), wmoCase.reportComment(), wmoCase.aanvraagOn(),
                wmoCase.decisionDue(), wmoCase.decision(), wmoCase.decidedAt(), wmoCase.contactEmail(),
                wmoCase.contactPhone(), wmoCase.notifyBy(), timeline, thread, files, wmoCase.version());
    }
}
