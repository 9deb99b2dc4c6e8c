package nl.wegwijs.applications.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import nl.wegwijs.applications.ApplicationsProperties;
import nl.wegwijs.applications.CaseDetail;
import nl.wegwijs.applications.CaseNotFound;
import nl.wegwijs.applications.CaseReference;
import nl.wegwijs.applications.ZgwExport;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/zgw/zaken/{reference}}: a case as a ZGW zaak, for municipalities with a ZGW case system. */
@RestController
@RequestMapping(path = "/api/zgw", produces = MediaType.APPLICATION_JSON_VALUE)
class ZgwController {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final ZgwExport export;
    private final String base;

    ZgwController(ZgwExport export, ApplicationsProperties properties) {
        this.export = export;
        this.base = properties.portalAddress().replaceAll("/+$", "") + "/api/zgw";
    }

    @GetMapping("/zaken/{reference}")
    ResponseEntity<Zaak> zaak(@PathVariable String reference) {
        var parsed = CaseReference.parse(reference);
        if (parsed == null) {
            throw new CaseNotFound();
        }
        return ResponseEntity.ok(zaak(export.caseFile(parsed)));
    }

    private Zaak zaak(CaseDetail detail) {
        String typeBase = base + "/statustypen/";
        var statussen = detail.timeline().stream()
                .map(entry -> new Zaak.Status(typeBase + ZgwTypes.statusType(entry.status()),
                        ZgwTypes.statusDescription(entry.status()), entry.at().atOffset(ZoneOffset.UTC)))
                .toList();
        var documenten = detail.documents().stream()
                .map(document -> new Zaak.ZaakInformatieObject(document.fileName(),
                        base + "/informatieobjecttypen/" + ZgwTypes.documentType(document.kind()),
                        document.contentType(), document.sizeBytes(), document.uploadedAt().atOffset(ZoneOffset.UTC)))
                .toList();
        var resultaat = detail.decision() == null ? null
                : new Zaak.Resultaat(base + "/resultaattypen/" + ZgwTypes.resultType(detail.decision().outcome()),
                        ZgwTypes.resultDescription(detail.decision()));
        LocalDate start = LocalDate.ofInstant(detail.meldingAt(), ZONE);
        LocalDate end = detail.decidedAt() == null ? null : LocalDate.ofInstant(detail.decidedAt(), ZONE);
        return new Zaak(base + "/zaken/" + detail.reference().value(), detail.reference().value(), null,
                base + "/zaaktypen/" + ZgwTypes.ZAAKTYPE, ZgwTypes.description(detail), start, start, end,
                detail.decisionDue() != null ? detail.decisionDue() : detail.investigationDue(), null,
                statussen.isEmpty() ? null : statussen.getLast().statustype(), statussen, documenten, resultaat);
    }
}
